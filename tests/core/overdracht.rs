//! After Veilig Thuis hands a family back: the overdracht and the veiligheidsvoorwaarden
//! followed through the phases of gefaseerd samenwerken, through the app API. Conditions still
//! running are dated follow-ups (list order, due state, purge protection); the log keeps ids,
//! dates and states only; the case list shows the monitoring line.

use std::sync::Arc;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, MemoryStore, NewCaseInput};
use meldwijzer_protocol::case::{FollowUpSource, LogEvent};
use meldwijzer_protocol::overdracht::{ConditionState, Overdracht, SafetyCondition};
use meldwijzer_protocol::Edit;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn new_case(alias: &str) -> NewCaseInput {
    NewCaseInput {
        alias: alias.into(),
        field: "sociaal-werk".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    }
}

fn handed_over() -> Overdracht {
    Overdracht {
        received_on: Some(d(2026, 11, 20)),
        asks: "Monitor de afspraken met school en huisarts; bel bij zorgen.".into(),
        call_back: "Casusregisseur Veilig Thuis".into(),
        phase: Some("stabiele-veiligheid".into()),
        conditions: vec![
            SafetyCondition {
                what: "Vader loopt een blokje om als de spanning oploopt".into(),
                who: "Wijkteam".into(),
                phase: Some("directe-veiligheid".into()),
                due: Some(d(2026, 12, 12)),
                state: ConditionState::Running,
            },
            SafetyCondition {
                what: "Kind gaat elke dag naar school".into(),
                who: "School (mentor)".into(),
                phase: Some("stabiele-veiligheid".into()),
                due: Some(d(2026, 11, 30)),
                state: ConditionState::Met,
            },
            SafetyCondition::default(),
        ],
    }
}

#[test]
fn the_phases_are_content_in_order_with_sources() {
    let p = meldwijzer_app::content::protocol().unwrap();
    let ids: Vec<&str> = p.monitoring_phases().iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["directe-veiligheid", "stabiele-veiligheid", "herstel"]);
    assert_eq!(p.monitoring_phase("stabiele-veiligheid").map(|(n, _)| n), Some(2));
    assert!(p
        .monitoring_phases()
        .iter()
        .all(|x| x.provenance.sources.contains(&"haaglanden-gefaseerd-samenwerken".into())));
}

#[test]
fn an_overdracht_is_kept_its_running_conditions_are_due_and_the_log_holds_no_text() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let mut app = App::new(AppConfig::default(), Box::new(FixedEnv::new(now))).unwrap();
    let id = app.create_case(new_case("Gezin Vos")).unwrap().case.id;
    // Without a melding too: Veilig Thuis may advise and ask the team to monitor.
    let view = app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: Some(handed_over()) }).unwrap();
    let kept = view.case.overdracht.as_ref().unwrap();
    assert_eq!(kept.conditions.len(), 2, "the empty condition is dropped");
    // Only the running condition with a date is a follow-up; the met one is not.
    let due: Vec<_> = view.case.due_items().into_iter().map(|i| (i.source, i.due)).collect();
    assert_eq!(
        due,
        [(FollowUpSource::SafetyCondition { index: 0, phase: Some("directe-veiligheid".into()) }, d(2026, 12, 12))]
    );
    assert_eq!(view.due.len(), 1);
    assert_eq!(view.due[0].label, "Veiligheidsvoorwaarde bekijken (fase 1: Directe veiligheid)");
    let event = &view.case.log.last().unwrap().event;
    assert_eq!(
        *event,
        LogEvent::Overdracht {
            on: Some(d(2026, 11, 20)),
            phase: Some("stabiele-veiligheid".into()),
            conditions: vec![ConditionState::Running, ConditionState::Met],
        }
    );
    let logged = serde_json::to_string(&view.case.log).unwrap();
    for text in ["blokje", "school", "Casusregisseur", "Monitor de afspraken", "Wijkteam"] {
        assert!(!logged.contains(text), "the log holds no free text: {text}");
    }
    assert!(view.timeline.iter().any(|e| e.text.contains("1 lopen, 1 gehaald, 0 niet gehaald")));

    // Saving the same record again logs nothing; a state change does.
    let n = view.case.log.len();
    let view = app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: Some(kept.clone()) }).unwrap();
    assert_eq!(view.case.log.len(), n);
    let mut missed = kept.clone();
    missed.conditions[0].state = ConditionState::NotMet;
    let view = app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: Some(missed) }).unwrap();
    assert_eq!(view.case.log.len(), n + 1);
    assert!(view.case.due_items().is_empty(), "a condition not met is no longer a follow-up");
    assert!(view.case.overdracht.as_ref().unwrap().back_to_veilig_thuis());
    let verslag = app.render_output(id.clone(), "verslag".into(), "nl".into()).unwrap();
    assert!(verslag.text.contains("Een voorwaarde is niet gehaald. Ga terug naar Veilig Thuis"), "{}", verslag.text);

    // Unknown phases and too many conditions are refused; clearing logs it.
    let mut bad = handed_over();
    bad.phase = Some("fase-9".into());
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: Some(bad) }).unwrap_err().code,
        "error-unknown-id"
    );
    let many = Overdracht {
        conditions: vec![SafetyCondition { what: "x".into(), ..Default::default() }; 31],
        ..Default::default()
    };
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: Some(many) }).unwrap_err().code,
        "error-overdracht-out-of-range"
    );
    let view = app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: None }).unwrap();
    assert_eq!(view.case.log.last().unwrap().event, LogEvent::OverdrachtCleared);
}

