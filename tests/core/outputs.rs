//! The outputs through the app API: golden files for every output of three fictitious cases
//! in nl and en (`tests/golden/<case>/<output>.<lang>.txt`; `BLESS=1` rewrites them, so a
//! wording change shows as a reviewable diff), the decision log, follow-ups on the case list (sorted first when due),
//! the plain-language summary's refusals, the anonymisation warnings at the API, and the
//! clipboard cleared after 30 seconds on the injected clock.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, FakeClipboard, FixedEnv, NewCaseInput};
use meldwijzer_protocol::case::*;
use meldwijzer_protocol::content::AnswerValue;
use meldwijzer_protocol::overdracht::{ConditionState, Overdracht, SafetyCondition};
use meldwijzer_protocol::Edit;

/// Noon UTC: the local date is the same in every time zone from UTC-11 to UTC+11, so the
/// golden files do not depend on the machine's zone.
pub(crate) fn noon(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(crate) fn app() -> (App, Arc<FixedEnv>) {
    let env = Arc::new(FixedEnv::new(noon(2026, 11, 2)));
    let app = App::new(AppConfig::default(), Box::new(env.clone())).unwrap();
    (app, env)
}

fn new_case(app: &mut App, alias: &str, field: &str, subject: &str) -> String {
    let input = NewCaseInput {
        alias: alias.into(),
        field: field.into(),
        subject: subject.into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    app.create_case(input).unwrap().case.id
}

fn edit(app: &mut App, id: &str, e: Edit) {
    app.edit_case(id.to_string(), e).unwrap_or_else(|err| panic!("edit refused: {err:?}"));
}

fn observation(
    kind: ObservationKind,
    fact: &str,
    d: Option<NaiveDate>,
    source: InfoSource,
    interpretation: &str,
) -> Edit {
    Edit::SaveObservation {
        observation: ObservationInput {
            id: None,
            kind,
            fact: fact.into(),
            date: d,
            source,
            interpretation: interpretation.into(),
        },
    }
}

fn answer(q: &str, v: AnswerValue, reason: &str) -> Edit {
    Edit::SetAnswer { question: q.into(), value: Some(v), reason: reason.into() }
}

/// A pupil (groep 5) with bruises, a disclosure, consultations, a conversation, the
/// afwegingen, both decisions, a melding made openly, an agreement with Veilig Thuis and a
/// plain-language summary written with the child's mother.
pub(crate) fn zonnebloem(app: &mut App, env: &FixedEnv) -> String {
    let id = new_case(app, "Zonnebloem", "onderwijs", "kind");
    edit(app, &id, Edit::SetForm { form: "lichamelijk".into(), on: true });
    edit(
        app,
        &id,
        observation(
            ObservationKind::Signal,
            "Blauwe plekken op beide bovenarmen, in de vorm van vingers.",
            Some(date(2026, 10, 27)),
            InfoSource::Own,
            "Past bij hard vastpakken.",
        ),
    );
    edit(
        app,
        &id,
        observation(
            ObservationKind::Signal,
            "Komt drie keer per week zonder ontbijt op school.",
            None,
            InfoSource::Told { by: "de leerkracht van groep 5".into() },
            "",
        ),
    );
    edit(
        app,
        &id,
        observation(
            ObservationKind::CounterIndication,
            "Speelt graag buiten en valt vaak bij het voetballen.",
            Some(date(2026, 10, 28)),
            InfoSource::Own,
            "",
        ),
    );
    edit(
        app,
        &id,
        Edit::SaveQuote {
            quote: QuoteInput {
                id: None,
                words: "Papa knijpt als hij boos is.".into(),
                question_before: "Hoe komt die plek op je arm?".into(),
                said_at: date(2026, 10, 27).and_hms_opt(10, 15, 0).unwrap(),
                who: "de leerling".into(),
                speaker: None,
                context: "In de klas, na de gymles.".into(),
            },
        },
    );
    edit(app, &id, Edit::SetStepDone { step: "signalen".into(), done: true });
    env.set_now(noon(2026, 10, 29));
    edit(
        app,
        &id,
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "aandachtsfunctionaris".into(),
                with_whom: "de intern begeleider".into(),
                date: Some(date(2026, 10, 29)),
                outcome: "Zorg gedeeld; advies vragen bij Veilig Thuis.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "veilig-thuis-advies".into(),
                with_whom: String::new(),
                date: Some(date(2026, 10, 30)),
                outcome: "Gesprek met beide ouders voeren, daarna opnieuw wegen.".into(),
            },
        },
    );
    edit(app, &id, Edit::SetStepDone { step: "consultatie".into(), done: true });
    edit(
        app,
        &id,
        Edit::SaveConversation {
            conversation: ConversationInput {
                id: None,
                date: Some(date(2026, 11, 2)),
                with_whom: "beide ouders".into(),
                separately: false,
                interpreter: false,
                their_view: "Vader zegt dat hij soms te hard vastpakt als het kind wegloopt.".into(),
                agreements: "Ouders nemen contact op met het wijkteam.".into(),
            },
        },
    );
    edit(app, &id, Edit::SetStepDone { step: "gesprek".into(), done: true });
    edit(app, &id, Edit::SetStepDate { step: "gesprek".into(), on: Some(date(2026, 11, 2)) });
    edit(app, &id, answer("vermoeden", AnswerValue::Ja, "Letsel en de woorden van de leerling."));
    edit(app, &id, answer("veiligheid", AnswerValue::Nee, "Geen acute of structurele onveiligheid gezien."));
    edit(app, &id, answer("hulp", AnswerValue::Ja, "Wijkteam en schoolmaatschappelijk werk zijn beschikbaar."));
    edit(app, &id, answer("aanvaarden", AnswerValue::Ja, "Ouders willen meewerken."));
    edit(
        app,
        &id,
        Edit::SetFollowUp {
            question: "resultaat".into(),
            due: Some(date(2026, 12, 14)),
            note: "Is er nieuw letsel? Loopt de hulp?".into(),
        },
    );
    edit(app, &id, Edit::SetProfileIndicator { indicator: "stapeling-stress".into(), on: true });
    edit(app, &id, Edit::SetStepDone { step: "wegen".into(), done: true });
    edit(
        app,
        &id,
        Edit::SetDecision {
            decision: "melden".into(),
            value: Some(false),
            reason: "Hulp is mogelijk en wordt aanvaard; niet melden, omdat de ouders meewerken.".into(),
        },
    );
    edit(
        app,
        &id,
        Edit::SetDecision { decision: "hulp".into(), value: Some(true), reason: "Wijkteam betrokken.".into() },
    );
    edit(
        app,
        &id,
        Edit::SetActions {
            actions: Actions {
                melding_on: None,
                help: "Aanmelding bij het wijkteam, samen met de ouders.".into(),
                informed: Informed::Yes {
                    date: Some(date(2026, 11, 2)),
                    whom: "beide ouders".into(),
                    reaction: "Geschrokken, maar willen hulp.".into(),
                },
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SetMeldingRecord {
            record: MeldingRecord {
                attempts: vec![],
                vt_agreements: vec![VtAgreement {
                    what: "Terugbellen met Veilig Thuis na het eerste gesprek met het wijkteam.".into(),
                    due: Some(date(2026, 11, 20)),
                }],
                objections_met:
                    "Vader vond het overdreven. Uitgelegd waarom we ons zorgen maken en wat het wijkteam doet.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SetAdviesvraag {
            adviesvraag: Adviesvraag {
                asker: Asker {
                    name: "".into(),
                    organisation: "Basisschool (naam in het gesprek)".into(),
                    role: "Leerkracht groep 5".into(),
                    relation: "Leerkracht sinds augustus".into(),
                    reach: "".into(),
                },
                household: vec![
                    HouseholdMember { role: "moeder".into(), age: Some(34) },
                    HouseholdMember { role: "vader".into(), age: Some(37) },
                    HouseholdMember { role: "de leerling".into(), age: Some(8) },
                    HouseholdMember { role: "zusje".into(), age: Some(3) },
                ],
                household_note: "Beide ouders zorgen voor de kinderen.".into(),
                concerns: vec!["Letsel dat past bij hard vastpakken.".into(), "Vaak zonder ontbijt op school.".into()],
                own_possibilities: "Wekelijks een kort gesprek met de leerling; contact met de ouders.".into(),
                question: "Is een melding nodig, of kan ik met hulp van het wijkteam verder?".into(),
                include_profiles: true,
                other_professionals: "Wijkteam (sinds oktober); jeugdarts op school.".into(),
                protective_factors: "Moeder zoekt zelf hulp; oma woont dichtbij en haalt de kinderen op.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SetPlainSummary {
            summary: PlainSummary {
                enabled: true,
                worries: "We zagen blauwe plekken op de armen.".into(),
                going_well: "Jullie willen hulp. De kinderen gaan graag naar school.".into(),
                next: "Het wijkteam belt jullie deze week.".into(),
                contact: "De juf van groep 5, elke dag na school.".into(),
            },
        },
    );
    id
}

/// A GP's adult patient with intimate terror: the conversation skipped for the patient's
/// safety, a melding without informing her first, and attempts to reach her recorded. The
/// plain-language summary is refused.
pub(crate) fn eik(app: &mut App, env: &FixedEnv) -> String {
    env.set_now(noon(2026, 10, 5));
    let id = new_case(app, "Eik", "arts", "ouder-van-kinderen");
    edit(app, &id, Edit::SetSuspectRelation { relation: Some("partner".into()) });
    edit(app, &id, Edit::SetForm { form: "intieme-terreur".into(), on: true });
    edit(app, &id, Edit::SetForm { form: "partnergeweld".into(), on: true });
    edit(app, &id, Edit::SetRedFlag { flag: "wurging".into(), on: true });
    edit(app, &id, Edit::SetProfileIndicator { indicator: "isolatie".into(), on: true });
    // The Kindcheck: she avoids the question, the consultatiebureau takes the children over.
    edit(app, &id, Edit::SetKindcheckVariant { variant: Some("volledig".into()) });
    for (question, option) in [
        ("oudersignalen", "ja"),
        ("zorgt-voor-kinderen", "ja"),
        ("antwoord", "ontwijkend"),
        ("andere-professional", "neemt-over"),
    ] {
        edit(app, &id, Edit::SetKindcheckAnswer { question: question.into(), option: Some(option.into()) });
    }
    edit(
        app,
        &id,
        Edit::SetKindcheckHandover {
            text: "Overgedragen aan de jeugdverpleegkundige van het consultatiebureau; zij ziet de kinderen deze week."
                .into(),
        },
    );
    edit(app, &id, Edit::SetKindcheckCheckBack { on: Some(date(2026, 10, 12)) });
    edit(
        app,
        &id,
        Edit::SetKindcheckChildren {
            children: KindcheckChildren {
                number: Some(2),
                ages: "3 en 6 jaar".into(),
                partner_children: String::new(),
                pregnant: Some(false),
                carers: "Patiënte en haar partner.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        observation(
            ObservationKind::Signal,
            "Striemen in de hals, patiënte zegt dat ze gevallen is.",
            Some(date(2026, 10, 5)),
            InfoSource::Own,
            "Past niet bij een val.",
        ),
    );
    edit(
        app,
        &id,
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "veilig-thuis-advies".into(),
                with_whom: String::new(),
                date: Some(date(2026, 10, 6)),
                outcome: "Melden; niet eerst met de partner spreken.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "collega".into(),
                with_whom: "praktijkhouder".into(),
                date: Some(date(2026, 10, 6)),
                outcome: "Eens met melden.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SetGesprek {
            gesprek: GesprekStatus::Skipped {
                reason: "gevaar-client".into(),
                note: "De partner leest haar berichten en komt mee naar het spreekuur.".into(),
            },
        },
    );
    edit(app, &id, answer("vermoeden", AnswerValue::Ja, "Letsel in de hals en angst."));
    edit(app, &id, answer("veiligheid", AnswerValue::Ja, "Wurging is een rode vlag."));
    edit(
        app,
        &id,
        Edit::SetDecision { decision: "melden".into(), value: Some(true), reason: "Acute onveiligheid.".into() },
    );
    // Recorded on the day of the first visit; decided after the advice of 06-10.
    edit(app, &id, Edit::SetDecisionDate { decision: "melden".into(), on: Some(date(2026, 10, 6)) });
    edit(
        app,
        &id,
        Edit::SetActions {
            actions: Actions {
                melding_on: Some(date(2026, 10, 7)),
                help: String::new(),
                informed: Informed::No { reason: "Informeren brengt haar in gevaar.".into() },
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SetMeldingRecord {
            record: MeldingRecord {
                attempts: vec![ContactAttempt {
                    date: Some(date(2026, 10, 6)),
                    how: "Gebeld op haar werk, niet bereikt.".into(),
                }],
                vt_agreements: vec![VtAgreement {
                    what: "Veilig Thuis laat binnen vijf werkdagen weten wat de veiligheidsbeoordeling is.".into(),
                    due: Some(date(2026, 10, 14)),
                }],
                objections_met: String::new(),
            },
        },
    );
    // Veilig Thuis hands the family back to the wijkteam; one condition was not met.
    edit(
        app,
        &id,
        Edit::SetOverdracht {
            overdracht: Some(Overdracht {
                received_on: Some(date(2026, 10, 20)),
                asks: "Bewaak de veiligheidsvoorwaarden met het wijkteam en meld het als er een niet gehaald wordt."
                    .into(),
                call_back: "Casusregisseur Veilig Thuis".into(),
                phase: Some("directe-veiligheid".into()),
                conditions: vec![
                    SafetyCondition {
                        what: "Partner woont tijdelijk elders".into(),
                        who: "Wijkteam".into(),
                        phase: Some("directe-veiligheid".into()),
                        due: Some(date(2026, 11, 3)),
                        state: ConditionState::NotMet,
                    },
                    SafetyCondition {
                        what: "Kinderen elke week op het consultatiebureau".into(),
                        who: "Jeugdverpleegkundige".into(),
                        phase: Some("stabiele-veiligheid".into()),
                        due: Some(date(2026, 11, 17)),
                        state: ConditionState::Running,
                    },
                ],
            }),
        },
    );
    id
}

/// A baby in the kinderopvang, just started: almost nothing recorded.
pub(crate) fn kastanje(app: &mut App, env: &FixedEnv) -> String {
    env.set_now(noon(2026, 11, 20));
    new_case(app, "Kastanje", "kinderopvang", "baby")
}

/// A pupil (groep 7) who told something that points to sexual abuse by her father: step 3
/// postponed until Veilig Thuis has been consulted. The notes for files the parents can read are
/// refused; with `reduced`, the professional chose the reduced leerlingdossier and SOEP notes.
pub(crate) fn linde(app: &mut App, env: &FixedEnv, reduced: bool) -> String {
    env.set_now(noon(2026, 11, 9));
    let id = new_case(app, "Linde", "onderwijs", "kind");
    edit(app, &id, Edit::SetSuspectRelation { relation: Some("ouder".into()) });
    edit(app, &id, Edit::SetForm { form: "seksueel-misbruik".into(), on: true });
    edit(
        app,
        &id,
        observation(
            ObservationKind::Signal,
            "Huilt bij het omkleden voor de gymles en wil zich niet uitkleden.",
            Some(date(2026, 11, 5)),
            InfoSource::Own,
            "",
        ),
    );
    edit(
        app,
        &id,
        observation(
            ObservationKind::Signal,
            "Slaapt slecht sinds de zomer.",
            Some(date(2026, 11, 6)),
            InfoSource::Told { by: "de leerling".into() },
            "",
        ),
    );
    edit(
        app,
        &id,
        Edit::SetGesprek {
            gesprek: GesprekStatus::Postponed {
                until: "veilig-thuis".into(),
                note: "Eerst Veilig Thuis raadplegen; niet met de ouders spreken.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "veilig-thuis-advies".into(),
                with_whom: String::new(),
                date: Some(date(2026, 11, 9)),
                outcome: "Niet met de ouders spreken; Veilig Thuis overlegt met de zedenpolitie.".into(),
            },
        },
    );
    edit(
        app,
        &id,
        Edit::SetMeldingRecord {
            record: MeldingRecord {
                attempts: vec![],
                vt_agreements: vec![VtAgreement {
                    what: "Veilig Thuis belt terug.".into(),
                    due: Some(date(2026, 11, 12)),
                }],
                objections_met: String::new(),
            },
        },
    );
    if reduced {
        for output in [OutputKind::Leerlingdossier, OutputKind::Soep] {
            edit(app, &id, Edit::SetOutputReduced { output, on: true });
        }
    }
    id
}

pub(crate) const OUTPUTS: [&str; 6] = ["adviesvraag", "verslag", "soep", "leerlingdossier", "overdracht", "eenvoudig"];

fn golden_dir() -> PathBuf {
    meldwijzer_tests::repo_root().join("tests/golden")
}

/// Renders every output of the three cases in nl and en as the golden files hold them: the
/// plain text, or the refusal's code and message.
fn rendered() -> Vec<(String, String)> {
    let (mut app, env) = app();
    let mut cases = vec![
        ("zonnebloem", zonnebloem(&mut app, &env), &OUTPUTS[..]),
        ("eik", eik(&mut app, &env), &OUTPUTS[..]),
        ("kastanje", kastanje(&mut app, &env), &OUTPUTS[..]),
        ("linde", linde(&mut app, &env, false), &OUTPUTS[..]),
        ("linde-beperkt", linde(&mut app, &env, true), &["leerlingdossier", "soep"][..]),
    ];
    let eik_reduced = eik(&mut app, &env);
    edit(&mut app, &eik_reduced, Edit::SetOutputReduced { output: OutputKind::Soep, on: true });
    cases.push(("eik-beperkt", eik_reduced, &["soep"][..]));
    env.set_now(noon(2026, 11, 23));
    let mut out = Vec::new();
    for (name, id, outputs) in &cases {
        for &output in *outputs {
            for lang in ["nl", "en"] {
                let text = match app.render_output(id.clone(), output.into(), lang.into()) {
                    Ok(v) => v.text,
                    Err(e) => format!("REFUSED {}\n{}\n", e.code, e.message),
                };
                out.push((format!("{name}/{output}.{lang}.txt"), text));
            }
        }
    }
    out
}

#[test]
fn every_output_matches_its_golden_file() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut differ = Vec::new();
    for (path, text) in rendered() {
        let file = golden_dir().join(&path);
        if bless {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &text).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&file).unwrap_or_default();
        if want != text {
            let line = want
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(want.lines().count().min(text.lines().count()));
            differ.push(format!(
                "{path}: first difference at line {}:\n  golden: {:?}\n  now:    {:?}",
                line + 1,
                want.lines().nth(line),
                text.lines().nth(line)
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "outputs differ from tests/golden (review, then rerun with BLESS=1):\n{}",
        differ.join("\n")
    );
}

#[test]
fn a_changed_wording_fails_the_golden_comparison() {
    // The comparison is byte for byte: the same renders against a golden file with one word
    // changed must differ. (Guards against a comparison that cannot fail.)
    let (path, text) = rendered().into_iter().find(|(p, _)| p == "zonnebloem/adviesvraag.nl.txt").unwrap();
    let golden = std::fs::read_to_string(golden_dir().join(&path)).unwrap();
    assert_eq!(golden, text);
    let changed = golden.replacen("Mijn vraag aan Veilig Thuis", "Mijn vraag voor Veilig Thuis", 1);
    assert_ne!(changed, text, "a one-word change shows");
}

#[test]
fn the_adviesvraag_is_anonymous_about_the_client_and_ends_with_the_number() {
    let (mut app, env) = app();
    let id = zonnebloem(&mut app, &env);
    let v = app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap();
    assert!(v.text.trim_end().ends_with("Bij direct gevaar: 112."), "{}", v.text);
    assert!(v.text.contains("Veilig Thuis: 0800-2000"));
    assert!(v.text.contains("(vertel ik in het gesprek)"), "empty Over jou fields are left for the call");
    assert!(v.text.contains("de leerling, 8 jaar"), "ages, not birth dates");
    assert!(v.text.contains("(hypothese)"), "profiles labelled as hypotheses when included");
    assert!(v.warnings.is_empty(), "nothing identifying in this case: {:?}", v.warnings);
    // Profiles only when the professional adds them.
    let mut a = app.open_case(id.clone()).unwrap().case.adviesvraag;
    a.include_profiles = false;
    edit(&mut app, &id, Edit::SetAdviesvraag { adviesvraag: a });
    assert!(!app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap().text.contains("hypothese"));
    // The output language may differ from the UI language.
    let en = app.render_output(id, "adviesvraag".into(), "en".into()).unwrap();
    assert_eq!(en.lang, "en");
    assert!(en.text.starts_with("Confidential\n\nAdvice request to Veilig Thuis\n"));
}

#[test]
fn the_warning_points_at_the_field_and_the_span() {
    let (mut app, env) = app();
    let id = kastanje(&mut app, &env);
    edit(
        &mut app,
        &id,
        observation(
            ObservationKind::Signal,
            "Moeder, Fatima el Amrani, belde vanaf 06-12345678.",
            Some(date(2026, 11, 20)),
            InfoSource::Own,
            "",
        ),
    );
    let obs = app.open_case(id.clone()).unwrap().case.observations[0].id.clone();
    let v = app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap();
    assert_eq!(v.warnings.len(), 1, "{:?}", v.warnings);
    let w = &v.warnings[0];
    assert_eq!((w.field.place, w.field.item.as_deref(), w.field.part), ("observation", Some(obs.as_str()), "fact"));
    assert_eq!(w.where_label, "Stap 1, signaal of contra-indicatie");
    let kinds: Vec<&str> = w.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, ["name", "phone"]);
    let utf16: Vec<u16> = w.text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[w.findings[0].start..w.findings[0].end]).unwrap(), "Fatima el Amrani");
    // Fixed by the professional: the warning goes.
    edit(
        &mut app,
        &id,
        Edit::SaveObservation {
            observation: ObservationInput {
                id: Some(obs),
                kind: ObservationKind::Signal,
                fact: "Moeder belde.".into(),
                date: Some(date(2026, 11, 20)),
                source: InfoSource::Own,
                interpretation: String::new(),
            },
        },
    );
    assert!(app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap().warnings.is_empty());
    // Over jou is identified on purpose: no warning for the professional's own phone number.
    edit(
        &mut app,
        &id,
        Edit::SetAdviesvraag {
            adviesvraag: Adviesvraag {
                asker: Asker { reach: "06-87654321".into(), ..Default::default() },
                ..Default::default()
            },
        },
    );
    assert!(app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap().warnings.is_empty());
    // The other outputs go into the professional's own files: no warnings.
    edit(
        &mut app,
        &id,
        Edit::SetAdviesvraag {
            adviesvraag: Adviesvraag { question: "Wat moet ik doen met Jan Jansen?".into(), ..Default::default() },
        },
    );
    assert_eq!(
        app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap().warnings[0].field.part,
        "question"
    );
    assert!(app.render_output(id, "verslag".into(), "nl".into()).unwrap().warnings.is_empty());
}

#[test]
fn the_leerlingdossier_note_holds_facts_and_steps_but_no_interpretation_hypothesis_or_quote() {
    let (mut app, env) = app();
    let id = zonnebloem(&mut app, &env);
    let text = app.render_output(id, "leerlingdossier".into(), "nl".into()).unwrap().text;
    assert!(text.contains("Blauwe plekken op beide bovenarmen"));
    assert!(text.contains("Aanmelding bij het wijkteam"));
    for absent in
        ["Past bij hard vastpakken", "hypothese", "Papa knijpt", "Lichamelijke", "niet melden, omdat", "Interpretatie"]
    {
        assert!(!text.contains(absent), "the leerlingdossier note holds no {absent:?}:\n{text}");
    }
}

#[test]
fn the_plain_summary_is_off_by_default_and_refused_where_a_paper_at_home_is_dangerous() {
    let (mut app, env) = app();
    let id = kastanje(&mut app, &env);
    assert_eq!(app.render_output(id.clone(), "eenvoudig".into(), "nl".into()).unwrap_err().code, "error-summary-off");
    let choice = |app: &App, id: &str| {
        app.open_case(id.into()).unwrap().outputs.into_iter().find(|o| o.id == "eenvoudig").unwrap().refused
    };
    let unsafe_on_paper = |app: &App, id: &str| {
        app.open_case(id.into()).unwrap().outputs.into_iter().find(|o| o.id == "eenvoudig").unwrap().unsafe_on_paper
    };
    assert!(choice(&app, &id).is_some());
    assert!(!unsafe_on_paper(&app, &id), "merely off: the UI still offers its editor");
    edit(&mut app, &id, Edit::SetPlainSummary { summary: PlainSummary { enabled: true, ..Default::default() } });
    assert!(app.render_output(id.clone(), "eenvoudig".into(), "nl".into()).is_ok());
    assert_eq!(choice(&app, &id), None);
    // Every form flagged unsafe_on_paper in content refuses it, with the reason named.
    let flagged: Vec<String> =
        app.protocol().forms().iter().filter(|f| f.unsafe_on_paper).map(|f| f.choice.id.clone()).collect();
    assert_eq!(
        flagged,
        [
            "intieme-terreur",
            "seksueel-misbruik",
            "eergerelateerd-geweld",
            "huwelijksdwang",
            "achterlating",
            "vgv",
            "kindhuwelijk",
            "mensenhandel",
            "stalking"
        ]
    );
    for form in flagged {
        edit(&mut app, &id, Edit::SetForm { form: form.clone(), on: true });
        let e = app.render_output(id.clone(), "eenvoudig".into(), "en".into()).unwrap_err();
        assert_eq!(e.code, "error-summary-unsafe", "{form}");
        assert!(
            e.message.contains("Een papier dat thuis gevonden wordt"),
            "the reason in the UI language: {}",
            e.message
        );
        assert!(choice(&app, &id).is_some_and(|r| r.contains("vastgelegd")));
        assert!(unsafe_on_paper(&app, &id));
        edit(&mut app, &id, Edit::SetForm { form, on: false });
    }
    // A sign of coercive control refuses it too.
    edit(&mut app, &id, Edit::SetProfileIndicator { indicator: "isolatie".into(), on: true });
    assert_eq!(app.render_output(id, "eenvoudig".into(), "nl".into()).unwrap_err().code, "error-summary-unsafe");
}

#[test]
fn the_decision_log_records_what_happened_when_in_utc_without_free_text() {
    let (mut app, env) = app();
    let id = zonnebloem(&mut app, &env);
    let case = app.open_case(id.clone()).unwrap();
    let events: Vec<&LogEvent> = case.case.log.iter().map(|e| &e.event).collect();
    assert_eq!(events[0], &LogEvent::Created);
    assert!(events.contains(&&LogEvent::StepDone { step: "signalen".into(), done: true }));
    assert!(events.contains(&&LogEvent::Answer { question: "veiligheid".into(), value: Some(AnswerValue::Nee) }));
    assert!(events.contains(&&LogEvent::Decision { decision: "melden".into(), value: Some(false) }));
    assert!(events.contains(&&LogEvent::FollowUp { question: "resultaat".into(), due: Some(date(2026, 12, 14)) }));
    // Editing a reason only changes no answer: nothing logged.
    let n = case.case.log.len();
    edit(&mut app, &id, answer("veiligheid", AnswerValue::Nee, "Anders verwoord."));
    assert_eq!(app.open_case(id.clone()).unwrap().case.log.len(), n);
    // Close and reopen, at a later time.
    env.set_now(noon(2026, 11, 24));
    edit(
        &mut app,
        &id,
        Edit::Close { step: "beslissen".into(), reason: "Hulp loopt.".into(), in_dossier: true, kind: None },
    );
    edit(&mut app, &id, Edit::Reopen);
    let log = app.open_case(id.clone()).unwrap().case.log;
    assert_eq!(
        log[log.len() - 2],
        LogEntry { at: noon(2026, 11, 24), event: LogEvent::Closed { step: "beslissen".into() } }
    );
    assert_eq!(log[log.len() - 1].event, LogEvent::Reopened);
    // No free text in the log.
    let json = serde_json::to_string(&log).unwrap();
    for text in ["Zonnebloem", "Blauwe", "Hulp loopt", "Anders", "wijkteam", "Papa"] {
        assert!(!json.contains(text), "the log holds no free text, but has {text:?}");
    }
    // The timeline shows it in words, with the stored UTC time beside the local one.
    let tl = app.open_case(id).unwrap().timeline;
    assert_eq!(tl[0].text, "Casus gestart");
    assert!(tl.iter().any(|t| t.text == "Afweging 2 (Veiligheid): Nee"), "{tl:?}");
    assert!(tl.iter().any(|t| t.text == "Beslissing 1: Nee"));
    assert!(tl.iter().any(|t| t.text == "Casus afgesloten in stap 5" && t.at == "2026-11-24T12:00:00+00:00"));
}

#[test]
fn follow_ups_due_or_overdue_put_their_case_first_and_show_after_unlocking() {
    let (mut app, env) = app();
    let z = zonnebloem(&mut app, &env); // VT agreement 20-11, afweging 5 on 14-12
    let e = eik(&mut app, &env); // VT agreement 14-10
    let k = kastanje(&mut app, &env); // none; changed last
    env.set_now(noon(2026, 10, 10));
    let list = app.list_cases();
    assert_eq!(list[0].id, k, "nothing due yet: by last change");
    env.set_now(noon(2026, 11, 20));
    let list = app.list_cases();
    assert_eq!(
        list.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        [e.as_str(), z.as_str(), k.as_str()],
        "overdue first, then due today"
    );
    assert_eq!(list[0].due.as_ref().map(|d| d.state), Some("overdue"));
    assert_eq!(list[1].due.as_ref().map(|d| (d.state, d.state_label.as_str())), Some(("today", "Vandaag")));
    assert!(list[2].due.is_none());
    // After unlocking the start screen holds the same list.
    assert_eq!(
        app.startup().cases.iter().map(|c| c.due.as_ref().map(|d| d.state)).collect::<Vec<_>>(),
        [Some("overdue"), Some("today"), None]
    );
    // A VT agreement with a date keeps a closed case from being destroyed, like any follow-up.
    edit(
        &mut app,
        &e,
        Edit::SetMeldingRecord {
            record: MeldingRecord {
                attempts: vec![],
                vt_agreements: vec![VtAgreement { what: "Nabellen".into(), due: Some(date(2027, 1, 4)) }],
                objections_met: String::new(),
            },
        },
    );
    edit(
        &mut app,
        &e,
        Edit::Close {
            step: "beslissen".into(),
            reason: "Veilig Thuis neemt over.".into(),
            in_dossier: true,
            kind: None,
        },
    );
    env.set_now(noon(2026, 12, 30));
    app.purge_expired();
    assert!(app.open_case(e.clone()).is_ok(), "kept while the agreement with Veilig Thuis is open");
    env.set_now(noon(2027, 2, 10));
    app.purge_expired();
    assert!(app.open_case(e).is_err(), "destroyed once the agreement's date has passed and the retention too");
}

#[test]
fn the_clipboard_is_cleared_after_30_seconds_only_if_it_still_holds_the_copy() {
    let (mut app, env) = app();
    let clip = FakeClipboard::default();
    app.set_clipboard(Box::new(clip.clone()));
    let id = zonnebloem(&mut app, &env);
    env.set_now(noon(2026, 11, 23));
    let copied = app.copy_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap();
    assert_eq!(copied.clear_after_secs, 30);
    let text = app.render_output(id.clone(), "adviesvraag".into(), "nl".into()).unwrap().text;
    assert_eq!(clip.content().as_deref(), Some(text.as_str()));
    assert_eq!(
        copied.case.case.log.last().unwrap().event,
        LogEvent::Output { output: OutputKind::Adviesvraag, action: OutputAction::Copied, lang: "nl".into() }
    );
    assert!(copied.case.timeline.last().unwrap().text.starts_with("Gekopieerd: Adviesvraag voor Veilig Thuis"));
    // 29 seconds: still there.
    env.set_now(noon(2026, 11, 23) + chrono::Duration::seconds(29));
    assert!(!app.clipboard_check());
    assert_eq!(clip.content().as_deref(), Some(text.as_str()));
    // 30 seconds: cleared.
    env.set_now(noon(2026, 11, 23) + chrono::Duration::seconds(30));
    assert!(app.clipboard_check());
    assert_eq!(clip.content(), None);
    // Something else copied in between is left alone.
    app.copy_output(id.clone(), "soep".into(), "en".into()).unwrap();
    clip.set("iets anders");
    env.set_now(noon(2026, 11, 23) + chrono::Duration::seconds(90));
    assert!(!app.clipboard_check());
    assert_eq!(clip.content().as_deref(), Some("iets anders"));
    // The periodic tick clears too, and so does locking (at once).
    app.copy_output(id.clone(), "verslag".into(), "nl".into()).unwrap();
    env.set_now(noon(2026, 11, 23) + chrono::Duration::seconds(125));
    app.tick();
    assert_eq!(clip.content(), None);
    app.copy_output(id.clone(), "verslag".into(), "nl".into()).unwrap();
    app.lock().unwrap();
    assert_eq!(clip.content(), None, "locking clears a copy at once");
    // A refused output is not copied, and nothing is logged.
    app.unlock(String::new()).ok();
    let k = kastanje(&mut app, &env);
    assert_eq!(
        app.copy_output(k.clone(), "eenvoudig".into(), "nl".into()).map(|_| ()).unwrap_err().code,
        "error-summary-off"
    );
    assert_eq!(clip.content(), None);
    assert_eq!(app.open_case(k).unwrap().case.log.len(), 1);
}

#[test]
fn the_new_fields_are_checked_and_applied_whole() {
    let (mut app, env) = app();
    let id = kastanje(&mut app, &env);
    let too_many = Adviesvraag { concerns: vec!["a".into(), "b".into(), "c".into(), "d".into()], ..Default::default() };
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetAdviesvraag { adviesvraag: too_many }).unwrap_err().code,
        "error-adviesvraag-out-of-range"
    );
    let old =
        Adviesvraag { household: vec![HouseholdMember { role: "oma".into(), age: Some(130) }], ..Default::default() };
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetAdviesvraag { adviesvraag: old }).unwrap_err().code,
        "error-adviesvraag-out-of-range"
    );
    let long = Adviesvraag { question: "x".repeat(MAX_TEXT_CHARS + 1), ..Default::default() };
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetAdviesvraag { adviesvraag: long }).unwrap_err().code,
        "error-text-too-long"
    );
    assert_eq!(app.open_case(id.clone()).unwrap().case.adviesvraag, Adviesvraag::default(), "nothing half-applied");
    // Empty rows at the end are dropped, the others keep their place (issue 14: a text stays in
    // the row it was typed in); Dutch characters kept.
    let a = Adviesvraag {
        household: vec![
            HouseholdMember::default(),
            HouseholdMember { role: "moeder".into(), age: Some(41) },
            HouseholdMember::default(),
        ],
        concerns: vec!["  ".into(), "Zoë's angst".into(), String::new()],
        ..Default::default()
    };
    let saved = app.edit_case(id.clone(), Edit::SetAdviesvraag { adviesvraag: a }).unwrap().case.adviesvraag;
    assert_eq!(saved.household.len(), 2);
    assert_eq!(saved.household[1].role, "moeder");
    assert_eq!(saved.concerns, ["  ", "Zoë's angst"]);
    assert_eq!(
        app.edit_case(
            id,
            Edit::RecordOutput { output: OutputKind::Verslag, action: OutputAction::Copied, lang: "fr".into() }
        )
        .unwrap_err()
        .code,
        "error-output-language"
    );
}

