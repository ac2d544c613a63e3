//! Whole cases walked through the app API, without a window: what a professional does, in
//! the order they would do it, and what a tired professional gets wrong.

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, DisclosureInput, FixedEnv};
use meldwijzer_protocol::case::{
    ConsultationInput, ConversationInput, GesprekStatus, InfoSource, ObservationInput, ObservationKind, QuoteInput,
};
use meldwijzer_protocol::content::AnswerValue;
use meldwijzer_protocol::{Edit, StepState};

fn app() -> App {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    App::new(AppConfig::default(), Box::new(env)).expect("app starts")
}

fn new_case(app: &mut App, alias: &str, field: &str, subject: &str, suspect: &str) -> String {
    app.create_case(meldwijzer_app::NewCaseInput {
        alias: alias.into(),
        field: field.into(),
        subject: subject.into(),
        suspect: suspect.into(),
        kindcheck_only: false,
    })
    .expect("case created")
    .case
    .id
}

fn said_at() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 15, 0).unwrap()
}

fn answer(app: &mut App, id: &str, q: &str, v: AnswerValue) -> meldwijzer_app::CaseView {
    app.edit_case(id.into(), Edit::SetAnswer { question: q.into(), value: Some(v), reason: format!("reden bij {q}") })
        .expect("answer recorded")
}

