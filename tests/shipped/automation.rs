//! The shipped build ignores every automation switch (issue 13, F7): started with
//! `TAURI_WEBVIEW_AUTOMATION=true` (what tauri-driver sets), `MELDWIJZER_E2E_PICK` and
//! `MELDWIJZER_REPORT_READY=1`, it still runs its webview incognito (nothing written for the
//! webview under the throw-away HOME), says nothing about automation, prints no ready line and
//! listens on no TCP port (WebKit's automation would open a loopback inspector).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{app_binary, descendants, IsolatedHome, ProcessGroup};

fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool").args(args).output().expect("run xdotool (scripts/common.sh installs it)");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Socket inodes open in any of `pids`.
fn socket_inodes(pids: &[u32]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for pid in pids {
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else { continue };
        for fd in fds.flatten() {
            if let Ok(target) = std::fs::read_link(fd.path()) {
                let t = target.to_string_lossy();
                if let Some(inode) = t.strip_prefix("socket:[").and_then(|r| r.strip_suffix(']')) {
                    out.insert(inode.to_string());
                }
            }
        }
    }
    out
}

/// Inodes of listening TCP sockets (state 0A) in this network namespace.
fn listening_tcp_inodes() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let text = std::fs::read_to_string(table).unwrap_or_default();
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() > 9 && f[3] == "0A" {
                out.insert(f[9].to_string());
            }
        }
    }
    out
}

fn files_under(dir: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p.display().to_string());
        }
    }
}

/// What one start of the binary shows: the files it left under its throw-away HOME (names
/// relative to it), its stdout and stderr, and its listening TCP sockets while the window was up.
struct Run {
    files: Vec<String>,
    out: String,
    err: String,
    listening: Vec<String>,
}

fn run_once(label: &str, automation: bool) -> Run {
    let home = IsolatedHome::new(label);
    let pick = home.path.join("tmp").join("pick.txt");
    std::fs::write(&pick, home.path.join("tmp").join("chosen.age").display().to_string()).unwrap();
    // Output to files outside the home (a pipe nobody drains could block the app).
    let logs = IsolatedHome::new(&format!("{label}-logs"));
    let (out_path, err_path) = (logs.path.join("stdout.txt"), logs.path.join("stderr.txt"));
    let mut command = Command::new(app_binary());
    if automation {
        command
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("MELDWIJZER_E2E_PICK", &pick)
            .env("MELDWIJZER_REPORT_READY", "1");
    }
    command
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap());
    home.apply(&mut command);
    let mut app = ProcessGroup::spawn(command).expect("start the app");
    let root = app.id();

    // The window shows once the first screen is drawn (`ui_ready`).
    let deadline = Instant::now() + Duration::from_secs(60);
    while xdotool(&["search", "--onlyvisible", "--name", "Meldwijzer$"]).is_empty() {
        assert!(Instant::now() < deadline, "no visible Meldwijzer window within 60 s");
        std::thread::sleep(Duration::from_millis(250));
    }
    let mut tree = descendants(root);
    tree.push(root);
    let listening = socket_inodes(&tree).intersection(&listening_tcp_inodes()).cloned().collect();
    app.kill();

    let mut files = Vec::new();
    files_under(&home.path, &mut files);
    let prefix = home.path.display().to_string();
    let mut files: Vec<String> = files
        .into_iter()
        .map(|f| f.strip_prefix(&prefix).unwrap_or(&f).to_string())
        .filter(|f| f != "/tmp/pick.txt" && !f.contains("mesa_shader_cache"))
        .collect();
    files.sort();
    Run {
        files,
        out: std::fs::read_to_string(&out_path).unwrap_or_default(),
        err: std::fs::read_to_string(&err_path).unwrap_or_default(),
        listening,
    }
}

#[test]
fn automation_switches_change_nothing_in_the_shipped_build() {
    assert!(std::env::var_os("DISPLAY").is_some(), "needs an X display; run under `xvfb-run -a`");
    let plain = run_once("shipped-plain", false);
    let driven = run_once("shipped-automation", true);
    assert!(driven.listening.is_empty(), "the app listens on TCP (an inspector?): {:?}", driven.listening);
    assert!(!driven.err.contains("automation"), "the shipped build never takes the automation path: {}", driven.err);
    assert!(!driven.out.contains("meldwijzer-ready"), "no ready line in the shipped build: {}", driven.out);
    // The same webview either way: what it leaves on disk (WebKit's salts, an empty HSTS store)
    // is the same set of files with and without the switches.
    assert_eq!(driven.files, plain.files, "TAURI_WEBVIEW_AUTOMATION changed what the webview wrote");
    println!("shipped build with and without automation switches: files {:?}; 0 listening sockets", plain.files);
}
