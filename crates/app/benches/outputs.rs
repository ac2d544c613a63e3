//! How long each text output takes to build, through the API the UI calls
//! (`App::render_output`: load the case, build the document in the output language, render it
//! as plain text, and for the adviesvraag scan every free text for identifying details), on a
//! large fictitious case. Target: at most 10 ms per output.
//!
//! Then the PDF of each output: `render_output` and `meldwijzer_pdf::render` (layout, font
//! subsetting, writing), the work `App::save_output_pdf` does before it writes the file; and
//! once per output the whole `save_output_pdf` to a temporary folder, fsync included, whose
//! time depends mostly on the disk. Sizes are printed beside the times.
//!
//! `cargo bench -p meldwijzer-app --bench outputs` prints the figures next to the committed
//! baseline (`benches/outputs-baseline.json`); `MELDWIJZER_BENCH_WRITE_BASELINE=1` rewrites it.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, Edit, FixedEnv, NewCaseInput};
use meldwijzer_protocol::case::*;
use meldwijzer_protocol::content::AnswerValue;

const RUNS: usize = 300;
const PDF_RUNS: usize = 20;
const TARGET_MS: f64 = 10.0;

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, d).unwrap()
}

/// A case much larger than a usual one: 40 observations of a few sentences, 8 quotes,
/// 6 consultations, 4 conversations, every afweging, both decisions, a full adviesvraag.
fn big_case(app: &mut App) -> String {
    let input = NewCaseInput {
        alias: "Bench Utrecht".into(),
        field: "onderwijs".into(),
        subject: "kind".into(),
        suspect: "huiselijke-kring".into(),
        kindcheck_only: false,
    };
    let id = app.create_case(input).unwrap().case.id;
    let mut edit = |e: Edit| {
        app.edit_case(id.clone(), e).unwrap();
    };
    let fact = "Blauwe plekken op de bovenarm; de leerling trok de mouw snel omlaag toen ik ernaar keek. Moeder zegt dat het kind gevallen is bij het buitenspelen. ";
    edit(Edit::SetForm { form: "lichamelijk".into(), on: true });
    edit(Edit::SetForm { form: "verwaarlozing".into(), on: true });
    for i in 0..40u32 {
        let kind = if i % 5 == 4 { ObservationKind::CounterIndication } else { ObservationKind::Signal };
        let source = if i % 3 == 0 { InfoSource::Told { by: "de gymdocent".into() } } else { InfoSource::Own };
        edit(Edit::SaveObservation {
            observation: ObservationInput {
                id: None,
                kind,
                fact: fact.repeat(2),
                date: Some(date(1 + i % 28)),
                source,
                interpretation: "Past bij hard vastpakken.".into(),
            },
        });
    }
    for i in 0..8u32 {
        edit(Edit::SaveQuote {
            quote: QuoteInput {
                id: None,
                words: "Papa wordt boos als ik huil.".into(),
                question_before: "Hoe gaat het thuis?".into(),
                said_at: date(1 + i).and_hms_opt(10, 0, 0).unwrap(),
                who: "de leerling".into(),
                speaker: None,
                context: "Na de gymles.".into(),
            },
        });
    }
    for kind in
        ["collega", "aandachtsfunctionaris", "veilig-thuis-advies", "collega", "aandachtsfunctionaris", "letselduiding"]
    {
        edit(Edit::SaveConsultation {
            consultation: ConsultationInput {
                id: None,
                kind: kind.into(),
                with_whom: "de intern begeleider".into(),
                date: Some(date(20)),
                outcome: fact.into(),
            },
        });
    }
    for _ in 0..4 {
        edit(Edit::SaveConversation {
            conversation: ConversationInput {
                id: None,
                date: Some(date(22)),
                with_whom: "beide ouders".into(),
                separately: true,
                interpreter: false,
                their_view: fact.into(),
                agreements: fact.into(),
            },
        });
    }
    for q in ["vermoeden", "veiligheid", "hulp", "aanvaarden"] {
        edit(Edit::SetAnswer { question: q.into(), value: Some(AnswerValue::Ja), reason: fact.into() });
    }
    edit(Edit::SetFollowUp { question: "resultaat".into(), due: Some(date(30)), note: fact.into() });
    edit(Edit::SetDecision { decision: "melden".into(), value: Some(true), reason: fact.into() });
    edit(Edit::SetDecision { decision: "hulp".into(), value: Some(true), reason: fact.into() });
    edit(Edit::SetAdviesvraag {
        adviesvraag: Adviesvraag {
            asker: Asker {
                name: "Anna".into(),
                organisation: "School".into(),
                role: "Leerkracht".into(),
                relation: "Mentor".into(),
                reach: "Via school".into(),
            },
            household: (0..6).map(|i| HouseholdMember { role: "kind".into(), age: Some(3 + i) }).collect(),
            household_note: fact.into(),
            concerns: vec![fact.into(), fact.into(), fact.into()],
            own_possibilities: fact.into(),
            question: fact.into(),
            include_profiles: true,
            other_professionals: fact.into(),
            protective_factors: fact.into(),
        },
    });
    edit(Edit::SetPlainSummary {
        summary: PlainSummary {
            enabled: true,
            worries: fact.into(),
            going_well: fact.into(),
            next: fact.into(),
            contact: fact.into(),
        },
    });
    id
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 2, 12, 0, 0).unwrap());
    let mut app = App::new(AppConfig::default(), Box::new(env)).unwrap();
    let id = big_case(&mut app);
    let text_len = app.render_output(id.clone(), "verslag".into(), "nl".into()).unwrap().text.len();
    println!("render_output on a case with 40 observations, 8 quotes, 10 conversations and consultations ({text_len} B verslag), {RUNS} runs each:");
    let mut figures: BTreeMap<String, f64> = BTreeMap::new();
    for output in ["adviesvraag", "verslag", "soep", "leerlingdossier", "overdracht", "eenvoudig"] {
        for lang in ["nl", "en"] {
            let mut times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let start = Instant::now();
                    let out = app.render_output(id.clone(), output.into(), lang.into()).unwrap();
                    std::hint::black_box(out);
                    start.elapsed()
                })
                .collect();
            times.sort();
            let p50 = ms(times[RUNS / 2]);
            let p99 = ms(times[RUNS * 99 / 100]);
            let max = ms(times[RUNS - 1]);
            println!("  {output:<16} {lang}  p50 {p50:.3} ms  p99 {p99:.3} ms  max {max:.3} ms  (target <= {TARGET_MS} ms){}", if p99 > TARGET_MS { "  OVER TARGET" } else { "" });
            if lang == "nl" {
                figures.insert(format!("{output}_p50_ms"), p50);
                figures.insert(format!("{output}_p99_ms"), p99);
            }
        }
    }
    println!("\nPDF of each output (render_output + meldwijzer_pdf::render), {PDF_RUNS} runs each; then save_output_pdf once:");
    let dir = std::env::temp_dir().join(format!("meldwijzer-bench-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for output in ["adviesvraag", "verslag", "soep", "leerlingdossier", "overdracht", "eenvoudig"] {
        let mut size = 0;
        let mut times: Vec<Duration> = (0..PDF_RUNS)
            .map(|_| {
                let start = Instant::now();
                let out = app.render_output(id.clone(), output.into(), "nl".into()).unwrap();
                let labels = meldwijzer_pdf::PdfLabels::new(|page, pages| format!("Pagina {page} van {pages}"));
                let bytes = meldwijzer_pdf::render(&out.document, &labels).unwrap();
                size = bytes.len();
                std::hint::black_box(bytes);
                start.elapsed()
            })
            .collect();
        times.sort();
        let p50 = ms(times[PDF_RUNS / 2]);
        let max = ms(times[PDF_RUNS - 1]);
        let start = Instant::now();
        let saved =
            app.save_output_pdf(id.clone(), output.into(), "nl".into(), dir.join(format!("{output}.pdf"))).unwrap();
        let save = ms(start.elapsed());
        println!(
            "  {output:<16} nl  p50 {p50:.2} ms  max {max:.2} ms  {size} B  save_output_pdf {save:.2} ms ({} B)",
            saved.bytes
        );
        figures.insert(format!("{output}_pdf_p50_ms"), p50);
    }
    std::fs::remove_dir_all(&dir).ok();

    let baseline_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/outputs-baseline.json");
    let json = serde_json::to_string_pretty(
        &figures.iter().map(|(k, v)| (k.clone(), (v * 1000.0).round() / 1000.0)).collect::<BTreeMap<_, _>>(),
    )
    .unwrap();
    if std::env::var_os("MELDWIJZER_BENCH_WRITE_BASELINE").is_some() {
        std::fs::write(&baseline_path, format!("{json}\n")).unwrap();
        println!("baseline written to {}", baseline_path.display());
    } else if let Ok(baseline) = std::fs::read_to_string(&baseline_path) {
        let base: BTreeMap<String, f64> = serde_json::from_str(&baseline).unwrap_or_default();
        println!("\n{:<26} {:>10} {:>10}", "figure (nl)", "now", "baseline");
        for (k, v) in &figures {
            let b = base.get(k).map(|b| format!("{b:.3}")).unwrap_or_else(|| "-".into());
            println!("{k:<26} {v:>10.3} {b:>10}");
        }
    }
}