#[test]
fn a_teacher_walks_a_case_from_disclosure_to_a_decision() {
    let mut app = app();
    assert!(!app.startup().persistent, "without a vault the UI must say cases are not kept");

    // Acuut → "Een kind vertelt iets" without an open case starts one.
    let view = app
        .record_disclosure(
            None,
            DisclosureInput {
                alias: Some("Leerling Zeeuws-Vlaanderen ëï".into()),
                field: Some("onderwijs".into()),
                subject: Some("kind".into()),
                words: "Papa slaat mama en dan word ik bang.".into(),
                question_before: "Je kijkt verdrietig, wil je vertellen wat er is?".into(),
                said_at: said_at(),
                who: "de leerling".into(),
                speaker: Some("betrokkene".into()),
                context: "na de gymles, in het lokaal".into(),
            },
        )
        .expect("disclosure recorded in a new case");
    let id = view.case.id.clone();
    assert_eq!(view.case.quotes.len(), 1, "the literal words are in step 1");
    assert_eq!(view.case.suspect, "huiselijke-kring", "a disclosure about home follows the five steps");
    assert_eq!(view.stepper[0].state, StepState::InProgress, "step 1 is in progress once words are recorded");
    assert_eq!(view.stepper[1].state, StepState::NotStarted);

    // Step 1: an observation as a fact with a separate interpretation, and a counter-indication.
    let view = app
        .edit_case(
            id.clone(),
            Edit::SaveObservation {
                observation: ObservationInput {
                    id: None,
                    kind: ObservationKind::Signal,
                    fact: "Blauwe plek op de linker bovenarm, ongeveer 3 cm.".into(),
                    date: NaiveDate::from_ymd_opt(2026, 11, 23),
                    source: InfoSource::Own,
                    interpretation: "Past bij vastpakken.".into(),
                },
            },
        )
        .unwrap();
    assert_eq!(
        view.case.observations[0].interpretation, "Past bij vastpakken.",
        "the interpretation is kept apart from the fact"
    );
    app.edit_case(
        id.clone(),
        Edit::SaveObservation {
            observation: ObservationInput {
                id: None,
                kind: ObservationKind::CounterIndication,
                fact: "Moeder belde zelf de school om hulp te vragen.".into(),
                date: None,
                source: InfoSource::Told { by: "de intern begeleider".into() },
                interpretation: String::new(),
            },
        },
    )
    .unwrap();
    app.edit_case(id.clone(), Edit::SetForm { form: "getuige-partnergeweld".into(), on: true }).unwrap();
    app.edit_case(id.clone(), Edit::SetStepDone { step: "signalen".into(), done: true }).unwrap();

    // Step 2 and 3.
    app.edit_case(
        id.clone(),
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "veilig-thuis-advies".into(),
                with_whom: "adviseur Veilig Thuis".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 24),
                outcome: "Anoniem besproken; advies: gesprek met moeder apart.".into(),
            },
        },
    )
    .unwrap();
    let view = app
        .edit_case(
            id.clone(),
            Edit::SaveConversation {
                conversation: ConversationInput {
                    id: None,
                    date: NaiveDate::from_ymd_opt(2026, 11, 25),
                    with_whom: "moeder".into(),
                    separately: true,
                    interpreter: true,
                    their_view: "Herkent de spanning thuis.".into(),
                    agreements: "Moeder neemt contact op met het wijkteam.".into(),
                },
            },
        )
        .unwrap();
    assert!(!view.postpone_offered, "witnessing partner violence alone does not postpone the conversation");

    // Step 4: acute or structural unsafety.
    answer(&mut app, &id, "vermoeden", AnswerValue::Ja);
    let view = answer(&mut app, &id, "veiligheid", AnswerValue::Ja);
    assert_eq!(view.route.suggests_melden, Some(true), "structural unsafety points to melden");
    assert_eq!(view.route.pending_question.as_deref(), Some("hulp"));
    assert!(view.route.pending_with_veilig_thuis, "afwegingen 3–5 are weighed together with Veilig Thuis");
    assert_eq!(view.route.meldnormen, ["acuut-structureel"]);

    // Step 5: the route stands beside the decisions, which stay empty until decided.
    assert!(view.case.decisions.is_empty(), "the decisions are never prefilled from the route");
    let refused = app
        .edit_case(id.clone(), Edit::SetDecision { decision: "melden".into(), value: Some(false), reason: "  ".into() })
        .unwrap_err();
    assert_eq!(refused.code, "error-reason-required", "departing from the route needs a reason");
    assert!(
        !refused.message.is_empty() && !refused.message.contains("error-"),
        "the error comes localised: {}",
        refused.message
    );
    let view = app
        .edit_case(
            id.clone(),
            Edit::SetDecision { decision: "melden".into(), value: Some(true), reason: String::new() },
        )
        .unwrap();
    assert!(view.case.decisions["melden"].value);
    let view = app
        .edit_case(
            id.clone(),
            Edit::SetDecision {
                decision: "hulp".into(),
                value: Some(true),
                reason: "Wijkteam is al betrokken.".into(),
            },
        )
        .unwrap();
    assert_eq!(view.stepper[4].state, StepState::InProgress);
    let summary = &app.list_cases()[0];
    assert_eq!(summary.alias, "Leerling Zeeuws-Vlaanderen ëï", "Dutch characters survive");
    assert!(summary.status.contains('2'), "the list shows the first step not yet done (step 2): {}", summary.status);
}

#[test]
fn a_closed_case_refuses_edits_until_reopened() {
    let mut app = app();
    let id = new_case(&mut app, "Casus A", "arts", "ouder-van-kinderen", "huiselijke-kring");
    let err = app
        .edit_case(
            id.clone(),
            Edit::Close { step: "consultatie".into(), reason: "".into(), in_dossier: false, kind: None },
        )
        .unwrap_err();
    assert_eq!(err.code, "error-reason-empty", "closing asks why");
    let view = app
        .edit_case(
            id.clone(),
            Edit::Close {
                step: "consultatie".into(),
                reason: "Vermoeden weggenomen na gesprek met collega.".into(),
                in_dossier: true,
                kind: None,
            },
        )
        .unwrap();
    assert_eq!(view.stepper[1].state, StepState::ClosedEarly, "the step where the case closed shows closed early");
    let err = app.edit_case(id.clone(), Edit::SetForm { form: "lichamelijk".into(), on: true }).unwrap_err();
    assert_eq!(err.code, "error-case-closed");
    let view = app.edit_case(id.clone(), Edit::Reopen).unwrap();
    assert!(view.case.closed.is_none());
    app.edit_case(id, Edit::SetForm { form: "lichamelijk".into(), on: true })
        .expect("a reopened case takes edits again");
}

