//! Autosave and the case list at the app API, on a vault with many cases (release build):
//!
//! 1. Confirmed autosave latency: `App::edit_case` (load, apply, seal document and summary,
//!    COMMIT with synchronous=FULL) on a vault holding `MELDWIJZER_BENCH_CASES` cases
//!    (default 10,000), interleaved with a bare SQLite commit (same pragmas, same sealed
//!    sizes) on the same disk. Target: p50 within 1.5x of bare.
//! 2. The case list's first page (`App::list_cases_page(0, 50)`) with those cases, right
//!    after unlock and warm: it reads every summary (two small envelopes each) to sort due
//!    follow-ups first, never a document. Target <= 100 ms.
//! 3. `App::unlock` with the shipped, calibrated KDF.
//!
//! `cargo bench -p meldwijzer-app --bench autosave`; compares with `benches/autosave-baseline.json`,
//! `MELDWIJZER_BENCH_WRITE_BASELINE=1` rewrites it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use meldwijzer_app::{App, AppConfig, Edit, FixedEnv, NewCaseInput, LIST_PAGE};

const EDITS: usize = 300;
const PASSPHRASE: &str = "paarse olifant op de fiets";

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let cases: usize = std::env::var("MELDWIJZER_BENCH_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let root: PathBuf = std::env::var_os("MELDWIJZER_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("meldwijzer-app-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let vault_path = root.join("vault.db");
    let env = FixedEnv::new(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
    let config = AppConfig { vault_path: Some(vault_path.clone()), ..AppConfig::default() };
    let mut app = App::new(config.clone(), Box::new(env)).unwrap();
    let mut figures: BTreeMap<&str, f64> = BTreeMap::new();

    let start = Instant::now();
    app.create_vault(PASSPHRASE.into(), false).unwrap();
    println!("set-up with calibration: {:.2} s", start.elapsed().as_secs_f64());
    let start = Instant::now();
    let due = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let mut ids = Vec::with_capacity(cases);
    for i in 0..cases {
        let input = NewCaseInput {
            alias: format!("Casus {i:05}"),
            field: "onderwijs".into(),
            subject: "kind".into(),
            suspect: "huiselijke-kring".into(),
            kindcheck_only: false,
        };
        let id = app.create_case(input).unwrap().case.id;
        if i % 10 == 0 {
            // One in ten has an overdue follow-up: the list puts these first.
            app.edit_case(
                id.clone(),
                Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: "Opnieuw kijken.".into() },
            )
            .unwrap();
        }
        ids.push(id);
    }
    println!("{cases} cases created through App::create_case in {:.1} s", start.elapsed().as_secs_f64());

    // 1. Autosave: a note of constant length with changing text (same padded sizes each time).
    let target = ids[cases / 2].clone();
    let note = |i: usize| format!("{:0>400}", i);
    app.edit_case(target.clone(), Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: note(0) })
        .unwrap();
    let (doc_len, sum_len): (i64, i64) = rusqlite::Connection::open(&vault_path)
        .unwrap()
        .query_row("SELECT length(document), length(summary) FROM cases WHERE case_id = ?1", [&target], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let bare = rusqlite::Connection::open(root.join("bare.db")).unwrap();
    bare.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;
         CREATE TABLE drafts (id TEXT PRIMARY KEY, updated_at INTEGER, document BLOB, summary BLOB);",
    )
    .unwrap();
    let (doc, sum) = (vec![0x5a_u8; doc_len as usize], vec![0xa5_u8; sum_len as usize]);
    let (mut app_times, mut bare_times) = (Vec::with_capacity(EDITS), Vec::with_capacity(EDITS));
    for i in 0..EDITS + 20 {
        let edit = Edit::SetFollowUp { question: "resultaat".into(), due: Some(due), note: note(i + 1) };
        let start = Instant::now();
        app.edit_case(target.clone(), edit).unwrap();
        let a = start.elapsed();
        let start = Instant::now();
        bare.execute_batch("BEGIN IMMEDIATE").unwrap();
        bare.execute(
            "INSERT INTO drafts VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET
               updated_at = excluded.updated_at, document = excluded.document, summary = excluded.summary",
            rusqlite::params![target, i as i64, doc, sum],
        )
        .unwrap();
        bare.execute_batch("COMMIT").unwrap();
        let b = start.elapsed();
        if i >= 20 {
            app_times.push(a);
            bare_times.push(b);
        }
    }
    app_times.sort();
    bare_times.sort();
    let (ap50, ap99, bp50, bp99) =
        (pct(&app_times, 0.5), pct(&app_times, 0.99), pct(&bare_times, 0.5), pct(&bare_times, 0.99));
    println!("autosave with {cases} cases, {doc_len} + {sum_len} B sealed, {EDITS} edits each, interleaved:");
    println!("  App::edit_case (load, apply, seal, COMMIT FULL)  p50 {:.3} ms  p99 {:.3} ms", ms(ap50), ms(ap99));
    println!("  bare SQLite COMMIT, same sizes                  p50 {:.3} ms  p99 {:.3} ms", ms(bp50), ms(bp99));
    println!("  ratio p50 {:.2}x  p99 {:.2}x  (target <= 1.5x)", ms(ap50) / ms(bp50), ms(ap99) / ms(bp99));
    figures.insert("autosave_app_p50_ms", ms(ap50));
    figures.insert("autosave_app_p99_ms", ms(ap99));
    figures.insert("autosave_bare_p50_ms", ms(bp50));
    figures.insert("autosave_bare_p99_ms", ms(bp99));
    figures.insert("autosave_ratio_p50", ms(ap50) / ms(bp50));
    figures.insert("autosave_ratio_p99", ms(ap99) / ms(bp99));

    // 2 and 3. Unlock, then the first page of the list, cold and warm.
    app.lock().unwrap();
    let start = Instant::now();
    let startup = app.unlock(PASSPHRASE.into()).unwrap();
    let unlock = start.elapsed();
    assert_eq!(startup.cases.len(), LIST_PAGE.min(cases));
    let start = Instant::now();
    let page = app.list_cases_page(0, LIST_PAGE);
    let cold = start.elapsed();
    assert_eq!(page.total, cases);
    assert!(
        page.cases[0].due.as_ref().is_some_and(|d| d.state == "overdue" || d.state == "today"),
        "due follow-ups first"
    );
    let mut warm: Vec<Duration> = (0..20)
        .map(|_| {
            let start = Instant::now();
            let _ = app.list_cases_page(0, LIST_PAGE);
            start.elapsed()
        })
        .collect();
    warm.sort();
    println!(
        "unlock (calibrated KDF, then purge check and first page): {:.0} ms; list first page of {LIST_PAGE} of {cases}: {:.1} ms after unlock, warm p50 {:.1} ms (target <= 100 ms)",
        ms(unlock),
        ms(cold),
        ms(pct(&warm, 0.5))
    );
    figures.insert("unlock_with_first_page_ms", ms(unlock));
    figures.insert("list_first_page_cold_ms", ms(cold));
    figures.insert("list_first_page_warm_p50_ms", ms(pct(&warm, 0.5)));
    drop(app);
    let _ = std::fs::remove_dir_all(&root);

    let json = format!(
        "{{\n{}\n}}\n",
        figures.iter().map(|(k, v)| format!("  \"{k}\": {v:.3}")).collect::<Vec<_>>().join(",\n")
    );
    let baseline_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/autosave-baseline.json");
    if std::env::var_os("MELDWIJZER_BENCH_WRITE_BASELINE").is_some() {
        std::fs::write(&baseline_path, &json).unwrap();
        println!("baseline written to {}", baseline_path.display());
    } else if let Ok(baseline) = std::fs::read_to_string(&baseline_path) {
        let base: BTreeMap<String, f64> = serde_json::from_str(&baseline).unwrap_or_default();
        println!("\n{:<30} {:>10} {:>10}", "figure", "now", "baseline");
        for (k, v) in &figures {
            let b = base.get(*k).map_or("-".to_owned(), |b| format!("{b:.3}"));
            println!("{k:<30} {v:>10.3} {b:>10}");
        }
    }
}
