//! Information requests through the app API: a professional asked for information by Veilig
//! Thuis, the Raad, a GI or police/justice walks the KNMG stappenplan (onderdeel II or III)
//! instead of the five steps; what was asked, weighed and given is recorded in the case and
//! comes out as a record for the file (SOEP for a doctor), as text and as a PDF.

use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FixedEnv, NewInfoRequest};
use meldwijzer_protocol::case::LogEvent;
use meldwijzer_protocol::inforequest::{GivenHow, InfoRequest};
use meldwijzer_protocol::Edit;
use meldwijzer_tests::TempDir;

fn app() -> App {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    App::new(AppConfig::default(), Box::new(env)).expect("app starts")
}

fn start(app: &mut App, field: &str, requester: &str) -> String {
    app.create_info_request(NewInfoRequest {
        alias: "Linde".into(),
        field: field.into(),
        subject: "kind".into(),
        requester: requester.into(),
    })
    .expect("information request started")
    .case
    .id
}

fn full(requester: &str) -> InfoRequest {
    InfoRequest {
        requester: requester.into(),
        received_on: NaiveDate::from_ymd_opt(2026, 11, 20),
        who: "Raadsonderzoeker, teruggebeld via het algemene nummer".into(),
        basis: "Raadsonderzoek, art. 1:240 BW".into(),
        concern_given: Some(false),
        concern: "Zorg over verwaarlozing; op mijn vraag toegelicht".into(),
        asked: "Groei en gemiste afspraken".into(),
        relevant: "Alleen de groeicurve en de gemiste afspraken".into(),
        informed: Some(true),
        informed_note: "Moeder weet ervan en stemt in".into(),
        given_how: Some(GivenHow::Schriftelijk),
        given_on: NaiveDate::from_ymd_opt(2026, 11, 22),
        given: "Groeicurve en drie gemiste afspraken".into(),
    }
}

#[test]
fn a_doctor_asked_by_the_raad_walks_the_knmg_steps_not_the_five_and_files_a_soep_record() {
    let mut app = app();
    let id = start(&mut app, "arts", "raad");
    let view = app.open_case(id.clone()).unwrap();
    assert!(!view.five_steps, "an information request is not a meldcode case");
    assert!(view.other_route.is_none());
    let ir = view.info_request.expect("the route is shown");
    assert_eq!(ir.route, "knmg-vt-raad-gi");
    assert!(ir.confirmed, "the KNMG-meldcode has this route for doctors");
    assert_eq!(ir.pending.as_deref(), Some("wie-vraagt"));
    assert!(ir.basis.contains("1:240"), "{}", ir.basis);
    assert!(ir.steps.iter().all(|s| !s.provenance.sources.is_empty()), "every step has its sources");
    // The only output is the record, and the others are refused with a code.
    assert_eq!(view.outputs.iter().map(|o| o.id).collect::<Vec<_>>(), ["informatieverzoek"]);
    assert_eq!(
        app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap_err().code,
        "error-output-not-for-case"
    );

    let view = app.edit_case(id.clone(), Edit::SetInfoRequest { info_request: full("raad") }).unwrap();
    let ir = view.info_request.unwrap();
    assert_eq!(ir.pending, None, "every part is recorded");
    assert!(ir.steps.iter().all(|s| s.done));
    assert_eq!(
        view.case.log.last().unwrap().event,
        LogEvent::InfoGiven { how: Some(GivenHow::Schriftelijk), on: NaiveDate::from_ymd_opt(2026, 11, 22) },
        "the log keeps how and when, never the text"
    );
    assert!(view.timeline.last().unwrap().text.contains("schriftelijk"), "{:?}", view.timeline.last());

    let out = app.render_output(id.clone(), "informatieverzoek".into(), "nl".into()).unwrap();
    for expected in [
        "Journaalregel informatieverzoek (SOEP)",
        "S – Subjectief",
        "P – Plan",
        "Raad voor de Kinderbescherming",
        "20-11-2026",
        "(door mij nagevraagd)",
        "Alleen de groeicurve en de gemiste afspraken",
        "Ja. Reactie: Moeder weet ervan en stemt in",
        "Schriftelijk",
        "22-11-2026",
        "Groeicurve en drie gemiste afspraken",
    ] {
        assert!(out.text.contains(expected), "missing `{expected}` in:\n{}", out.text);
    }
    let en = app.render_output(id.clone(), "informatieverzoek".into(), "en".into()).unwrap();
    assert!(en.text.contains("Journal note information request (SOEP)"), "{}", en.text);
    assert!(en.text.contains("(asked for by me)"), "{}", en.text);

    // The list says what it is without opening the case.
    let listed = app.list_cases().into_iter().find(|c| c.id == id).unwrap();
    assert_eq!(listed.status, "Informatieverzoek van Veilig Thuis, de Raad of een gecertificeerde instelling");
}