#[test]
fn a_closed_case_takes_only_the_edits_that_note_or_prepare_what_is_filed() {
    use meldwijzer_protocol::case::{OutputAction, OutputKind};
    let mut app = app();
    let id = new_case(&mut app, "Casus B", "arts", "ouder-van-kinderen", "huiselijke-kring");
    let reason = "Vermoeden weggenomen.".to_string();
    app.edit_case(
        id.clone(),
        Edit::Close { step: "signalen".into(), reason: reason.clone(), in_dossier: false, kind: None },
    )
    .unwrap();
    let allowed = [
        Edit::Rename { alias: "Casus B2".into() },
        Edit::RecordOutput { output: OutputKind::Verslag, action: OutputAction::Copied, lang: "nl".into() },
        Edit::RecordExport,
        Edit::SetOutputReduced { output: OutputKind::Soep, on: true },
    ];
    for edit in allowed {
        assert!(edit.allowed_when_closed(), "{edit:?}");
        app.edit_case(id.clone(), edit.clone()).unwrap_or_else(|e| panic!("{edit:?} on a closed case: {}", e.code));
    }
    let refused = [
        Edit::SetForm { form: "lichamelijk".into(), on: true },
        Edit::SetAnswer { question: "vermoeden".into(), value: Some(AnswerValue::Ja), reason: String::new() },
        Edit::SetStepDone { step: "signalen".into(), done: true },
        Edit::SetKindcheckVariant { variant: None },
        Edit::SetNoVtAdviceReason { reason: String::new() },
        Edit::RemoveItem { list: meldwijzer_protocol::case::ItemList::Quote, id: "x".into() },
        Edit::Close { step: "signalen".into(), reason, in_dossier: true, kind: None },
    ];
    for edit in refused {
        assert!(!edit.allowed_when_closed(), "{edit:?}");
        let err = app.edit_case(id.clone(), edit.clone()).unwrap_err();
        assert_eq!(err.code, "error-case-closed", "{edit:?}");
    }
    let view = app.open_case(id.clone()).unwrap();
    assert_eq!(view.case.alias, "Casus B2");
    assert!(view.case.reduced_outputs.contains(&OutputKind::Soep));
    assert!(Edit::Reopen.allowed_when_closed());
    assert!(app.edit_case(id, Edit::Reopen).unwrap().case.closed.is_none());
}

#[test]
fn a_staff_member_as_suspect_shows_the_staff_route_instead_of_the_five_steps() {
    let mut app = app();
    let id = new_case(&mut app, "Groep 5", "kinderopvang", "baby", "medewerker");
    let view = app.open_case(id.clone()).unwrap();
    assert!(!view.five_steps, "a staff member as suspect is not a meldcode case");
    let route = view.other_route.expect("the staff route is shown");
    assert_eq!(route.id, "medewerker-kinderopvang");
    assert!(!route.actions.is_empty() && !route.provenance.sources.is_empty(), "first actions with their sources");
    let view = app.edit_case(id, Edit::SetAlsoAtHome { on: true }).unwrap();
    assert!(view.five_steps, "with abuse at home suspected as well, the five steps apply too");
}

