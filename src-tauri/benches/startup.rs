//! Startup time and IPC latency of the real app (a bench, not a test).
//!
//! 1. Startup: for `--runs` rounds (default 20), start the release app and a
//!    bare Tauri window (`examples/bare`) alternately, each with
//!    `MELDWIJZER_REPORT_READY=1` and a fresh HOME/XDG directory, and time
//!    spawn → the `meldwijzer-ready` line on stdout (printed by `ui_ready`,
//!    after the first screen is rendered). Reports the medians.
//!    Target: app ≤ 1.2 × bare.
//! 2. IPC: in the real app (through tauri-driver), create a case, then call
//!    `open_case` `--ipc` times (default 200) from the page and time each
//!    round trip with `performance.now()`. Target: p95 ≤ 16 ms (one frame).
//!
//! Needs a display and prebuilt binaries; `scripts/bench.sh` does both:
//!
//! ```text
//! cargo build -p meldwijzer --release --features custom-protocol --bin meldwijzer --example bare
//! xvfb-run -a cargo bench -p meldwijzer --features custom-protocol --bench startup [-- --save-baseline]
//! ```
//!
//! `--save-baseline` also writes `src-tauri/benches/baseline.json`.

#[path = "../../tests/e2e/harness.rs"]
mod harness;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use harness::{IsolatedHome, ProcessGroup, Session};

/// Longest acceptable wait for one start before the run counts as failed.
const START_TIMEOUT: Duration = Duration::from_secs(30);

struct Options {
    runs: usize,
    ipc_calls: usize,
    save_baseline: bool,
}

fn parse_options() -> Options {
    let mut options = Options { runs: 20, ipc_calls: 200, save_baseline: false };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--save-baseline" => options.save_baseline = true,
            "--runs" => options.runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--ipc" => options.ipc_calls = args.next().and_then(|n| n.parse().ok()).expect("--ipc N"),
            // `cargo bench` passes `--bench`; ignore it and anything else.
            _ => {}
        }
    }
    options
}

fn main() {
    let options = parse_options();
    if std::env::var_os("DISPLAY").is_none() {
        eprintln!("No display: run this under `xvfb-run -a` (see scripts/bench.sh).");
        std::process::exit(2);
    }
    let app = harness::app_binary();
    let bare = bare_binary();
    if !bare.is_file() {
        eprintln!(
            "{} is missing: build it first with\n  cargo build -p meldwijzer --release --features custom-protocol --bin meldwijzer --example bare",
            bare.display()
        );
        std::process::exit(2);
    }
    println!("app:  {}\nbare: {}", app.display(), bare.display());

    // One unmeasured start of each warms the page cache and fontconfig.
    time_to_ready(&app, "warmup-app");
    time_to_ready(&bare, "warmup-bare");

    let mut app_ms = Vec::new();
    let mut bare_ms = Vec::new();
    for round in 0..options.runs {
        // Alternate which one goes first, so drift affects both alike.
        let (a, b) = if round % 2 == 0 {
            let a = time_to_ready(&app, "app");
            (a, time_to_ready(&bare, "bare"))
        } else {
            let b = time_to_ready(&bare, "bare");
            (time_to_ready(&app, "app"), b)
        };
        println!("round {:>2}: app {a:7.1} ms   bare {b:7.1} ms", round + 1);
        app_ms.push(a);
        bare_ms.push(b);
    }
    let app_median = percentile(&mut app_ms, 50.0);
    let bare_median = percentile(&mut bare_ms, 50.0);
    let ratio = app_median / bare_median;

    let mut ipc_ms = measure_ipc(options.ipc_calls);
    let ipc_p50 = percentile(&mut ipc_ms, 50.0);
    let ipc_p95 = percentile(&mut ipc_ms, 95.0);
    let ipc_max = ipc_ms.iter().copied().fold(0.0, f64::max);

    let verdict = |ok: bool| if ok { "ok" } else { "OVER TARGET" };
    println!();
    println!(
        "startup median: app {app_median:.1} ms, bare {bare_median:.1} ms, ratio {ratio:.2} (target ≤ 1.20: {})",
        verdict(ratio <= 1.2)
    );
    println!("open_case IPC over {} calls: p50 {ipc_p50:.2} ms, p95 {ipc_p95:.2} ms, max {ipc_max:.2} ms (target p95 ≤ 16 ms: {})", ipc_ms.len(), verdict(ipc_p95 <= 16.0));

    if options.save_baseline {
        let baseline = serde_json::json!({
            "what": "startup = spawn to `meldwijzer-ready` on stdout (release, custom-protocol, Xvfb, fresh HOME per start); ipc = open_case round trip from the page via invoke, performance.now()",
            "machine": machine_description(),
            "startup_runs": options.runs,
            "startup_median_ms": { "app": round2(app_median), "bare": round2(bare_median) },
            "startup_ratio": round2(ratio),
            "startup_target_ratio": 1.2,
            "ipc_calls": ipc_ms.len(),
            "ipc_open_case_ms": { "p50": round2(ipc_p50), "p95": round2(ipc_p95), "max": round2(ipc_max) },
            "ipc_target_p95_ms": 16.0,
        });
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/baseline.json");
        std::fs::write(&path, serde_json::to_string_pretty(&baseline).unwrap() + "\n").expect("write the baseline");
        println!("baseline written to {}", path.display());
    }
}