/// The leerlingdossier note and the SOEP note of a fresh pupil case, refused or not.
fn inzage_codes(app: &App, id: &str) -> (Option<String>, Option<String>) {
    let code = |output: &str| app.render_output(id.into(), output.into(), "nl".into()).err().map(|e| e.code);
    (code("leerlingdossier"), code("soep"))
}

#[test]
fn each_gate_refuses_the_notes_others_can_read_with_the_reason_and_the_reduced_note_says_what_is_left_out() {
    let (mut app, env) = app();
    let refused = (Some("error-output-inzage".to_string()), Some("error-output-inzage".to_string()));
    let fresh = |app: &mut App| {
        let id = kastanje(app, &env);
        edit(
            app,
            &id,
            Edit::SetProfile { field: "onderwijs".into(), subject: "kind".into(), suspect: "huiselijke-kring".into() },
        );
        edit(
            app,
            &id,
            observation(
                ObservationKind::Signal,
                "Blauwe plek op de wang.",
                Some(date(2026, 11, 20)),
                InfoSource::Own,
                "",
            ),
        );
        id
    };
    // Nothing that makes a paper unsafe: both notes are made.
    let id = fresh(&mut app);
    assert_eq!(inzage_codes(&app, &id), (None, None));
    // Step 3 postponed (only offered for a postponing form; the form alone gates already, so
    // check the reason is named).
    edit(&mut app, &id, Edit::SetForm { form: "seksueel-misbruik".into(), on: true });
    edit(
        &mut app,
        &id,
        Edit::SetGesprek {
            gesprek: GesprekStatus::Postponed { until: "politie".into(), note: "Eerst de zedenpolitie.".into() },
        },
    );
    assert_eq!(inzage_codes(&app, &id), refused);
    let msg = app.render_output(id.clone(), "leerlingdossier".into(), "nl".into()).unwrap_err().message;
    assert!(msg.contains("Het leerlingdossier kan worden ingezien door de ouders"), "{msg}");
    assert!(msg.contains("(stap 3) is uitgesteld"), "{msg}");
    assert!(msg.contains("Seksueel misbruik"), "{msg}");
    // Each unsafe_on_paper form on its own.
    let flagged: Vec<String> =
        app.protocol().forms().iter().filter(|f| f.unsafe_on_paper).map(|f| f.choice.id.clone()).collect();
    assert!(flagged.len() >= 6, "{flagged:?}");
    for form in &flagged {
        let id = fresh(&mut app);
        edit(&mut app, &id, Edit::SetForm { form: form.clone(), on: true });
        assert_eq!(inzage_codes(&app, &id), refused, "{form}");
        let label = app.protocol().form(form).map(|f| f.choice.label.clone()).unwrap();
        let msg = app.render_output(id.clone(), "soep".into(), "nl".into()).unwrap_err().message;
        assert!(msg.contains("De patiënt") || msg.contains("de patiënt"), "{msg}");
        assert!(msg.contains("er is vastgelegd"), "{form}: {msg} ({label})");
    }
    // Step 3 skipped for someone's safety; skipped for lack of contact does not gate.
    let id = fresh(&mut app);
    edit(
        &mut app,
        &id,
        Edit::SetGesprek {
            gesprek: GesprekStatus::Skipped { reason: "geen-contact".into(), note: "Verhuisd.".into() },
        },
    );
    assert_eq!(inzage_codes(&app, &id), (None, None));
    edit(
        &mut app,
        &id,
        Edit::SetGesprek { gesprek: GesprekStatus::Skipped { reason: "gevaar-zelf".into(), note: "Dreigt.".into() } },
    );
    assert_eq!(inzage_codes(&app, &id), refused);
    assert!(app
        .render_output(id.clone(), "leerlingdossier".into(), "nl".into())
        .unwrap_err()
        .message
        .contains("niet gevoerd, omdat het iemand in gevaar brengt"));
    // Coercive control (a profile indicator).
    let id = fresh(&mut app);
    edit(&mut app, &id, Edit::SetProfileIndicator { indicator: "isolatie".into(), on: true });
    assert_eq!(inzage_codes(&app, &id), refused);
    assert!(app
        .render_output(id.clone(), "leerlingdossier".into(), "nl".into())
        .unwrap_err()
        .message
        .contains("tekenen van dwingende controle"));
    // A parent suspected: the parents read both files for a minor ...
    let id = fresh(&mut app);
    edit(&mut app, &id, Edit::SetSuspectRelation { relation: Some("broer-zus".into()) });
    assert_eq!(inzage_codes(&app, &id), (None, None));
    edit(&mut app, &id, Edit::SetSuspectRelation { relation: Some("ouder".into()) });
    assert_eq!(inzage_codes(&app, &id), refused);
    assert!(app
        .render_output(id.clone(), "soep".into(), "nl".into())
        .unwrap_err()
        .message
        .contains("de ouders met gezag van een minderjarige patiënt"));
    // ... but not the patient file of an adult.
    edit(
        &mut app,
        &id,
        Edit::SetProfile { field: "arts".into(), subject: "volwassene".into(), suspect: "huiselijke-kring".into() },
    );
    assert_eq!(inzage_codes(&app, &id).1, None);
    assert_eq!(inzage_codes(&app, &id).0.as_deref(), Some("error-output-not-for-field"), "onderwijs only");
    // The reduced note, chosen by the professional, says what was left out and where the full
    // record lives, and holds nothing of the concern.
    let id = linde(&mut app, &env, true);
    let note = app.render_output(id.clone(), "leerlingdossier".into(), "nl".into()).unwrap().text;
    assert!(note.contains("Beperkte notitie"), "{note}");
    assert!(note.contains("Weggelaten: wat gezien, gehoord of verteld is"), "{note}");
    assert!(note.contains("afgeschermd bij de aandachtsfunctionaris"), "{note}");
    assert!(note.contains("afgeschermde deel van het leerlingdossier"), "{note}");
    for absent in ["Huilt", "Slaapt", "de leerling", "Veilig Thuis", "Seksueel", "uitgesteld", "verzorger", "melding"] {
        assert!(!note.contains(absent), "the reduced note holds no {absent:?}:\n{note}");
    }
    let soep = app.render_output(id.clone(), "soep".into(), "nl".into()).unwrap().text;
    assert!(soep.contains("Scherm deze regel af voor online inzage"), "{soep}");
    assert!(soep.contains("art. 7:456 BW"), "{soep}");
    for absent in ["Slaapt", "Huilt", "Vermoeden", "Seksueel", "melding", "Veilig Thuis"] {
        assert!(!soep.contains(absent), "the reduced SOEP note holds no {absent:?}:\n{soep}");
    }
    // The choice is in the decision log, and can be undone.
    let view =
        app.edit_case(id.clone(), Edit::SetOutputReduced { output: OutputKind::Leerlingdossier, on: false }).unwrap();
    assert_eq!(
        view.case.log.last().unwrap().event,
        LogEvent::OutputReduced { output: OutputKind::Leerlingdossier, on: false }
    );
    let choice = view.outputs.iter().find(|o| o.id == "leerlingdossier").unwrap();
    assert!(choice.reducible && !choice.reduced && choice.refused.is_some());
    assert_eq!(inzage_codes(&app, &id).0.as_deref(), Some("error-output-inzage"));
}

