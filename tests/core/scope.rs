//! Scope, forms and contacts (issue 11 §4) through the app API: the Acuut panel names the
//! Centrum Seksueel Geweld and the police line for consulting the zedenpolitie, with when each
//! applies; forced marriage and abandonment are not written as a girls' matter; the new forms
//! and the red flag for forced sex carry their notes.

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};

fn app() -> App {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    App::new(AppConfig::default(), Box::new(env)).expect("app starts")
}

#[test]
fn the_acute_panel_names_sexual_violence_care_and_the_zedenpolitie_with_when_each_applies() {
    let app = app();
    let acute = app.startup().protocol.acute;
    let line = |id: &str| acute.iter().find(|l| l.id == id).unwrap_or_else(|| panic!("no acute line {id}"));
    let csg = line("seksueel-geweld");
    assert_eq!(csg.number.as_deref(), Some("0800-0188"));
    assert!(
        csg.text.contains("0800-0188") && csg.text.contains("dag en nacht") && csg.text.contains("week"),
        "{}",
        csg.text
    );
    let zeden = line("zedenpolitie");
    assert_eq!(zeden.number.as_deref(), Some("0900-8844"));
    assert!(zeden.text.contains("zedenpolitie") && zeden.text.contains("zonder spoed"), "{}", zeden.text);
    assert!(zeden.text.contains("112"), "direct danger still means 112: {}", zeden.text);
    assert!(acute.iter().all(|l| !l.provenance.sources.is_empty()));
}

#[test]
fn forms_and_red_flags_say_what_the_sources_say() {
    let app = app();
    let p = app.startup().protocol;
    let form =
        |id: &str| p.forms.iter().find(|f| f.choice.id == id).unwrap_or_else(|| panic!("no form {id}")).choice.clone();
    let content = meldwijzer_app::content::protocol().unwrap();
    for id in ["kindhuwelijk", "mensenhandel", "stalking"] {
        assert!(content.form(id).unwrap().unsafe_on_paper, "{id}: a paper at home can endanger the client");
    }
    for id in ["huwelijksdwang", "achterlating"] {
        let note = form(id).note.clone().unwrap_or_default();
        assert!(note.contains("meisjes en jongens"), "{id}: {note}");
    }
    let vertrek = &p.situations.iter().find(|s| s.choice.id == "vertrek-buitenland").unwrap().choice;
    assert!(!vertrek.label.starts_with("Een meisje"), "{}", vertrek.label);
    let sexual = form("seksueel-misbruik").note.clone().unwrap_or_default();
    assert!(sexual.contains("grooming") && sexual.contains("sexchatting"), "{sexual}");
    let flag = |id: &str| {
        p.red_flags.iter().find(|f| f.choice.id == id).unwrap_or_else(|| panic!("no red flag {id}")).choice.clone()
    };
    assert!(flag("gedwongen-seks").label.contains("Gedwongen seks"));
    let wurging = flag("wurging").note.clone().unwrap_or_default();
    assert!(wurging.contains("medisch en forensisch onderzoek"), "{wurging}");
    let suspect = p.suspects.iter().find(|s| s.choice.id == "afhankelijk-buiten-gezin").unwrap();
    assert!(suspect.meldcode, "someone the child depends on outside the household: the five steps apply");
    let household = p.suspects.iter().find(|s| s.choice.id == "huiselijke-kring").unwrap();
    let note = household.choice.note.clone().unwrap_or_default();
    assert!(note.contains("broer of zus"), "{note}");
}

#[test]
fn staff_and_peer_routes_say_who_does_what() {
    let app = app();
    let p = app.protocol();
    let l = app.l10n();
    let route = |id: &str| p.routes().iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no route {id}"));
    let text = |r: &meldwijzer_protocol::content::OtherRoute| {
        let mut t = l.text(&r.intro);
        for a in &r.actions {
            t.push('\n');
            t.push_str(&l.text(a));
        }
        t
    };
    let onderwijs = text(route("medewerker-onderwijs"));
    for needle in
        ["zelf direct het bevoegd gezag", "iedere medewerker", "kantooruren", "aangifte", "licht het de ouders in"]
    {
        assert!(onderwijs.contains(needle), "onderwijs route lacks `{needle}`:\n{onderwijs}");
    }
    let opvang = text(route("medewerker-kinderopvang"));
    assert!(opvang.contains("huisgenoot") && opvang.contains("iedereen die er werkt"), "{opvang}");
    assert!(opvang.contains("geweld- of zedendelict"), "{opvang}");
    let peers = text(route("ander-kind"));
    assert!(peers.contains("ouders van beide kinderen"), "{peers}");
}

#[test]
fn handle_with_care_is_step_1_attention_with_only_name_birth_date_and_code_word() {
    let app = app();
    let p = app.protocol();
    let note = p.notes().iter().find(|n| n.id == "onderwijs-handle-with-care").expect("the note");
    assert_eq!(note.step, "signalen", "step 1 attention, not a decision in step 5");
    let text = app.l10n().text(&note.text);
    for needle in
        ["politie", "naam en geboortedatum", "codewoord", "geen details", "geen beslissing in stap 5", "regio"]
    {
        assert!(text.contains(needle), "`{needle}` missing: {text}");
    }
}

#[test]
fn wording_is_one_term_each_and_claims_no_more_than_the_sources() {
    for lang in ["nl", "en"] {
        for (id, text) in meldwijzer_l10n::Localizer::new(lang, Vec::new()).unwrap().all() {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("rode vlag") && !lower.contains("red flag"),
                "{lang} `{id}`: say escalatiesignaal: {text}"
            );
            assert!(!lower.contains("gewelds-"), "{lang} `{id}`: geweld- of zedendelict: {text}");
        }
    }
    let app = app();
    let l = app.l10n();
    assert!(
        !l.text("kader-knmg-note").contains("stap 1 tot en met 3"),
        "the KNMG claim is not in the KNMG text we have"
    );
    assert!(l.text("safety-intro").contains("Meldwijzer kent de vragenset van de Top 3-methodiek niet"));
    assert!(l.text("note-arts-gesprek").contains("in principe met beide ouders die het gezag hebben"));
    for id in ["step1-quotes-hint", "step5-informed-hint", "acute-panel-disclosure-body"] {
        let t = l.text(id);
        assert!(t.contains("cliënt") || t.contains("volwassene"), "{id} speaks to adult cases too: {t}");
    }
}
