//! Gezinsprofielen in step 4 through the app API: hypotheses with the indicators that matched,
//! confirmed or rejected on the case, and no joint approach while any coercive-control
//! indicator is ticked.

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_protocol::case::HypothesisStatus;
use meldwijzer_protocol::Edit;

fn app() -> App {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    App::new(AppConfig::default(), Box::new(env)).expect("app starts")
}

fn new_case(app: &mut App) -> String {
    app.create_case(meldwijzer_app::NewCaseInput {
        alias: "G".into(),
        field: "sociaal-werk".into(),
        subject: "volwassene".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    })
    .expect("case created")
    .case
    .id
}

#[test]
fn content_has_five_profiles_with_coercive_control_and_joint_approach_flags() {
    let p = meldwijzer_app::content::protocol().unwrap();
    assert_eq!(p.profiles().len(), 5, "meldcode.md §4 names five profiles; a sixth is UNCONFIRMED");
    assert!(p.profile_indicators().iter().any(|i| i.coercive_control));
    assert!(p.profile_consequences().iter().any(|k| k.joint_approach));
}

#[test]
fn no_joint_approach_is_ever_shown_while_any_coercive_control_indicator_is_ticked() {
    let p = meldwijzer_app::content::protocol().unwrap();
    let mut app = app();
    for coercive in p.profile_indicators().iter().filter(|i| i.coercive_control) {
        for joint in p.profile_consequences().iter().filter(|k| k.joint_approach) {
            let id = new_case(&mut app);
            let other = p
                .profile_indicators()
                .iter()
                .find(|i| i.profiles.contains(&joint.profile) && !i.coercive_control)
                .expect("an indicator for the profile");
            app.edit_case(id.clone(), Edit::SetProfileIndicator { indicator: other.choice.id.clone(), on: true })
                .unwrap();
            let view = app
                .edit_case(id.clone(), Edit::SetProfileIndicator { indicator: coercive.choice.id.clone(), on: true })
                .unwrap();
            let k = view
                .profiles
                .consequences
                .iter()
                .find(|k| k.id == joint.id)
                .expect("the profile resembles the picture");
            assert!(k.suppressed, "{} with {}", coercive.choice.id, joint.id);
            // Unticking the coercive-control sign lets the joint approach be suggested again.
            let view = app
                .edit_case(id, Edit::SetProfileIndicator { indicator: coercive.choice.id.clone(), on: false })
                .unwrap();
            assert!(!view.profiles.consequences.iter().find(|k| k.id == joint.id).unwrap().suppressed);
        }
    }
}

#[test]
fn a_hypothesis_is_confirmed_or_rejected_on_the_case_and_unknown_ids_are_refused() {
    let mut app = app();
    let id = new_case(&mut app);
    let err = app
        .edit_case(id.clone(), Edit::SetProfileIndicator { indicator: "bestaat-niet".into(), on: true })
        .unwrap_err();
    assert_eq!(err.code, "error-unknown-id");
    let err = app
        .edit_case(
            id.clone(),
            Edit::SetProfileHypothesis { profile: "bestaat-niet".into(), status: Some(HypothesisStatus::Confirmed) },
        )
        .unwrap_err();
    assert_eq!(err.code, "error-unknown-id");
    let view = app
        .edit_case(id.clone(), Edit::SetProfileIndicator { indicator: "stapeling-stress".into(), on: true })
        .unwrap();
    let m = &view.profiles.matches[0];
    assert_eq!((m.id.as_str(), m.status, m.indicators.len()), ("gezin-in-de-stress", None, 1));
    let view = app
        .edit_case(
            id.clone(),
            Edit::SetProfileHypothesis {
                profile: "gezin-in-de-stress".into(),
                status: Some(HypothesisStatus::Rejected),
            },
        )
        .unwrap();
    assert_eq!(view.profiles.matches[0].status, Some("rejected"));
    assert!(view.profiles.consequences.is_empty(), "a rejected hypothesis shows no consequences");
    assert!(view.case.profile_hypotheses.contains_key("gezin-in-de-stress"));
    let view =
        app.edit_case(id, Edit::SetProfileHypothesis { profile: "gezin-in-de-stress".into(), status: None }).unwrap();
    assert_eq!(view.profiles.matches[0].status, None);
    assert!(!view.profiles.consequences.is_empty());
}