#[test]
fn the_leerlingdossier_note_is_offered_to_onderwijs_only_and_never_names_who_told() {
    let (mut app, env) = app();
    let e = eik(&mut app, &env);
    assert!(app.open_case(e.clone()).unwrap().outputs.iter().all(|o| o.id != "leerlingdossier"));
    let err = app.render_output(e, "leerlingdossier".into(), "nl".into()).unwrap_err();
    assert_eq!(err.code, "error-output-not-for-field");
    assert!(err.message.contains("Onderwijs"), "{}", err.message);
    let z = zonnebloem(&mut app, &env);
    let text = app.render_output(z, "leerlingdossier".into(), "nl".into()).unwrap().text;
    assert!(!text.contains("verteld door"), "{text}");
    assert!(text.contains("Afgeschermd"), "{text}");
}

#[test]
fn a_situation_derived_from_words_is_a_labelled_suggestion_until_the_professional_confirms_it() {
    let (mut app, env) = app();
    let id = kastanje(&mut app, &env);
    let p = app.protocol().clone();
    let situation = p.situations().iter().find(|m| m.disclosure).unwrap().choice.id.clone();
    let quote = |speaker: &str| Edit::SaveQuote {
        quote: QuoteInput {
            id: None,
            words: "Mama zegt dat hij van de trap viel.".into(),
            question_before: String::new(),
            said_at: date(2026, 11, 20).and_hms_opt(9, 0, 0).unwrap(),
            who: String::new(),
            speaker: Some(speaker.into()),
            context: String::new(),
        },
    };
    // A parent's words suggest nothing.
    edit(&mut app, &id, quote("ouder"));
    for output in ["verslag", "overdracht", "adviesvraag"] {
        let text = app.render_output(id.clone(), output.into(), "nl".into()).unwrap().text;
        assert!(text.contains("Acute situatie: Niet vastgelegd."), "{output}:\n{text}");
        assert!(!text.contains("Voorgesteld door Meldwijzer"), "{output}:\n{text}");
    }
    // The possible victim's words suggest the disclosure situation: labelled, never a fact.
    edit(&mut app, &id, quote("betrokkene"));
    let label = app.render_output(id.clone(), "verslag".into(), "nl".into()).unwrap().text;
    for output in ["verslag", "overdracht", "adviesvraag"] {
        let text = app.render_output(id.clone(), output.into(), "nl".into()).unwrap().text;
        assert!(text.contains("Acute situatie: Niet vastgelegd."), "{output}:\n{text}");
        assert!(text.contains("Voorgesteld door Meldwijzer: "), "{output}:\n{text}");
        assert!(text.contains("(suggestie uit vastgelegde woorden; niet bevestigd door de professional)"), "{output}");
    }
    assert!(label.contains("(onthulling)"), "{label}");
    // Confirmed by the professional: a recorded fact, and no suggestion line.
    edit(&mut app, &id, Edit::SetAcuteSituation { situation, on: true });
    let text = app.render_output(id, "verslag".into(), "nl".into()).unwrap().text;
    assert!(
        text.contains("Acute situatie: Een kind of een afhankelijke volwassene vertelt je over geweld (onthulling)")
    );
    assert!(!text.contains("Voorgesteld door Meldwijzer"), "{text}");
}