/// `target/<profile>/examples/bare`, next to the bench binary's `deps/` folder.
fn bare_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("locate the bench binary");
    let profile_dir = exe.parent().and_then(Path::parent).expect("the bench binary lives in target/<profile>/deps");
    profile_dir.join("examples").join("bare")
}

/// Milliseconds from spawn to the ready line; panics if it never comes.
fn time_to_ready(binary: &Path, label: &str) -> f64 {
    let home = IsolatedHome::new(&format!("bench-{label}"));
    let mut command = Command::new(binary);
    command.env("MELDWIJZER_REPORT_READY", "1").stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null());
    home.apply(&mut command);

    let started = Instant::now();
    let mut process = ProcessGroup::spawn(command).expect("start the binary");
    let stdout = process.child().stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.trim() == "meldwijzer-ready" {
                let _ = tx.send(started.elapsed());
                return;
            }
        }
    });
    let elapsed = rx
        .recv_timeout(START_TIMEOUT)
        .unwrap_or_else(|_| panic!("{} did not report ready within {START_TIMEOUT:?}", binary.display()));
    process.kill();
    // Let the WebKit processes go before the next start.
    std::thread::sleep(Duration::from_millis(300));
    elapsed.as_secs_f64() * 1000.0
}

/// Round-trip times (ms) of `open_case` invoked from the page.
fn measure_ipc(calls: usize) -> Vec<f64> {
    let runtime = tokio::runtime::Runtime::new().expect("start tokio");
    runtime.block_on(async {
        // Cases need the vault: set it up (calibrated KDF) before timing anything.
        let session = Session::start_unlocked("bench-ipc").await;
        let script = r#"
            const [calls, done] = arguments;
            (async () => {
              const { invoke } = window.__TAURI__.core;
              // A valid new case from the content's own pick lists.
              const { protocol: p } = await invoke('startup');
              const suspect = p.suspects.find((s) => s.meldcode) ?? p.suspects[0];
              const input = { alias: 'Benchmark', field: p.fields[0].id, subject: p.subjects[0].id, suspect: suspect.id, kindcheck_only: false };
              const caseId = (await invoke('create_case', { input })).case.id;
              const times = [];
              for (let i = 0; i < calls; i++) {
                const t0 = performance.now();
                await invoke('open_case', { caseId });
                times.push(performance.now() - t0);
              }
              done({ times });
            })().catch((e) => done({ error: JSON.stringify(e) ?? String(e) }));
        "#;
        session
            .client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(120)),
                None,
                None,
            ))
            .await
            .expect("raise the script timeout");
        let answer = session
            .client
            .execute_async(script, vec![serde_json::json!(calls)])
            .await
            .expect("run the IPC loop in the page");
        session.finish().await;
        if let Some(error) = answer.get("error") {
            panic!("invoke failed in the page: {error}");
        }
        answer["times"]
            .as_array()
            .expect("a list of times")
            .iter()
            .map(|t| t.as_f64().expect("a number"))
            .collect()
    })
}

/// Nearest-rank percentile; sorts `values`.
fn percentile(values: &mut [f64], pct: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    let rank = ((pct / 100.0) * values.len() as f64).ceil().max(1.0) as usize;
    values[rank.min(values.len()) - 1]
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// CPU model and core count, for reading a baseline later.
fn machine_description() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|name| name.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    format!("{cpu}, {cores} cores, {}", std::env::consts::OS)
}