#[test]
fn postponing_the_conversation_is_offered_only_for_the_special_forms() {
    let mut app = app();
    let id = new_case(&mut app, "J.", "jeugdhulp", "jongere", "huiselijke-kring");
    let postpone =
        Edit::SetGesprek { gesprek: GesprekStatus::Postponed { until: "politie".into(), note: String::new() } };
    assert_eq!(app.edit_case(id.clone(), postpone.clone()).unwrap_err().code, "error-postpone-not-offered");
    let view = app.edit_case(id.clone(), Edit::SetForm { form: "huwelijksdwang".into(), on: true }).unwrap();
    assert!(view.postpone_offered);
    assert_eq!(view.postponing_forms.len(), 1);
    let view = app.edit_case(id.clone(), postpone).unwrap();
    assert_eq!(view.stepper[2].state, StepState::InProgress, "a postponed conversation counts as step 3 in progress");
    let skip = Edit::SetGesprek { gesprek: GesprekStatus::Skipped { reason: "zomaar".into(), note: String::new() } };
    assert_eq!(app.edit_case(id, skip).unwrap_err().code, "error-unknown-id", "only the allowed reasons skip step 3");
}

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let mut app = app();
    let err = app
        .create_case(meldwijzer_app::NewCaseInput {
            alias: "   ".into(),
            field: "onderwijs".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        })
        .unwrap_err();
    assert_eq!(err.code, "error-alias-empty");
    let long = "ä".repeat(81);
    let err = app
        .create_case(meldwijzer_app::NewCaseInput {
            alias: long,
            field: "onderwijs".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        })
        .unwrap_err();
    assert_eq!(err.code, "error-alias-too-long");
    assert_eq!(err.args["max"], "80");
    assert!(app.list_cases().is_empty(), "a refused case is not half-created");

    let id = new_case(&mut app, "Casus B", "onderwijs", "kind", "huiselijke-kring");
    let before = app.open_case(id.clone()).unwrap().case;
    let err = app
        .edit_case(
            id.clone(),
            Edit::SaveObservation {
                observation: ObservationInput {
                    id: None,
                    kind: ObservationKind::Signal,
                    fact: " ".into(),
                    date: None,
                    source: InfoSource::Own,
                    interpretation: "x".into(),
                },
            },
        )
        .unwrap_err();
    assert_eq!((err.code.as_str(), err.args["what"].as_str()), ("error-required", "fact"));
    let err = app
        .edit_case(
            id.clone(),
            Edit::SaveObservation {
                observation: ObservationInput {
                    id: Some("no-such".into()),
                    kind: ObservationKind::Signal,
                    fact: "x".into(),
                    date: None,
                    source: InfoSource::Own,
                    interpretation: String::new(),
                },
            },
        )
        .unwrap_err();
    assert_eq!(err.code, "error-no-such-item");
    assert_eq!(app.open_case(id.clone()).unwrap().case, before, "refused edits change nothing");
    assert_eq!(app.open_case("nope".into()).unwrap_err().code, "error-case-not-found");
    assert_eq!(app.delete_case("nope".into()).unwrap_err().code, "error-case-not-found");
    assert!(app.delete_case(id).unwrap().is_empty(), "delete removes the case from the list");
}

#[test]
fn the_language_switch_is_remembered_and_unknown_languages_are_refused() {
    let dir = std::env::temp_dir().join(format!("meldwijzer-settings-{}", std::process::id()));
    let path = dir.join("meldwijzer").join("settings.toml");
    let env = || Box::new(FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()));
    let mut app = App::new(AppConfig { settings_path: Some(path.clone()), ..AppConfig::default() }, env()).unwrap();
    assert_eq!(app.startup().language, "nl", "Dutch is the default");
    let view = app.set_language("en".into()).unwrap();
    assert_eq!(view.language, "en");
    assert_ne!(
        view.protocol.steps[0].title,
        App::new(AppConfig::default(), env()).unwrap().startup().protocol.steps[0].title,
        "the steps come in English now"
    );
    let err = app.set_language("fr".into()).unwrap_err();
    assert_eq!(err.code, "error-language-unknown");
    let again = App::new(AppConfig { settings_path: Some(path), ..AppConfig::default() }, env()).unwrap();
    assert_eq!(again.startup().language, "en", "the choice survives a restart");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_case_reopened_a_week_later_is_as_it_was_left() {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 16, 9, 0, 0).unwrap());
    let mut app = App::new(AppConfig::default(), Box::new(env)).unwrap();
    let id = new_case(&mut app, "Week later", "sociaal-werk", "oudere", "huiselijke-kring");
    answer(&mut app, &id, "vermoeden", AnswerValue::Ja);
    let half = app.open_case(id.clone()).unwrap();
    assert_eq!(
        half.route.pending_question.as_deref(),
        Some("veiligheid"),
        "a half-filled step 4 stands where it was left"
    );
    assert_eq!(half.stepper[3].state, StepState::InProgress);
}

