//! Closing a case after a melding (issue 14 §1): honest reasons from content, and the case
//! list says the furthest step and the decisions instead of the first step left open.

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_protocol::Edit;

fn app_with_case() -> (App, String) {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    let mut app = App::new(AppConfig::default(), Box::new(env)).expect("app starts");
    let id = app
        .create_case(meldwijzer_app::NewCaseInput {
            alias: "Sluiten".into(),
            field: "onderwijs".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        })
        .unwrap()
        .case
        .id;
    (app, id)
}

fn status(app: &App) -> String {
    app.list_cases_page(0, 50).cases[0].status.clone()
}

#[test]
fn the_list_shows_the_furthest_step_and_the_decisions_then_the_reason_it_closed_as() {
    let (mut app, id) = app_with_case();
    assert_eq!(status(&app), "Stap 1: Signalen in kaart brengen");
    // Step 1 has data, step 2 is left open, and step 5 decides: the case is at step 5.
    app.edit_case(id.clone(), Edit::SetForm { form: "lichamelijk".into(), on: true }).unwrap();
    for (decision, value) in [("melden", true), ("hulp", false)] {
        app.edit_case(
            id.clone(),
            Edit::SetDecision { decision: decision.into(), value: Some(value), reason: "Zo besloten.".into() },
        )
        .unwrap();
    }
    let line = status(&app);
    assert!(line.starts_with("Stap 5:"), "the furthest step, not the first one open: {line}");
    assert!(line.contains("Beslissing 1: Ja") && line.contains("Beslissing 2: Nee"), "{line}");

    // Closing offers honest reasons; one chosen needs no other words.
    let startup = app.startup();
    let ids: Vec<&str> = startup.protocol.close_reasons.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["gemeld", "overgedragen", "hulp-gevolgd", "vermoeden-weggenomen"]);
    let err = app
        .edit_case(
            id.clone(),
            Edit::Close { step: "beslissen".into(), reason: " ".into(), in_dossier: true, kind: None },
        )
        .unwrap_err();
    assert_eq!(err.code, "error-reason-empty", "no reason chosen and none written");
    let err = app
        .edit_case(
            id.clone(),
            Edit::Close { step: "beslissen".into(), reason: String::new(), in_dossier: true, kind: Some("weg".into()) },
        )
        .unwrap_err();
    assert_eq!(err.code, "error-unknown-id");
    let view = app
        .edit_case(
            id.clone(),
            Edit::Close {
                step: "beslissen".into(),
                reason: String::new(),
                in_dossier: true,
                kind: Some("gemeld".into()),
            },
        )
        .unwrap();
    assert_eq!(view.case.closed.unwrap().kind.as_deref(), Some("gemeld"));
    let line = status(&app);
    assert!(line.starts_with("Afgesloten: Gemeld bij Veilig Thuis"), "{line}");
    assert!(line.contains("Beslissing 1: Ja"), "{line}");
}
