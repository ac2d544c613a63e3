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