#[test]
fn the_app_can_live_in_the_shells_shared_state() {
    // Tauri's managed state must be Send + Sync; the shell wraps App in a Mutex.
    fn assert_send<T: Send>() {}
    assert_send::<App>();
}

#[test]
fn a_decision_that_departs_after_the_route_changed_asks_for_a_reason_again() {
    let mut app = app();
    let id = new_case(&mut app, "Later anders", "sociaal-werk", "kind", "huiselijke-kring");
    answer(&mut app, &id, "vermoeden", AnswerValue::Ja);
    answer(&mut app, &id, "veiligheid", AnswerValue::Nee);
    answer(&mut app, &id, "hulp", AnswerValue::Ja);
    let view = answer(&mut app, &id, "aanvaarden", AnswerValue::Ja);
    assert_eq!(view.decision_states[0].suggested, Some(false), "help accepted: the route does not point to melden");
    let view = app
        .edit_case(
            id.clone(),
            Edit::SetDecision { decision: "melden".into(), value: Some(false), reason: String::new() },
        )
        .unwrap();
    assert!(!view.decision_states[0].departs_without_reason, "a decision in line with the route needs no reason");
    // Step 4 changes: the help is not accepted after all.
    let view = answer(&mut app, &id, "aanvaarden", AnswerValue::Nee);
    assert_eq!(view.decision_states[0].suggested, Some(true));
    assert!(
        view.decision_states[0].departs_without_reason,
        "the earlier 'nee' now departs from the route without a reason"
    );
    assert!(!view.case.decisions["melden"].value, "the recorded decision itself is never changed by the route");
}

#[test]
fn an_acute_situation_shows_the_acute_route_inline_and_marks_afweging_2() {
    let mut app = app();
    let id = new_case(&mut app, "Baby", "kinderopvang", "baby", "huiselijke-kring");
    let view = app.open_case(id.clone()).unwrap();
    assert!(view.acute_route.is_none(), "nothing acute recorded yet");
    assert!(view.attention.is_empty());

    let view =
        app.edit_case(id.clone(), Edit::SetAcuteSituation { situation: "baby-letsel".into(), on: true }).unwrap();
    let acute = view.acute_route.expect("the acute route is shown at once");
    assert_eq!(acute.situations.len(), 1);
    assert!(acute.situations[0].note.is_some(), "the situation says what to do (letselduiding)");
    let numbers: Vec<_> = acute.lines.iter().filter_map(|l| l.number.clone()).collect();
    assert!(
        numbers.contains(&"112".to_string()) && numbers.contains(&"0800-2000".to_string()),
        "112 and Veilig Thuis: {numbers:?}"
    );
    assert_eq!(view.attention, vec!["veiligheid".to_string()], "afweging 2 is marked for attention");
    assert_eq!(view.stepper[0].state, StepState::InProgress, "a ticked situation is data in step 1");
    assert!(view.route.suggests_melden.is_none(), "marking for attention never answers an afweging");

    let view =
        app.edit_case(id.clone(), Edit::SetAcuteSituation { situation: "baby-letsel".into(), on: false }).unwrap();
    assert!(view.acute_route.is_none());
    let err = app.edit_case(id, Edit::SetAcuteSituation { situation: "geen-idee".into(), on: true }).unwrap_err();
    assert_eq!(err.code, "error-unknown-id");
}

