//! Each field walks its own route to step 5 in the real window (issue 5, "each field walks
//! its own route end to end"): the field chosen on the case changes which afwegingskader
//! step 4 shows, which field notes appear in which step, and the route beside the two
//! decisions. One session walks all five fields, one case each, along a different route.
//!
//! The expected texts are read from the locale files, not retyped here, so a wording change
//! in content does not break this test but a wrong kader, note or route does.

use crate::harness::{click, page_text, tid, type_into};
use crate::harness::{Session, ELEMENT_TIMEOUT};

/// One field's walk: the case to start, the kader and notes it must show, the answers to
/// give in step 4 and the outcome the route must show in step 5.
struct Walk {
    field: &'static str,
    subject: &'static str,
    alias: &'static str,
    /// Fluent id of the kader's label that step 4 must show.
    kader: &'static str,
    /// (step id, note id) pairs: the field note that must be in that step.
    notes: &'static [(&'static str, &'static str)],
    /// (afweging id, answer id) in order.
    answers: &'static [(&'static str, &'static str)],
    /// Fluent ids of outcomes the route panel in step 5 must show.
    outcomes: &'static [&'static str],
}

const WALKS: &[Walk] = &[
    Walk {
        field: "onderwijs",
        subject: "kind",
        alias: "Leerling groep 5 — Joëlle",
        kader: "kader-onderwijs-label",
        notes: &[("signalen", "onderwijs-handle-with-care"), ("gesprek", "onderwijs-geen-geheim")],
        answers: &[("vermoeden", "ja"), ("veiligheid", "ja")],
        outcomes: &["outcome-melden-onveilig"],
    },
    Walk {
        field: "arts",
        subject: "ouder-van-kinderen",
        alias: "Patiënt met jonge kinderen",
        kader: "kader-knmg-label",
        notes: &[("consultatie", "arts-consultatie"), ("beslissen", "arts-meldrecht")],
        answers: &[("vermoeden", "ja"), ("veiligheid", "nee"), ("hulp", "ja"), ("aanvaarden", "ja")],
        outcomes: &["outcome-hulp-bieden"],
    },
    Walk {
        field: "sociaal-werk",
        subject: "volwassene",
        alias: "Mevrouw uit de wijk",
        kader: "kader-jeugd-sociaal-label",
        notes: &[("wegen", "sociaal-werk-wegen")],
        answers: &[("vermoeden", "ja"), ("veiligheid", "nee"), ("hulp", "nee")],
        outcomes: &["outcome-melden-geen-hulp"],
    },
    Walk {
        field: "kinderopvang",
        subject: "baby",
        alias: "Baby groep Egeltjes",
        kader: "kader-kinderopvang-label",
        notes: &[("signalen", "kinderopvang-medewerker")],
        answers: &[("vermoeden", "ja"), ("veiligheid", "nee"), ("hulp", "ja"), ("aanvaarden", "nee")],
        outcomes: &["outcome-melden-hulp-niet-aanvaard"],
    },
    Walk {
        field: "jeugdhulp",
        subject: "jongere",
        alias: "Jongere (15) in begeleiding",
        kader: "kader-jeugd-sociaal-label",
        notes: &[("wegen", "jeugdhulp-wegen")],
        answers: &[("vermoeden", "weet-niet")],
        outcomes: &["outcome-raadpleeg-veilig-thuis"],
    },
];

/// The Dutch text of a message, as the app shows it: the value of `id` in `locales/nl`,
/// up to the first placeable or line end (enough to recognise it on the page).
fn nl(id: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/nl");
    for file in ["protocol.ftl", "app.ftl"] {
        let text = std::fs::read_to_string(root.join(file)).expect("read a locale file");
        for line in text.lines() {
            if let Some(value) = line.strip_prefix(&format!("{id} = ")) {
                let value = value.split('{').next().unwrap_or(value).trim();
                // The first sentence is enough, and stays on one rendered line.
                let first = value.split(". ").next().unwrap_or(value);
                assert!(first.len() >= 12, "{id}: its text is too short to recognise");
                return first.to_string();
            }
        }
    }
    panic!("no message `{id}` in locales/nl");
}

async fn has_testid(s: &Session, id: &str) -> bool {
    let v = s
        .client
        .execute(&format!("return document.querySelector('{}') !== null;", tid(id).replace('\'', "\\'")), vec![])
        .await
        .unwrap();
    v.as_bool().unwrap_or(false)
}

#[tokio::test]
async fn each_field_walks_its_own_kader_and_route_to_step_5() {
    let s = Session::start_unlocked("fields").await;
    for walk in WALKS {
        s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
        click(&s, "new-case-button").await;
        type_into(&s, "newcase-alias", walk.alias).await;
        click(&s, &format!("field-{}", walk.field)).await;
        click(&s, &format!("subject-{}", walk.subject)).await;
        click(&s, "suspect-huiselijke-kring").await;
        click(&s, "newcase-submit").await;
        s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

        for (step, note) in walk.notes {
            click(&s, &format!("step-{step}")).await;
            s.wait_for(&tid(&format!("step-panel-{step}")), ELEMENT_TIMEOUT).await;
            s.wait_for(&tid(&format!("notice-{note}")), ELEMENT_TIMEOUT).await;
        }
        // A note of another field never shows: the onderwijs Handle with Care note (step 1
        // attention, not a step-5 decision) is for schools only.
        click(&s, "step-signalen").await;
        s.wait_for(&tid("step-panel-signalen"), ELEMENT_TIMEOUT).await;
        assert_eq!(
            has_testid(&s, "notice-onderwijs-handle-with-care").await,
            walk.field == "onderwijs",
            "{}: Handle with Care is shown to schools only",
            walk.field
        );

        click(&s, "step-wegen").await;
        s.wait_for(&tid("step-panel-wegen"), ELEMENT_TIMEOUT).await;
        let text = page_text(&s).await;
        assert!(text.contains(&nl(walk.kader)), "{}: step 4 shows the field's own kader", walk.field);
        for (question, answer) in walk.answers {
            click(&s, &format!("answer-{question}-{answer}")).await;
        }
        s.screenshot(&format!("30-veld-{}-stap-4", walk.field)).await;

        click(&s, "step-beslissen").await;
        let route = s.text_of(&tid("route-panel"), ELEMENT_TIMEOUT).await;
        for outcome in walk.outcomes {
            assert!(route.contains(&nl(outcome)), "{}: the route shows {outcome}; it shows:\n{route}", walk.field);
        }
        s.screenshot(&format!("31-veld-{}-stap-5", walk.field)).await;

        click(&s, "nav-cases-button").await;
    }
    // Every walk left its case on the list, under its own alias.
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    let list = page_text(&s).await;
    for walk in WALKS {
        assert!(list.contains(walk.alias), "the case list holds {}", walk.alias);
    }
    s.finish().await;
}