#[test]
fn dates_are_as_they_happened_and_a_date_out_of_order_gets_a_warning_with_the_click_time_kept() {
    let (mut app, env) = app();
    // Eik as first recorded: the decision clicked on 05-10, the advice of Veilig Thuis it rests
    // on dated 06-10.
    env.set_now(noon(2026, 10, 5));
    let id = new_case(&mut app, "Eik", "arts", "ouder-van-kinderen");
    edit(
        &mut app,
        &id,
        Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: "veilig-thuis-advies".into(),
                with_whom: String::new(),
                date: Some(date(2026, 10, 6)),
                outcome: "Melden.".into(),
            },
        },
    );
    edit(&mut app, &id, Edit::SetDecision { decision: "melden".into(), value: Some(true), reason: "Onveilig.".into() });
    let view = app.open_case(id.clone()).unwrap();
    assert_eq!(
        view.date_warnings,
        ["Beslissing 1 is gedateerd op 05-10-2026, vóór Veilig Thuis (advies, anoniem) op 06-10-2026. Klopt die volgorde? Pas zo nodig de datum aan."]
    );
    // The professional states the date it was decided; the warning goes, the click time stays.
    env.set_now(noon(2026, 10, 8));
    edit(&mut app, &id, Edit::SetDecisionDate { decision: "melden".into(), on: Some(date(2026, 10, 6)) });
    let view = app.open_case(id.clone()).unwrap();
    assert!(view.date_warnings.is_empty(), "{:?}", view.date_warnings);
    assert_eq!(view.case.decisions["melden"].at, noon(2026, 10, 5), "the click time is kept");
    let last = view.case.log.last().unwrap();
    assert_eq!(
        last,
        &LogEntry {
            at: noon(2026, 10, 8),
            event: LogEvent::Dated { what: "decision:melden".into(), on: Some(date(2026, 10, 6)) }
        }
    );
    assert_eq!(view.timeline.last().unwrap().text, "Datum van beslissing 1: 06-10-2026");
    let verslag = app.render_output(id.clone(), "verslag".into(), "nl".into()).unwrap().text;
    assert!(verslag.contains("Beslissing 1: Is melden noodzakelijk? Ja (op 06-10-2026)."), "{verslag}");
    // A melding dated before the decision to report is warned about too.
    edit(
        &mut app,
        &id,
        Edit::SetActions { actions: Actions { melding_on: Some(date(2026, 10, 4)), ..Default::default() } },
    );
    assert!(app.open_case(id.clone()).unwrap().date_warnings[0].starts_with("De melding is gedateerd op 04-10-2026"));
    // Step 3 marked done before the conversation took place; stated right, the warning goes.
    edit(
        &mut app,
        &id,
        Edit::SaveConversation {
            conversation: ConversationInput {
                id: None,
                date: Some(date(2026, 10, 12)),
                with_whom: "de patiënt".into(),
                separately: true,
                interpreter: false,
                their_view: String::new(),
                agreements: String::new(),
            },
        },
    );
    edit(&mut app, &id, Edit::SetStepDone { step: "gesprek".into(), done: true });
    let warnings = app.open_case(id.clone()).unwrap().date_warnings;
    assert!(
        warnings.iter().any(|w| w == "Stap 3 staat afgerond op 08-10-2026, maar wat in die stap is vastgelegd loopt tot 12-10-2026. Pas zo nodig de datum aan."),
        "{warnings:?}"
    );
    edit(&mut app, &id, Edit::SetStepDate { step: "gesprek".into(), on: Some(date(2026, 10, 12)) });
    assert!(!app.open_case(id.clone()).unwrap().date_warnings.iter().any(|w| w.starts_with("Stap 3")));
    let verslag = app.render_output(id.clone(), "verslag".into(), "nl".into()).unwrap().text;
    assert!(verslag.contains("Status: Afgerond op 12-10-2026"), "{verslag}");
    // A date for a decision not taken, or a step not done, is refused; undoing clears it.
    assert_eq!(
        app.edit_case(id.clone(), Edit::SetDecisionDate { decision: "hulp".into(), on: Some(date(2026, 10, 6)) })
            .unwrap_err()
            .code,
        "error-no-such-item"
    );
    edit(&mut app, &id, Edit::SetStepDone { step: "gesprek".into(), done: false });
    assert!(app.open_case(id).unwrap().case.step_dates.is_empty());
}
