//! The vault's figures: confirmed save latency against a bare fsync'd SQLite commit of the same
//! size on the same disk, the first page of a 10,000-case list, and unlock time with the
//! calibrated Argon2id parameters.
//!
//! `cargo bench -p meldwijzer-store --bench vault` prints the figures next to the committed
//! baseline (`benches/baseline.json`) and the targets; `MELDWIJZER_BENCH_WRITE_BASELINE=1`
//! rewrites the baseline; `MELDWIJZER_BENCH_DIR=/path` measures on another disk (default: the
//! system temp dir).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use meldwijzer_protocol::case::{InfoSource, Observation, ObservationKind};
use meldwijzer_protocol::Case;
use meldwijzer_store::{Passphrase, Vault, VaultOptions};

const SAVES: usize = 300;
const LIST_CASES: usize = 10_000;
const PAGE: usize = 50;
const UNLOCKS: usize = 5;

fn uuid(n: u64) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", n >> 48, n & 0xffff_ffff_ffff)
}

/// A typical draft: three observations of a few hundred words, about 4 KB of JSON.
fn case(n: u64, secs: i64) -> Case {
    let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap() + chrono::Duration::seconds(secs);
    let text = "Tijdens de gymles zag ik blauwe plekken op de bovenarm; de leerling trok de mouw snel omlaag. ";
    Case {
        forms: BTreeSet::from(["lichamelijk".to_owned()]),
        observations: (0..3)
            .map(|i| Observation {
                id: format!("o{i}"),
                kind: ObservationKind::Signal,
                fact: text.repeat(10),
                date: None,
                source: InfoSource::Own,
                interpretation: text.repeat(2),
            })
            .collect(),
        ..Case::blank(&uuid(n), &format!("Casus {n}"), "onderwijs", "kind", "huiselijke-kring", at)
    }
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn fresh_dir(root: &Path, name: &str) -> PathBuf {
    let d = root.join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn main() {
    let root = std::env::var_os("MELDWIJZER_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("meldwijzer-store-bench-{}", std::process::id()));
    let pass = Passphrase::from("correct horse battery staple");
    let now = Utc::now();
    let mut figures: BTreeMap<&str, f64> = BTreeMap::new();

    // 1. Confirmed save latency: vault (encrypt + COMMIT, synchronous=FULL) vs bare SQLite
    //    (same pragmas, same blob sizes, COMMIT), interleaved so both see the same disk.
    let dir = fresh_dir(&root, "save");
    let (mut vault, _) = Vault::create(&dir.join("vault.db"), &pass, &VaultOptions::for_tests()).unwrap();
    let bare = rusqlite::Connection::open(dir.join("bare.db")).unwrap();
    bare.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;
         CREATE TABLE drafts (id TEXT PRIMARY KEY, updated_at INTEGER, document BLOB, summary BLOB);",
    )
    .unwrap();
    let c = case(1, 0);
    vault.save_case(&c).unwrap();
    let (doc_len, sum_len): (i64, i64) = rusqlite::Connection::open(dir.join("vault.db"))
        .unwrap()
        .query_row("SELECT length(document), length(summary) FROM cases", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    let (doc_len, sum_len) = (doc_len as usize, sum_len as usize);
    let json_len = serde_json::to_vec(&c).unwrap().len();
    let (doc, sum) = (vec![0x5a_u8; doc_len], vec![0xa5_u8; sum_len]);
    let mut vault_times = Vec::with_capacity(SAVES);
    let mut bare_times = Vec::with_capacity(SAVES);
    for i in 0..SAVES + 20 {
        let mut c = c.clone();
        c.updated_at += chrono::Duration::seconds(i as i64);
        let start = Instant::now();
        vault.save_case(&c).unwrap();
        let v = start.elapsed();
        let start = Instant::now();
        bare.execute_batch("BEGIN IMMEDIATE").unwrap();
        bare.execute(
            "INSERT INTO drafts VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET
               updated_at = excluded.updated_at, document = excluded.document, summary = excluded.summary",
            rusqlite::params![c.id, i as i64, doc, sum],
        )
        .unwrap();
        bare.execute_batch("COMMIT").unwrap();
        let b = start.elapsed();
        if i >= 20 {
            vault_times.push(v);
            bare_times.push(b);
        }
    }
    vault.lock().unwrap();
    vault_times.sort();
    bare_times.sort();
    let (vp50, vp99, bp50, bp99) =
        (pct(&vault_times, 0.5), pct(&vault_times, 0.99), pct(&bare_times, 0.5), pct(&bare_times, 0.99));
    println!("save, {json_len} B of JSON -> {doc_len} + {sum_len} B sealed, {SAVES} saves each, interleaved:");
    println!("  vault (encrypt + COMMIT, FULL)  p50 {:.3} ms  p99 {:.3} ms", ms(vp50), ms(vp99));
    println!("  bare SQLite COMMIT, same size   p50 {:.3} ms  p99 {:.3} ms", ms(bp50), ms(bp99));
    println!("  ratio p50 {:.2}x  p99 {:.2}x  (target <= 1.5x)", ms(vp50) / ms(bp50), ms(vp99) / ms(bp99));
    figures.insert("save_vault_p50_ms", ms(vp50));
    figures.insert("save_vault_p99_ms", ms(vp99));
    figures.insert("save_bare_p50_ms", ms(bp50));
    figures.insert("save_bare_p99_ms", ms(bp99));
    figures.insert("save_ratio_p50", ms(vp50) / ms(bp50));

    // 2. First page of the list with 10,000 cases, right after unlock and warm.
    let dir = fresh_dir(&root, "list");
    let path = dir.join("vault.db");
    let (mut vault, _) = Vault::create(&path, &pass, &VaultOptions::for_tests()).unwrap();
    let start = Instant::now();
    let all: Vec<Case> = (0..LIST_CASES as u64).map(|i| case(i, i as i64)).collect();
    for chunk in all.chunks(1_000) {
        vault.save_cases(chunk).unwrap();
    }
    println!("list: {LIST_CASES} cases stored in {:.1} s (batches of 1,000)", start.elapsed().as_secs_f64());
    vault.lock().unwrap();
    let vault = Vault::unlock(&path, &pass, now).unwrap();
    let start = Instant::now();
    let page = vault.list_page(0, PAGE).unwrap();
    let cold = start.elapsed();
    assert_eq!(page.len(), PAGE);
    let mut warm: Vec<Duration> = (0..20)
        .map(|_| {
            let start = Instant::now();
            let _ = vault.list_page(0, PAGE).unwrap();
            let n = vault.count().unwrap();
            assert_eq!(n, LIST_CASES);
            start.elapsed()
        })
        .collect();
    warm.sort();
    println!(
        "  first page of {PAGE} + count: after unlock {:.2} ms, warm p50 {:.2} ms (target <= 100 ms)",
        ms(cold),
        ms(pct(&warm, 0.5))
    );
    figures.insert("list_first_page_cold_ms", ms(cold));
    figures.insert("list_first_page_warm_p50_ms", ms(pct(&warm, 0.5)));
    vault.lock().unwrap();

    // 3. Unlock with the calibrated parameters (the shipped path).
    let dir = fresh_dir(&root, "unlock");
    let path = dir.join("vault.db");
    let start = Instant::now();
    let (vault, _) = Vault::create(&path, &pass, &VaultOptions::new().with_recovery_key(false)).unwrap();
    let create = start.elapsed();
    let params = vault.kdf_params();
    vault.lock().unwrap();
    let mut unlocks: Vec<Duration> = (0..UNLOCKS)
        .map(|_| {
            let start = Instant::now();
            let v = Vault::unlock(&path, &pass, now).unwrap();
            let took = start.elapsed();
            v.lock().unwrap();
            took
        })
        .collect();
    unlocks.sort();
    println!(
        "unlock: calibrated m={} MiB t={} p={} (create incl. calibration {:.2} s); unlock median {:.0} ms, max {:.0} ms (target 500-1500 ms)",
        params.m_kib / 1024,
        params.t,
        params.p,
        create.as_secs_f64(),
        ms(pct(&unlocks, 0.5)),
        ms(*unlocks.last().unwrap())
    );
    figures.insert("unlock_median_ms", ms(pct(&unlocks, 0.5)));
    figures.insert("unlock_max_ms", ms(*unlocks.last().unwrap()));
    figures.insert("kdf_m_mib", f64::from(params.m_kib / 1024));
    figures.insert("kdf_t", f64::from(params.t));

    let _ = std::fs::remove_dir_all(&root);

    let json = format!(
        "{{\n{}\n}}\n",
        figures.iter().map(|(k, v)| format!("  \"{k}\": {v:.3}")).collect::<Vec<_>>().join(",\n")
    );
    let baseline_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/baseline.json");
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
