//! The Kindcheck in step 1 through the app API: offered for every oudersignaal with an adult
//! or adolescent client, never by itself for a child, started by hand at any time, and closed
//! with a dated note only when nothing worrying was found.

use chrono::{TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv};
use meldwijzer_protocol::case::KindcheckChildren;
use meldwijzer_protocol::Edit;

fn app() -> App {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    App::new(AppConfig::default(), Box::new(env)).expect("app starts")
}

fn new_case(app: &mut App, subject: &str) -> String {
    app.create_case(meldwijzer_app::NewCaseInput {
        alias: "K".into(),
        field: "arts".into(),
        subject: subject.into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    })
    .expect("case created")
    .case
    .id
}

#[test]
fn every_oudersignaal_offers_the_kindcheck_for_every_adult_or_adolescent_subject_and_never_for_a_child() {
    let p = meldwijzer_app::content::protocol().unwrap();
    assert!(p.kindcheck_triggers().len() >= 10, "the oudersignalen of meldcode.md §3 are content");
    let mut app = app();
    for subject in p.subjects() {
        for trigger in p.kindcheck_triggers() {
            let id = new_case(&mut app, &subject.choice.id);
            assert!(!app.open_case(id.clone()).unwrap().kindcheck.offered, "nothing recorded, nothing offered");
            let view = app.edit_case(id, Edit::SetKindcheckTrigger { trigger: trigger.id.clone(), on: true }).unwrap();
            assert_eq!(
                view.kindcheck.offered, subject.kindcheck,
                "subject {} with trigger {}",
                subject.choice.id, trigger.id
            );
        }
    }
    assert!(
        p.subjects().iter().any(|s| s.minor && !s.kindcheck),
        "a child subject does not get the Kindcheck by itself"
    );
    assert!(p.subjects().iter().any(|s| s.minor && s.kindcheck), "an adolescent does");
}

#[test]
fn a_kindcheck_can_be_started_by_hand_and_records_the_children() {
    let mut app = app();
    let id = new_case(&mut app, "kind");
    let err = app
        .edit_case(id.clone(), Edit::SetKindcheckAnswer { question: "oudersignalen".into(), option: Some("ja".into()) })
        .unwrap_err();
    assert_eq!(err.code, "error-kindcheck-not-started");
    let view = app.edit_case(id.clone(), Edit::SetKindcheckVariant { variant: Some("volledig".into()) }).unwrap();
    assert!(!view.kindcheck.offered, "started by hand, not offered");
    assert_eq!(view.kindcheck.pending.as_deref(), Some("oudersignalen"));
    assert!(!view.kindcheck.ask_children);
    let view = app
        .edit_case(id.clone(), Edit::SetKindcheckAnswer { question: "oudersignalen".into(), option: Some("ja".into()) })
        .unwrap();
    assert!(view.kindcheck.ask_children, "the question about the children asks for their number and ages");
    let children = KindcheckChildren {
        number: Some(2),
        ages: "3 en 7".into(),
        partner_children: "1, om het weekend".into(),
        pregnant: Some(false),
        carers: "samen met de partner".into(),
    };
    let view = app.edit_case(id.clone(), Edit::SetKindcheckChildren { children: children.clone() }).unwrap();
    assert_eq!(view.case.kindcheck.as_ref().unwrap().children, children);
    assert_eq!(view.stepper[0].state, meldwijzer_protocol::StepState::InProgress, "the Kindcheck is part of step 1");
}

