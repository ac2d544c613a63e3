//! The Top3 safety questions in step 4 through the app API: a draft veiligheidsplan kept with
//! the case, at most three unsafe situations, a 0–10 safety scale, empty rows dropped.

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_protocol::case::{SafetyAgreement, SafetyPlan, SafetyScore};
use meldwijzer_protocol::content::SafetyKind;
use meldwijzer_protocol::{Edit, StepState};

fn app() -> App {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    App::new(AppConfig::default(), Box::new(env)).expect("app starts")
}

#[test]
fn content_has_one_question_of_each_structured_kind_and_the_scale_cites_signs_of_safety() {
    let p = meldwijzer_app::content::protocol().unwrap();
    for kind in [SafetyKind::Top3, SafetyKind::Agreements, SafetyKind::Monitoring, SafetyKind::Scale] {
        assert_eq!(p.safety_questions().iter().filter(|q| q.kind == kind).count(), 1);
    }
    let scale = p.safety_questions().iter().find(|q| q.kind == SafetyKind::Scale).unwrap();
    assert_eq!(scale.provenance.sources, ["signs-of-safety"], "the 0–10 scale belongs to Signs of Safety, not to Top3");
}

#[test]
fn the_safety_plan_is_kept_with_the_case_and_checked() {
    let mut app = app();
    let id = app
        .create_case(meldwijzer_app::NewCaseInput {
            alias: "V".into(),
            field: "jeugdhulp".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        })
        .unwrap()
        .case
        .id;
    let plan = SafetyPlan {
        unsafe_situations: vec!["Als papa gedronken heeft en gaat schreeuwen".into(), String::new(), "  ".into()],
        texts: [
            ("wat-gaat-goed".to_string(), "Oma komt als het misgaat".to_string()),
            ("veiligheidsvoorwaarden".to_string(), String::new()),
        ]
        .into(),
        agreements: vec![
            SafetyAgreement {
                who: "Vader".into(),
                what: "Loopt een blokje om als de spanning oploopt".into(),
                by_when: NaiveDate::from_ymd_opt(2026, 12, 1),
            },
            SafetyAgreement::default(),
        ],
        monitor: "Wijkteam".into(),
        evaluate_on: NaiveDate::from_ymd_opt(2027, 1, 15),
        scales: vec![
            SafetyScore { person: "Moeder".into(), score: Some(4) },
            SafetyScore { person: String::new(), score: None },
        ],
    };
    let view = app.edit_case(id.clone(), Edit::SetSafetyPlan { plan }).unwrap();
    let kept = &view.case.safety_plan;
    assert_eq!(kept.unsafe_situations.len(), 1, "empty situations are dropped");
    assert_eq!(kept.texts.len(), 1);
    assert_eq!(kept.agreements.len(), 1);
    assert_eq!(kept.scales, [SafetyScore { person: "Moeder".into(), score: Some(4) }]);
    assert_eq!(view.stepper.iter().find(|s| s.id == "wegen").unwrap().state, StepState::InProgress);
    assert_eq!(app.open_case(id.clone()).unwrap().case.safety_plan, *kept);

    let four =
        SafetyPlan { unsafe_situations: vec!["a".into(), "b".into(), "c".into(), "d".into()], ..SafetyPlan::default() };
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetSafetyPlan { plan: four }).unwrap_err().code,
        "error-safety-plan-out-of-range"
    );
    let eleven =
        SafetyPlan { scales: vec![SafetyScore { person: "Kind".into(), score: Some(11) }], ..SafetyPlan::default() };
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetSafetyPlan { plan: eleven }).unwrap_err().code,
        "error-safety-plan-out-of-range"
    );
    let unknown =
        SafetyPlan { texts: [("onveilige-situaties".to_string(), "x".to_string())].into(), ..SafetyPlan::default() };
    assert_eq!(app.edit_case(id, Edit::SetSafetyPlan { plan: unknown }).unwrap_err().code, "error-unknown-id");
}
