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

#[test]
fn a_text_typed_in_a_later_row_stays_in_that_row() {
    use meldwijzer_protocol::case::{Adviesvraag, HouseholdMember, SafetyPlan, SafetyScore};
    let (mut app, id) = app_with_case();
    // "Zorg 3" only, and a household whose first row was emptied while the second is kept.
    let adviesvraag = Adviesvraag {
        concerns: vec![String::new(), String::new(), "Slaapt slecht sinds de zomer".into()],
        household: vec![
            HouseholdMember { role: " ".into(), age: None },
            HouseholdMember { role: "broertje".into(), age: Some(4) },
            HouseholdMember::default(),
        ],
        ..Adviesvraag::default()
    };
    let view = app.edit_case(id.clone(), Edit::SetAdviesvraag { adviesvraag }).unwrap();
    let a = &view.case.adviesvraag;
    assert_eq!(a.concerns, ["", "", "Slaapt slecht sinds de zomer"], "Zorg 3 stays Zorg 3");
    assert_eq!(a.household.len(), 2, "only the empty row at the end goes");
    assert_eq!(a.household[1].role, "broertje", "the second row stays the second row");

    // The safety plan: the third situation, and a person whose score is not picked yet.
    let plan = SafetyPlan {
        unsafe_situations: vec![String::new(), String::new(), "Als vader drinkt".into()],
        scales: vec![
            SafetyScore { person: String::new(), score: Some(6) },
            SafetyScore { person: "Moeder".into(), score: None },
        ],
        ..SafetyPlan::default()
    };
    let view = app.edit_case(id.clone(), Edit::SetSafetyPlan { plan }).unwrap();
    let kept = &view.case.safety_plan;
    assert_eq!(kept.unsafe_situations, ["", "", "Als vader drinkt"]);
    assert_eq!(
        kept.scales,
        [SafetyScore { person: String::new(), score: Some(6) }, SafetyScore { person: "Moeder".into(), score: None }],
        "a score picked before its person, and a person before the score, are both kept"
    );

    // The outputs skip the empty rows: no "1." without a text, no bare bullet.
    let text = app.render_output(id, "adviesvraag".into(), "nl".into()).unwrap().text;
    assert!(text.contains("1. Slaapt slecht sinds de zomer"), "{text}");
    assert!(!text.contains("2. \n") && !text.contains("1. \n"), "{text}");
}

#[test]
fn the_acute_route_is_acknowledged_with_what_was_done_and_opens_again_for_a_new_situation() {
    let (mut app, id) = app_with_case();
    let ack = |actions: &[&str]| Edit::AcknowledgeAcute { actions: actions.iter().map(|a| a.to_string()).collect() };
    assert_eq!(app.edit_case(id.clone(), ack(&["kind-veilig"])).unwrap_err().code, "error-no-acute-route");
    let view =
        app.edit_case(id.clone(), Edit::SetAcuteSituation { situation: "bang-naar-huis".into(), on: true }).unwrap();
    assert!(view.acute_route.unwrap().acknowledged.is_none());
    assert_eq!(app.edit_case(id.clone(), ack(&[])).unwrap_err().code, "error-required");
    assert_eq!(app.edit_case(id.clone(), ack(&["thee-gezet"])).unwrap_err().code, "error-unknown-id");

    let view = app.edit_case(id.clone(), ack(&["veilig-thuis-gebeld", "kind-veilig"])).unwrap();
    let acknowledged = view.acute_route.as_ref().unwrap().acknowledged.as_ref().expect("folded");
    assert_eq!(acknowledged.actions.len(), 2);
    let last = &view.case.log.last().unwrap().event;
    assert_eq!(
        *last,
        meldwijzer_protocol::case::LogEvent::AcuteAcknowledged {
            actions: vec!["kind-veilig".into(), "veilig-thuis-gebeld".into()]
        }
    );
    assert!(
        view.timeline.iter().any(|e| e.text.contains("Ik heb Veilig Thuis gebeld")),
        "the timeline says it in words"
    );

    // Another acute situation: the route opens again until acknowledged again.
    let view = app.edit_case(id, Edit::SetAcuteSituation { situation: "baby-letsel".into(), on: true }).unwrap();
    assert!(view.acute_route.unwrap().acknowledged.is_none(), "a new situation unfolds the route");
}