#[test]
fn a_disclosure_counts_as_the_disclosure_situation() {
    let mut app = app();
    let view = app
        .record_disclosure(
            None,
            DisclosureInput {
                alias: Some("Leerling".into()),
                field: Some("onderwijs".into()),
                subject: Some("kind".into()),
                words: "Ik durf niet naar huis.".into(),
                question_before: String::new(),
                said_at: said_at(),
                who: "de leerling".into(),
                speaker: None,
                context: String::new(),
            },
        )
        .unwrap();
    let acute = view.acute_route.expect("a disclosure shows the acute route");
    assert!(acute.situations.iter().any(|s| s.via_quote), "the disclosure situation holds through the quote");
    assert!(view.case.acute_situations.is_empty(), "nothing was ticked: it holds through the words");
    assert_eq!(view.attention, vec!["veiligheid".to_string()]);
}

#[test]
fn only_the_possible_victims_own_words_open_the_acute_route_and_an_unstated_speaker_keeps_it_open() {
    let mut app = app();
    let id = new_case(&mut app, "Sterre", "onderwijs", "kind", "huiselijke-kring");
    let quote = |qid: Option<String>, speaker: Option<&str>| Edit::SaveQuote {
        quote: QuoteInput {
            id: qid,
            words: "Hij is van de trap gevallen.".into(),
            question_before: "Hoe komt die blauwe plek?".into(),
            said_at: said_at(),
            who: "de moeder".into(),
            speaker: speaker.map(str::to_string),
            context: String::new(),
        },
    };
    // A parent's explanation: recorded with who said it, and it opens nothing.
    let view = app.edit_case(id.clone(), quote(None, Some("ouder"))).unwrap();
    let qid = view.case.quotes[0].id.clone();
    assert_eq!(view.case.quotes[0].speaker.as_deref(), Some("ouder"));
    assert!(view.acute_route.is_none(), "a parent's words are not a disclosure");
    assert!(view.attention.is_empty() && view.quotes_without_speaker.is_empty());
    // Not stated (as every quote written before speakers existed): counts until it is said.
    let view = app.edit_case(id.clone(), quote(Some(qid.clone()), None)).unwrap();
    assert!(view.acute_route.as_ref().is_some_and(|a| a.situations.iter().any(|s| s.via_quote)));
    assert_eq!(view.quotes_without_speaker, vec![qid.clone()], "step 1 asks who said it");
    // The child's own words: a disclosure.
    let view = app.edit_case(id.clone(), quote(Some(qid.clone()), Some("betrokkene"))).unwrap();
    assert!(view.acute_route.is_some() && view.quotes_without_speaker.is_empty());
    assert_eq!(view.attention, vec!["veiligheid".to_string()]);
    // An unknown speaker is refused and changes nothing.
    let err = app.edit_case(id.clone(), quote(Some(qid), Some("buurman"))).unwrap_err();
    assert_eq!(err.code, "error-unknown-id");
    assert_eq!(err.args.get("kind").map(String::as_str), Some("speaker"));
    assert_eq!(app.open_case(id).unwrap().case.quotes[0].speaker.as_deref(), Some("betrokkene"));
}

#[test]
fn a_red_flag_shows_the_acute_route_and_marks_afweging_2() {
    let mut app = app();
    let id = new_case(&mut app, "Moeder", "sociaal-werk", "ouder-van-kinderen", "huiselijke-kring");
    let view = app.edit_case(id.clone(), Edit::SetRedFlag { flag: "doodsbedreiging".into(), on: true }).unwrap();
    let acute = view.acute_route.expect("a red flag shows the acute route");
    assert_eq!(acute.red_flags.len(), 1);
    assert!(acute.situations.is_empty());
    assert_eq!(view.attention, vec!["veiligheid".to_string()]);
    let view = app.edit_case(id.clone(), Edit::SetRedFlag { flag: "doodsbedreiging".into(), on: false }).unwrap();
    assert!(view.acute_route.is_none() && view.attention.is_empty());
    assert_eq!(
        app.edit_case(id, Edit::SetRedFlag { flag: "onbekend".into(), on: true }).unwrap_err().code,
        "error-unknown-id"
    );
}

