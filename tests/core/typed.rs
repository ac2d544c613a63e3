//! Nothing typed is dropped or moved (issue 14 §1): text with no record to go into yet is kept
//! with the case as a draft, and a list of fields keeps each text in the row it was typed in.

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_protocol::Edit;

fn app_with_case() -> (App, String) {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    let mut app = App::new(AppConfig::default(), Box::new(env)).expect("app starts");
    let id = app
        .create_case(meldwijzer_app::NewCaseInput {
            alias: "T".into(),
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

fn drafts(pairs: &[(&str, &str)]) -> Edit {
    Edit::SetDrafts { drafts: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
}

#[test]
fn a_draft_is_kept_with_the_case_unlogged_until_forgotten() {
    let (mut app, id) = app_with_case();
    let log_before = app.open_case(id.clone()).unwrap().case.log.len();
    let view =
        app.edit_case(id.clone(), drafts(&[("reason-vermoeden", "Blauwe plekken"), ("cons-new-with", "Ans")])).unwrap();
    assert_eq!(view.case.drafts.get("reason-vermoeden").map(String::as_str), Some("Blauwe plekken"));
    assert_eq!(view.case.log.len(), log_before, "a draft never reaches the decision log");
    let view = app.edit_case(id.clone(), drafts(&[("reason-vermoeden", "")])).unwrap();
    assert_eq!(view.case.drafts.keys().collect::<Vec<_>>(), ["cons-new-with"], "an empty text forgets the draft");
}

#[test]
fn drafts_are_refused_under_an_odd_field_id_or_beyond_the_limit() {
    let (mut app, id) = app_with_case();
    for bad in ["", "Reason", "a b", "<x>", &"a".repeat(81)] {
        let err = app.edit_case(id.clone(), drafts(&[(bad, "x")])).unwrap_err();
        assert_eq!(err.code, "error-drafts-out-of-range", "field id {bad:?}");
    }
    let many: Vec<(String, String)> =
        (0..=meldwijzer_protocol::case::MAX_DRAFTS).map(|i| (format!("f-{i}"), "x".into())).collect();
    let err = app.edit_case(id.clone(), Edit::SetDrafts { drafts: many.into_iter().collect() }).unwrap_err();
    assert_eq!(err.code, "error-drafts-out-of-range");
    let err = app.edit_case(id, drafts(&[("f", &"x".repeat(20_001))])).unwrap_err();
    assert_eq!(err.code, "error-text-too-long");
}
