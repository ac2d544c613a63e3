//! Startup time and IPC latency of the real app (a bench, not a test).
//!
//! 1. Startup: for `--runs` rounds (default 20), start the release app and a
//!    bare Tauri window (`examples/bare`) alternately, each with
//!    `MELDWIJZER_REPORT_READY=1` and a fresh HOME/XDG directory, and time
//!    spawn → the `meldwijzer-ready` line on stdout (printed by `ui_ready`,
//!    after the first screen is rendered). Reports the medians.
//!    Target: app ≤ 1.2 × bare. The app runs with `MELDWIJZER_TIMING=1` and
//!    the medians of its start-up marks (`src-tauri/src/timing.rs`: App::new,
//!    window built, page load, the `startup` command, …) are printed beside it,
//!    so a slower start says where the time went.
//! 2. Idle memory: for `--pss` rounds (default 5), app and bare alternately,
//!    start, wait for the ready line, let it settle ([`PSS_SETTLE`]) and sum
//!    `Pss` from `/proc/<pid>/smaps_rollup` over the whole process tree (the
//!    binary and its WebKit web and network processes). Reports the medians.
//!    Target: app ≤ 1.15 × bare.
//! 3. IPC: in the real app (through tauri-driver), create a case, then call
//!    `open_case` `--ipc` times (default 200) from the page and time each
//!    round trip with `performance.now()`; once on the machine as it is, then
//!    again with one CPU burner (`yes > /dev/null`) per core that the bench
//!    starts and stops itself. Target: p95 ≤ 16 ms (one frame) under load.
//!    Each `open_case` is followed by a `vault_status` (no case work), timed
//!    apart: the same IPC path under the same load, so a slow tail says whether
//!    it is the case's work or the way there and back.
//!
//! Every phase notes the load average (`/proc/loadavg`) before and after it:
//! these machines are shared, so a figure means little without it.
//!
//! Needs a display and prebuilt binaries; `scripts/bench.sh` does both:
//!
//! ```text
//! cargo build -p meldwijzer --release --features custom-protocol,e2e --bin meldwijzer --example bare
//! xvfb-run -a cargo bench -p meldwijzer --features custom-protocol,e2e --bench startup [-- --save-baseline]
//! ```
//!
//! Options (after `--`): `--runs N` (startup rounds, 20), `--pss N` (memory rounds, 5),
//! `--ipc N` (calls per IPC phase, 200), `--save-baseline` (also writes
//! `src-tauri/benches/baseline.json`).

#[path = "../../tests/e2e/harness.rs"]
mod harness;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use std::collections::BTreeMap;

use harness::{IsolatedHome, ProcessGroup, Session};

/// Longest acceptable wait for one start before the run counts as failed.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a started window idles after its ready line before its memory is read.
const PSS_SETTLE: Duration = Duration::from_secs(3);

struct Options {
    runs: usize,
    pss_runs: usize,
    ipc_calls: usize,
    save_baseline: bool,
}