#[test]
fn a_doctor_is_prompted_for_veilig_thuis_advice_and_a_colleague_but_never_stopped() {
    let mut app = app();
    let id = new_case(&mut app, "Patiënt", "arts", "kind", "huiselijke-kring");
    let view = app.open_case(id.clone()).unwrap();
    assert!(view.ask_no_consultation_reason, "nothing consulted yet: ask why not");
    assert_eq!(view.expected_consultations.len(), 2);
    assert!(view.notices.iter().any(|n| n.step == "consultatie"), "the KNMG note sits in step 2");
    // Never a gate: step 2 can be marked done and afwegingen answered without the consultations.
    app.edit_case(id.clone(), Edit::SetStepDone { step: "consultatie".into(), done: true }).expect("not a gate");
    answer(&mut app, &id, "vermoeden", AnswerValue::Ja);
    let view = app
        .edit_case(id.clone(), Edit::SetNoVtAdviceReason { reason: "Acute situatie: direct gemeld.".into() })
        .unwrap();
    assert_eq!(view.case.no_vt_advice_reason, "Acute situatie: direct gemeld.");
    let view = app
        .edit_case(
            id,
            Edit::SaveConsultation {
                consultation: ConsultationInput {
                    id: None,
                    kind: "collega".into(),
                    with_whom: "collega-huisarts".into(),
                    date: None,
                    outcome: String::new(),
                },
            },
        )
        .unwrap();
    assert!(view.expected_consultations.iter().any(|k| k.id == "collega" && k.recorded));
    assert!(view.ask_no_consultation_reason, "Veilig Thuis advice is still missing");
}

#[test]
fn ruling_out_coercive_control_needs_a_separate_conversation_and_then_names_the_joint_approach() {
    let mut app = app();
    let id = new_case(&mut app, "Gezin Es", "sociaal-werk", "volwassene", "huiselijke-kring");
    for indicator in ["stapeling-stress", "geweld-over-en-weer"] {
        app.edit_case(id.clone(), Edit::SetProfileIndicator { indicator: indicator.into(), on: true }).unwrap();
    }
    let day = NaiveDate::from_ymd_opt(2026, 11, 20);
    let err = app.edit_case(id.clone(), Edit::SetCoerciveControlRuledOut { on: day }).unwrap_err();
    assert_eq!(err.code, "error-separate-talk-required");
    let conversation = ConversationInput {
        id: None,
        date: None,
        with_whom: "moeder".into(),
        separately: true,
        interpreter: false,
        their_view: String::new(),
        agreements: String::new(),
    };
    let view = app.edit_case(id.clone(), Edit::SaveConversation { conversation }).unwrap();
    assert!(view.asks_rule_out);
    let joint = |v: &meldwijzer_app::CaseView| {
        v.profiles.consequences.iter().find(|k| k.id == "stress-gezamenlijke-aanpak").map(|k| k.withheld)
    };
    assert_eq!(joint(&view), Some(Some("not-ruled-out")));
    let view = app.edit_case(id.clone(), Edit::SetCoerciveControlRuledOut { on: day }).unwrap();
    assert_eq!(view.case.coercive_control_ruled_out, day);
    assert_eq!(joint(&view), Some(None), "after separate talks ruled it out, the joint approach is named");
    assert!(
        view.timeline.iter().any(|e| e.text.contains("dwingende controle uitgesloten")),
        "the decision log notes the record: {:?}",
        view.timeline.iter().map(|e| &e.text).collect::<Vec<_>>()
    );
    // A sign of coercive control recorded later withholds it again, whatever was ruled out.
    let view = app.edit_case(id, Edit::SetForm { form: "intieme-terreur".into(), on: true }).unwrap();
    assert_eq!(joint(&view), Some(Some("coercive-control")));
    assert_eq!(view.safety_framing.map(|f| f.id), Some("met-het-slachtoffer".to_string()));
}