#[test]
fn only_a_kindcheck_without_concern_closes_with_a_dated_note_and_a_new_answer_reopens_it() {
    let mut app = app();
    let id = new_case(&mut app, "volwassene");
    app.edit_case(id.clone(), Edit::SetKindcheckVariant { variant: Some("volledig".into()) }).unwrap();
    for (q, o) in
        [("oudersignalen", "ja"), ("zorgt-voor-kinderen", "ja"), ("antwoord", "open"), ("zorg-weggenomen", "nee")]
    {
        app.edit_case(id.clone(), Edit::SetKindcheckAnswer { question: q.into(), option: Some(o.into()) }).unwrap();
    }
    let view = app.open_case(id.clone()).unwrap();
    let outcome = view.kindcheck.outcome.as_ref().unwrap();
    assert!(outcome.follow_meldcode && !outcome.closes && !outcome.actions.is_empty());
    assert_eq!(view.kindcheck.summary, outcome.text, "the outcome is shown in step 1");
    let err = app.edit_case(id.clone(), Edit::SetKindcheckClosed { note: Some("geen zorg".into()) }).unwrap_err();
    assert_eq!(err.code, "error-kindcheck-not-closable", "a Kindcheck with a concern never closes as 'nothing found'");

    app.edit_case(
        id.clone(),
        Edit::SetKindcheckAnswer { question: "zorg-weggenomen".into(), option: Some("ja".into()) },
    )
    .unwrap();
    let err = app.edit_case(id.clone(), Edit::SetKindcheckClosed { note: Some("  ".into()) }).unwrap_err();
    assert_eq!(err.code, "error-reason-empty");
    let view = app
        .edit_case(
            id.clone(),
            Edit::SetKindcheckClosed { note: Some("Moeder vertelde open over haar depressie; oma zorgt mee.".into()) },
        )
        .unwrap();
    let closed = view.case.kindcheck.as_ref().unwrap().closed.as_ref().unwrap();
    assert_eq!(closed.at, Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap(), "the note is dated");
    assert!(view.kindcheck.closed_at.is_some() && view.kindcheck.summary.contains("Kindcheck"));

    let view = app
        .edit_case(id, Edit::SetKindcheckAnswer { question: "antwoord".into(), option: Some("ontwijkend".into()) })
        .unwrap();
    assert!(view.kindcheck.closed_at.is_none(), "a changed answer reopens the Kindcheck");
    assert_eq!(view.kindcheck.pending.as_deref(), Some("andere-professional"));
}

#[test]
fn a_kindcheck_that_hands_the_concern_over_asks_to_whom_and_keeps_the_record() {
    let mut app = app();
    let id = new_case(&mut app, "ouder-van-kinderen");
    app.edit_case(id.clone(), Edit::SetKindcheckVariant { variant: Some("volledig".into()) }).unwrap();
    for (q, o) in [("oudersignalen", "ja"), ("zorgt-voor-kinderen", "ja"), ("antwoord", "ontwijkend")] {
        app.edit_case(id.clone(), Edit::SetKindcheckAnswer { question: q.into(), option: Some(o.into()) }).unwrap();
    }
    let view = app
        .edit_case(
            id.clone(),
            Edit::SetKindcheckAnswer { question: "andere-professional".into(), option: Some("neemt-over".into()) },
        )
        .unwrap();
    let outcome = view.kindcheck.outcome.as_ref().unwrap();
    assert_eq!(outcome.id, "overdragen");
    assert!(
        outcome.record_handover && !outcome.closes,
        "handing over asks for a record and does not close as 'nothing found'"
    );

    let record = "Overgedragen aan de POH-GGZ van de huisartsenpraktijk Dalfsen-Oost, 23 november; zij belt de moeder vóór vrijdag en koppelt terug.";
    let view = app.edit_case(id.clone(), Edit::SetKindcheckHandover { text: record.into() }).unwrap();
    assert_eq!(view.case.kindcheck.as_ref().unwrap().handover, record);
    assert_eq!(
        app.open_case(id.clone()).unwrap().case.kindcheck.unwrap().handover,
        record,
        "the record is kept with the case"
    );

    // A closing outcome ("nothing worrying found") never asks for a handover.
    let p = meldwijzer_app::content::protocol().unwrap();
    assert!(p.kindcheck_outcomes().iter().filter(|o| o.closes).all(|o| !o.record_handover));
    assert!(
        p.kindcheck_outcomes().iter().any(|o| o.record_handover && o.follow_meldcode),
        "the short variant's 'doorgeven' asks too"
    );

    // Without a Kindcheck there is nothing to hand over.
    let other = new_case(&mut app, "volwassene");
    let err = app.edit_case(other, Edit::SetKindcheckHandover { text: "x".into() }).unwrap_err();
    assert_eq!(err.code, "error-kindcheck-not-started");
}
