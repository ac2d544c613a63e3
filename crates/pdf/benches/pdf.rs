//! Rendering time and file size of a typical document (the fictitious adviesvraag, two to
//! three pages) and a long one (a 60-section step report, about 34 pages).
//!
//! `cargo bench -p meldwijzer-pdf --bench pdf` prints the figures next to the committed
//! baseline (`benches/baseline.json`) and the targets; `-- --save-baseline` rewrites the
//! baseline. `scripts/bench.sh` runs it too.

#[path = "../tests/samples/mod.rs"]
mod samples;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use meldwijzer_document::Document;
use meldwijzer_pdf::{render, PdfLabels};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Renders `doc` `runs` times after two warm-up runs; returns the sorted times and the size.
fn measure(doc: &Document, runs: usize) -> (Vec<Duration>, usize) {
    let labels = PdfLabels::new(|n, m| format!("Pagina {n} van {m}"));
    let mut size = 0;
    for _ in 0..2 {
        size = render(doc, &labels).expect("render").len();
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(render(black_box(doc), &labels).expect("render"));
            start.elapsed()
        })
        .collect();
    times.sort();
    (times, size)
}

/// The page count, as the page-number callback sees it.
fn pages(doc: &Document) -> usize {
    let total = std::cell::Cell::new(0);
    render(
        doc,
        &PdfLabels::new(|_, m| {
            total.set(m);
            String::new()
        }),
    )
    .expect("render");
    total.get()
}

fn main() {
    let save = std::env::args().any(|a| a == "--save-baseline");
    let mut figures: BTreeMap<&str, f64> = BTreeMap::new();

    let typical = samples::adviesvraag();
    let (times, size) = measure(&typical, 100);
    println!(
        "typical (adviesvraag): {size} B; render p50 {:.2} ms, p99 {:.2} ms (target p50 <= 50 ms)",
        ms(pct(&times, 0.5)),
        ms(pct(&times, 0.99))
    );
    figures.insert("typical_p50_ms", ms(pct(&times, 0.5)));
    figures.insert("typical_p99_ms", ms(pct(&times, 0.99)));
    figures.insert("typical_bytes", size as f64);

    let long = samples::long_report(60);
    let (times, size) = measure(&long, 20);
    let n = pages(&long);
    println!(
        "long (report, 60 sections, {n} pages): {size} B; render p50 {:.2} ms, p99 {:.2} ms (target p50 <= 500 ms)",
        ms(pct(&times, 0.5)),
        ms(pct(&times, 0.99))
    );
    figures.insert("long_p50_ms", ms(pct(&times, 0.5)));
    figures.insert("long_p99_ms", ms(pct(&times, 0.99)));
    figures.insert("long_bytes", size as f64);

    let json = format!(
        "{{\n{}\n}}\n",
        figures.iter().map(|(k, v)| format!("  \"{k}\": {v:.3}")).collect::<Vec<_>>().join(",\n")
    );
    let baseline_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/baseline.json");
    if save {
        std::fs::write(&baseline_path, &json).expect("write the baseline");
        println!("baseline written to {}", baseline_path.display());
    } else if let Ok(baseline) = std::fs::read_to_string(&baseline_path) {
        let base: BTreeMap<String, f64> = serde_json::from_str(&baseline).unwrap_or_default();
        println!("\n{:<20} {:>12} {:>12}", "figure", "now", "baseline");
        for (k, v) in &figures {
            let b = base.get(*k).map_or("-".to_owned(), |b| format!("{b:.3}"));
            println!("{k:<20} {v:>12.3} {b:>12}");
        }
    }
}