#[test]
fn an_information_request_has_no_overdracht() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let mut app = App::new(AppConfig::default(), Box::new(FixedEnv::new(now))).unwrap();
    let id = app
        .create_info_request(meldwijzer_app::NewInfoRequest {
            alias: "Verzoek".into(),
            field: "arts".into(),
            subject: "kind".into(),
            requester: "veilig-thuis".into(),
        })
        .unwrap()
        .case
        .id;
    assert_eq!(
        app.edit_case(id, Edit::SetOverdracht { overdracht: Some(handed_over()) }).unwrap_err().code,
        "error-overdracht-not-offered"
    );
}

#[test]
fn the_case_list_shows_the_monitoring_line_and_orders_by_the_condition() {
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
    let env = Arc::new(FixedEnv::new(now));
    let mut app =
        App::with_store(AppConfig::default(), Box::new(env.clone()), Box::new(MemoryStore::default())).unwrap();
    let followed = app.create_case(new_case("Gezin Vos")).unwrap().case.id;
    app.edit_case(followed.clone(), Edit::SetOverdracht { overdracht: Some(handed_over()) }).unwrap();
    env.set_now(now + Duration::minutes(1));
    let newer = app.create_case(new_case("Nieuwer")).unwrap().case.id;

    let list = app.list_cases();
    let line = list.iter().find(|c| c.id == followed).unwrap();
    assert_eq!(line.monitoring.as_deref(), Some("Monitoring · fase 2 · volgende: 12-12-2026"));
    assert_eq!(list.iter().find(|c| c.id == newer).unwrap().monitoring, None);
    assert_eq!(list[0].id, newer, "nothing due yet: newest first");

    // On the 12th the condition is due, and the case goes first.
    env.set_now(Utc.with_ymd_and_hms(2026, 12, 12, 9, 0, 0).unwrap());
    let list = app.list_cases();
    assert_eq!(list[0].id, followed);
    assert_eq!(list[0].due.as_ref().map(|d| d.state), Some("today"));
}

#[test]
fn a_closed_case_is_kept_while_a_condition_is_running() {
    let env = Arc::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()));
    let mut app =
        App::with_store(AppConfig::default(), Box::new(env.clone()), Box::new(MemoryStore::default())).unwrap();
    app.set_settings(meldwijzer_app::SettingsView { idle_lock_minutes: 5, retention_days: 1 }).unwrap();
    let id = app.create_case(new_case("Bewaren")).unwrap().case.id;
    app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: Some(handed_over()) }).unwrap();
    app.edit_case(
        id.clone(),
        Edit::Close {
            step: "beslissen".into(),
            reason: "Overgedragen aan het wijkteam.".into(),
            in_dossier: true,
            kind: None,
        },
    )
    .unwrap();
    // A closed case is not followed any more: reopen it first.
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetOverdracht { overdracht: None }).unwrap_err().code,
        "error-case-closed"
    );
    env.set_now(Utc.with_ymd_and_hms(2026, 12, 10, 12, 0, 0).unwrap());
    assert_eq!(app.purge_expired(), 0, "the condition of 12 December is still running");
    env.set_now(Utc.with_ymd_and_hms(2026, 12, 14, 12, 0, 0).unwrap());
    assert_eq!(app.purge_expired(), 1);
}