#[test]
fn the_record_saves_as_a_pdf_with_its_parts() {
    let mut app = app();
    let id = start(&mut app, "arts", "veilig-thuis");
    app.edit_case(id.clone(), Edit::SetInfoRequest { info_request: full("veilig-thuis") }).unwrap();
    let dir = TempDir::new("inforequest-pdf");
    let path = dir.0.join("informatieverzoek.pdf");
    app.save_output_pdf(id, "informatieverzoek".into(), "nl".into(), path.clone()).unwrap();
    let out = Command::new("pdftotext").arg(&path).arg("-").output().expect("pdftotext (poppler-utils) is needed");
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in ["Journaalregel informatieverzoek (SOEP)", "Vertrouwelijk", "E – Evaluatie", "Voor het dossier"] {
        assert!(text.contains(expected), "missing `{expected}` in the PDF: {text}");
    }
}

#[test]
fn another_field_gets_the_route_marked_unchecked_with_a_plain_record() {
    let mut app = app();
    let id = start(&mut app, "onderwijs", "politie-justitie");
    let ir = app.open_case(id.clone()).unwrap().info_request.unwrap();
    assert_eq!(ir.route, "overig-politie-justitie");
    assert!(!ir.confirmed, "the field's own kader was not checked for this route");
    assert_eq!(ir.pending.as_deref(), Some("wie-vraagt-politie"));
    let out = app.render_output(id, "informatieverzoek".into(), "nl".into()).unwrap();
    assert!(out.text.contains("Informatieverzoek: vastlegging voor het dossier"), "{}", out.text);
    assert!(!out.text.contains("SOEP"), "{}", out.text);
    assert!(out.text.contains("Niet vastgelegd."), "empty parts say so: {}", out.text);
}

#[test]
fn bad_input_is_refused_with_a_code_and_nothing_is_lost() {
    let mut app = app();
    let err = app
        .create_info_request(NewInfoRequest {
            alias: "X".into(),
            field: "arts".into(),
            subject: "kind".into(),
            requester: "buurman".into(),
        })
        .unwrap_err();
    assert_eq!(err.code, "error-unknown-id");
    let id = start(&mut app, "arts", "gi");
    app.edit_case(id.clone(), Edit::SetInfoRequest { info_request: full("gi") }).unwrap();
    let mut long = full("gi");
    long.relevant = "x".repeat(20_001);
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetInfoRequest { info_request: long }).unwrap_err().code,
        "error-text-too-long"
    );
    assert_eq!(app.open_case(id).unwrap().case.info_request.unwrap(), full("gi"), "the refused edit changed nothing");

    // A meldcode case is not an information request.
    let case = app
        .create_case(meldwijzer_app::NewCaseInput {
            alias: "M".into(),
            field: "arts".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        })
        .unwrap();
    assert!(case.info_request.is_none());
    assert!(!case.outputs.iter().any(|o| o.id == "informatieverzoek"));
    let err = app.edit_case(case.case.id, Edit::SetInfoRequest { info_request: full("gi") }).unwrap_err();
    assert_eq!(err.code, "error-not-an-info-request");
}