fn parse_options() -> Options {
    let mut options = Options { runs: 20, pss_runs: 5, ipc_calls: 200, save_baseline: false };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--save-baseline" => options.save_baseline = true,
            "--runs" => options.runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--pss" => options.pss_runs = args.next().and_then(|n| n.parse().ok()).expect("--pss N"),
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
            "{} is missing: build it first with\n  cargo build -p meldwijzer --release --features custom-protocol,e2e --bin meldwijzer --example bare",
            bare.display()
        );
        std::process::exit(2);
    }
    println!("app:  {}\nbare: {}", app.display(), bare.display());

    // One unmeasured start of each warms the page cache and fontconfig.
    start_to_ready(&app, "warmup-app", false);
    start_to_ready(&bare, "warmup-bare", false);

    // 1. Startup, alternating.
    let startup_load = LoadSpan::begin();
    let mut app_ms = Vec::new();
    let mut bare_ms = Vec::new();
    let mut marks: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut bare_marks: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for round in 0..options.runs {
        // Alternate which one goes first, so drift affects both alike.
        let (a, b) = if round % 2 == 0 {
            let a = time_to_ready(&app, "app", &mut marks);
            (a, time_to_ready(&bare, "bare", &mut bare_marks))
        } else {
            let b = time_to_ready(&bare, "bare", &mut bare_marks);
            (time_to_ready(&app, "app", &mut marks), b)
        };
        println!("round {:>2}: app {a:7.1} ms   bare {b:7.1} ms", round + 1);
        app_ms.push(a);
        bare_ms.push(b);
    }
    let startup_load = startup_load.end();
    let app_median = percentile(&mut app_ms, 50.0);
    let bare_median = percentile(&mut bare_ms, 50.0);
    let ratio = app_median / bare_median;
    let stages = median_marks(marks);
    let bare_stages: BTreeMap<String, f64> = median_marks(bare_marks).into_iter().collect();
    if !stages.is_empty() {
        println!("start-up marks, median ms after main began (spawn → ready above):");
        println!("      app     bare  mark");
        for (label, ms) in &stages {
            let bare = bare_stages.get(label).map(|b| format!("{b:7.1}")).unwrap_or_else(|| "      -".into());
            println!("  {ms:7.1}  {bare}  {label}");
        }
    }

    // 2. Idle memory of the process tree, alternating.
    let pss_load = LoadSpan::begin();
    let mut app_memory = Vec::new();
    let mut bare_memory = Vec::new();
    for round in 0..options.pss_runs {
        let (a, b) = if round % 2 == 0 {
            let a = idle_memory(&app, "pss-app");
            (a, idle_memory(&bare, "pss-bare"))
        } else {
            let b = idle_memory(&bare, "pss-bare");
            (idle_memory(&app, "pss-app"), b)
        };
        println!(
            "pss round {:>2}: app {:6.1} MB ({:.1} private)   bare {:6.1} MB ({:.1} private)",
            round + 1,
            a.pss,
            a.private,
            b.pss,
            b.private
        );
        app_memory.push(a);
        bare_memory.push(b);
    }
    let pss_load = pss_load.end();
    let median_of = |memory: &[Memory], part: fn(&Memory) -> f64| {
        percentile(&mut memory.iter().map(part).collect::<Vec<_>>(), 50.0)
    };
    let app_pss_median = median_of(&app_memory, |m| m.pss);
    let bare_pss_median = median_of(&bare_memory, |m| m.pss);
    let pss_ratio = app_pss_median / bare_pss_median;
    let app_private_median = median_of(&app_memory, |m| m.private);
    let bare_private_median = median_of(&bare_memory, |m| m.private);
    let private_ratio = app_private_median / bare_private_median;

    // 3. IPC, quiet and under load.
    let ipc = measure_ipc(options.ipc_calls);
    let quiet = IpcFigures::of(ipc.quiet);
    let loaded = IpcFigures::of(ipc.loaded);
    let quiet_reference = IpcFigures::of(ipc.quiet_reference);
    let loaded_reference = IpcFigures::of(ipc.loaded_reference);

    let verdict = |ok: bool| if ok { "ok" } else { "OVER TARGET" };
    println!();
    println!(
        "startup median: app {app_median:.1} ms, bare {bare_median:.1} ms, ratio {ratio:.2} (target ≤ 1.20: {}; load {})",
        verdict(ratio <= 1.2),
        startup_load.describe()
    );
    println!(
        "idle PSS median: app {app_pss_median:.1} MB, bare {bare_pss_median:.1} MB, ratio {pss_ratio:.2} (target ≤ 1.15: {}; load {})",
        verdict(pss_ratio <= 1.15),
        pss_load.describe()
    );
    println!(
        "idle private memory median: app {app_private_median:.1} MB, bare {bare_private_median:.1} MB, ratio {private_ratio:.2}"
    );
    println!(
        "open_case IPC, quiet, {} calls: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms (load {})",
        quiet.calls,
        quiet.p50,
        quiet.p95,
        quiet.max,
        ipc.quiet_load.describe()
    );
    println!(
        "open_case IPC, {} CPU burners, {} calls: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms (target p95 ≤ 16 ms: {}; load {})",
        ipc.burners,
        loaded.calls,
        loaded.p50,
        loaded.p95,
        loaded.max,
        verdict(loaded.p95 <= 16.0),
        ipc.loaded_load.describe()
    );
    println!(
        "vault_status IPC beside it (no case work), quiet: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms; {} CPU burners: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        quiet_reference.p50,
        quiet_reference.p95,
        quiet_reference.max,
        ipc.burners,
        loaded_reference.p50,
        loaded_reference.p95,
        loaded_reference.max
    );

    if options.save_baseline {
        let mut under_load = loaded.json(ipc.loaded_load.json());
        under_load["cpu_burners"] = serde_json::json!(ipc.burners);
        let mut reference_under_load = loaded_reference.json(ipc.loaded_load.json());
        reference_under_load["cpu_burners"] = serde_json::json!(ipc.burners);
        let baseline = serde_json::json!({
            "what": "startup = spawn to `meldwijzer-ready` on stdout (release, custom-protocol, Xvfb, fresh HOME per start), app and bare alternating; stages = medians of the MELDWIJZER_TIMING marks of app and bare (ms after main began); idle PSS = sum of Pss in /proc/<pid>/smaps_rollup over the process tree (binary + WebKit processes) after the ready line and a settle, private = Private_Clean + Private_Dirty of the same (steady when other WebKit processes share pages); ipc = open_case round trip from the page via invoke, performance.now(), quiet and with one `yes` burner per core, each call followed by a vault_status (ipc_vault_status_ms: the same path without case work); load = /proc/loadavg (1-minute) before and after each phase",
            "measured_at": utc_now(),
            "machine": machine_description(),
            "startup_runs": options.runs,
            "startup_median_ms": { "app": round2(app_median), "bare": round2(bare_median) },
            "startup_ratio": round2(ratio),
            "startup_target_ratio": 1.2,
            "startup_load_average": startup_load.json(),
            "startup_stages_median_ms": stages
                .iter()
                .map(|(label, ms)| (label.clone(), serde_json::json!(round2(*ms))))
                .collect::<serde_json::Map<_, _>>(),
            "startup_stages_bare_median_ms": bare_stages
                .iter()
                .map(|(label, ms)| (label.clone(), serde_json::json!(round2(*ms))))
                .collect::<serde_json::Map<_, _>>(),
            "pss_runs": options.pss_runs,
            "pss_settle_ms": PSS_SETTLE.as_millis() as u64,
            "idle_pss_median_mb": { "app": round2(app_pss_median), "bare": round2(bare_pss_median) },
            "idle_pss_ratio": round2(pss_ratio),
            "idle_pss_target_ratio": 1.15,
            "idle_private_median_mb": { "app": round2(app_private_median), "bare": round2(bare_private_median) },
            "idle_private_ratio": round2(private_ratio),
            "pss_load_average": pss_load.json(),
            "ipc_calls": options.ipc_calls,
            "ipc_open_case_ms": {
                "quiet": quiet.json(ipc.quiet_load.json()),
                "under_load": under_load,
            },
            "ipc_vault_status_ms": {
                "quiet": quiet_reference.json(ipc.quiet_load.json()),
                "under_load": reference_under_load,
            },
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

/// A started binary that has printed its ready line; killed (with its WebKit processes) on drop.
struct Started {
    process: ProcessGroup,
    /// Spawn → ready line.
    elapsed: Duration,
    /// The app's `meldwijzer-timing` lines, read from stderr until the ready line.
    stderr: Option<mpsc::Receiver<String>>,
    _home: IsolatedHome,
}

impl Drop for Started {
    fn drop(&mut self) {
        self.process.kill();
        // Let the WebKit processes go before the next start.
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// Starts `binary` in a fresh home and waits for its ready line; panics if it never comes.
/// With `timing`, the app also prints its start-up marks on stderr.
fn start_to_ready(binary: &Path, label: &str, timing: bool) -> Started {
    let home = IsolatedHome::new(&format!("bench-{label}"));
    let mut command = Command::new(binary);
    command.env("MELDWIJZER_REPORT_READY", "1").stdin(Stdio::null()).stdout(Stdio::piped());
    if timing {
        command.env("MELDWIJZER_TIMING", "1").stderr(Stdio::piped());
    } else {
        command.stderr(Stdio::null());
    }
    home.apply(&mut command);

    let started = Instant::now();
    let mut process = ProcessGroup::spawn(command).expect("start the binary");
    let stdout = process.child().stdout.take().expect("piped stdout");
    let stderr = process.child().stderr.take().map(|stderr| {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.starts_with("meldwijzer-timing ") && tx.send(line).is_err() {
                    return;
                }
            }
        });
        rx
    });
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
    Started { process, elapsed, stderr, _home: home }
}

/// Each mark's median, in the order they happen.
fn median_marks(marks: BTreeMap<String, Vec<f64>>) -> Vec<(String, f64)> {
    let mut stages: Vec<(String, f64)> =
        marks.into_iter().map(|(label, mut times)| (label, percentile(&mut times, 50.0))).collect();
    stages.sort_by(|a, b| a.1.total_cmp(&b.1));
    stages
}

/// Milliseconds from spawn to the ready line; the binary's timing marks go into `marks`.
fn time_to_ready(binary: &Path, label: &str, marks: &mut BTreeMap<String, Vec<f64>>) -> f64 {
    let started = start_to_ready(binary, label, true);
    let elapsed = started.elapsed.as_secs_f64() * 1000.0;
    if let Some(lines) = &started.stderr {
        // The ready line is printed after the last mark (`ui-ready-command`); give stderr a
        // moment to catch up with stdout.
        while let Ok(line) = lines.recv_timeout(Duration::from_millis(200)) {
            let mut words = line.split_whitespace().skip(1);
            if let (Some(ms), Some(mark)) = (words.next().and_then(|ms| ms.parse::<f64>().ok()), words.next()) {
                marks.entry(mark.to_string()).or_default().push(ms);
            }
        }
    }
    elapsed
}

/// Idle memory of one process tree, MB (MiB).
#[derive(Clone, Copy)]
struct Memory {
    /// Proportional set size: shared pages divided among the processes that map them, so it
    /// drops when other WebKit processes run on the machine.
    pss: f64,
    /// Private pages only (USS): what the tree alone holds, whoever else runs.
    private: f64,
}

/// Starts `binary`, waits for its ready line, lets it settle, and returns the summed memory
/// of its process tree; prints each process's share.
fn idle_memory(binary: &Path, label: &str) -> Memory {
    let started = start_to_ready(binary, label, false);
    std::thread::sleep(PSS_SETTLE);
    let root = started.process.id();
    let tree: Vec<u32> = std::iter::once(root).chain(harness::descendants(root)).collect();
    let mut total = Memory { pss: 0.0, private: 0.0 };
    let mut parts = Vec::new();
    for pid in tree {
        let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        let kib = |key: &str| -> f64 {
            rollup
                .lines()
                .find_map(|line| line.strip_prefix(key)?.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        let pss = kib("Pss:") / 1024.0;
        let private = (kib("Private_Clean:") + kib("Private_Dirty:")) / 1024.0;
        total.pss += pss;
        total.private += private;
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        parts.push(format!("{} {pss:.1} ({private:.1} private)", name.trim()));
    }
    println!("  {label}: {}", parts.join(", "));
    total
}

/// One `yes > /dev/null` per core, started by the bench and killed when dropped.
struct CpuBurners(Vec<std::process::Child>);

impl CpuBurners {
    fn start() -> Self {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        CpuBurners(
            (0..cores)
                .map(|_| {
                    Command::new("yes")
                        .stdin(Stdio::null())
                        .stdout(Stdio::null())
                        .stderr(Stdio::null())
                        .spawn()
                        .expect("start a CPU burner (`yes`)")
                })
                .collect(),
        )
    }
}

impl Drop for CpuBurners {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The 1-minute load average before and after a phase.
struct LoadSpan {
    before: f64,
    after: f64,
}

impl LoadSpan {
    fn begin() -> Self {
        let now = load_average();
        LoadSpan { before: now, after: now }
    }

    fn end(self) -> Self {
        LoadSpan { after: load_average(), ..self }
    }

    fn describe(&self) -> String {
        format!("{:.2} → {:.2}", self.before, self.after)
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({ "before": self.before, "after": self.after })
    }
}

fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|avg| avg.split_whitespace().next().and_then(|one| one.parse().ok()))
        .unwrap_or(f64::NAN)
}

/// The current time in UTC, minutes, from `date` (the bench has no date crate).
fn utc_now() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%dT%H:%MZ"])
        .output()
        .ok()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .unwrap_or_default()
}

struct IpcFigures {
    calls: usize,
    p50: f64,
    p95: f64,
    max: f64,
}

impl IpcFigures {
    fn of(mut times: Vec<f64>) -> Self {
        let max = times.iter().copied().fold(0.0, f64::max);
        IpcFigures { calls: times.len(), p50: percentile(&mut times, 50.0), p95: percentile(&mut times, 95.0), max }
    }

    fn json(&self, load: serde_json::Value) -> serde_json::Value {
        serde_json::json!({ "p50": round2(self.p50), "p95": round2(self.p95), "max": round2(self.max), "load_average": load })
    }
}

struct IpcTimes {
    quiet: Vec<f64>,
    /// `vault_status` beside each `open_case`: the IPC path with no case work.
    quiet_reference: Vec<f64>,
    quiet_load: LoadSpan,
    loaded: Vec<f64>,
    loaded_reference: Vec<f64>,
    loaded_load: LoadSpan,
    burners: usize,
}

/// Round-trip times (ms) of `open_case` invoked from the page, each followed by a
/// `vault_status` (the reference: the same IPC path without case work): first as the machine
/// is, then with one CPU burner per core.
fn measure_ipc(calls: usize) -> IpcTimes {
    let runtime = tokio::runtime::Runtime::new().expect("start tokio");
    runtime.block_on(async {
        // Cases need the vault: set it up (calibrated KDF) before timing anything.
        let session = Session::start_unlocked("bench-ipc").await;
        let script = r#"
            const [calls, done] = arguments;
            (async () => {
              const { invoke } = window.__TAURI__.core;
              // A valid new case from the content's own pick lists, made on the first run.
              if (!window.__benchCaseId) {
                const { protocol: p } = await invoke('startup');
                const suspect = p.suspects.find((s) => s.meldcode) ?? p.suspects[0];
                const input = { alias: 'Benchmark', field: p.fields[0].id, subject: p.subjects[0].id, suspect: suspect.id, kindcheck_only: false };
                window.__benchCaseId = (await invoke('create_case', { input })).case.id;
              }
              const caseId = window.__benchCaseId;
              // Each open_case beside a vault_status (no case work: the IPC path alone), so
              // both see the same load.
              const times = [];
              const reference = [];
              for (let i = 0; i < calls; i++) {
                const t0 = performance.now();
                await invoke('open_case', { caseId });
                const t1 = performance.now();
                await invoke('vault_status');
                reference.push(performance.now() - t1);
                times.push(t1 - t0);
              }
              done({ times, reference });
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
        let run = |label: &'static str| {
            let session = &session;
            async move {
                let answer = session
                    .client
                    .execute_async(script, vec![serde_json::json!(calls)])
                    .await
                    .unwrap_or_else(|e| panic!("run the IPC loop in the page ({label}): {e}"));
                if let Some(error) = answer.get("error") {
                    panic!("invoke failed in the page ({label}): {error}");
                }
                let list = |key: &str| {
                    answer[key]
                        .as_array()
                        .expect("a list of times")
                        .iter()
                        .map(|t| t.as_f64().expect("a number"))
                        .collect::<Vec<f64>>()
                };
                (list("times"), list("reference"))
            }
        };
        let quiet_load = LoadSpan::begin();
        let (quiet, quiet_reference) = run("quiet").await;
        let quiet_load = quiet_load.end();
        let burners = CpuBurners::start();
        // Let the burners reach the scheduler's steady state before timing.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let loaded_load = LoadSpan::begin();
        let (loaded, loaded_reference) = run("under load").await;
        let loaded_load = loaded_load.end();
        let burner_count = burners.0.len();
        drop(burners);
        session.finish().await;
        IpcTimes { quiet, quiet_reference, quiet_load, loaded, loaded_reference, loaded_load, burners: burner_count }
    })
}

/// Nearest-rank percentile; sorts `values`. NaN when there are none (a phase with 0 runs).
fn percentile(values: &mut [f64], pct: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
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
