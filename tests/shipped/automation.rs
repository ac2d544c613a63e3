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

#[test]
fn automation_switches_change_nothing_in_the_shipped_build() {
    assert!(std::env::var_os("DISPLAY").is_some(), "needs an X display; run under `xvfb-run -a`");
    let home = IsolatedHome::new("shipped-automation");
    let pick = home.path.join("tmp").join("pick.txt");
    std::fs::write(&pick, home.path.join("tmp").join("chosen.age").display().to_string()).unwrap();
    // Output to files outside the home (a pipe nobody drains could block the app).
    let logs = IsolatedHome::new("shipped-automation-logs");
    let (out_path, err_path) = (logs.path.join("stdout.txt"), logs.path.join("stderr.txt"));
    let mut command = Command::new(app_binary());
    command
        .env("TAURI_WEBVIEW_AUTOMATION", "true")
        .env("MELDWIJZER_E2E_PICK", &pick)
        .env("MELDWIJZER_REPORT_READY", "1")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap());
    home.apply(&mut command);
    let mut app = ProcessGroup::spawn(command).expect("start the app");
    let root = app.id();

    // The window shows once the first screen is drawn (`ui_ready`).
    let deadline = Instant::now() + Duration::from_secs(60);
    while xdotool(&["search", "--onlyvisible", "--pid", &root.to_string(), "--name", "^Meldwijzer$"]).is_empty() {
        assert!(Instant::now() < deadline, "no visible Meldwijzer window within 60 s");
        std::thread::sleep(Duration::from_millis(250));
    }
    let mut tree = descendants(root);
    tree.push(root);
    let ours = socket_inodes(&tree);
    let listening: Vec<_> = ours.intersection(&listening_tcp_inodes()).cloned().collect();
    assert!(listening.is_empty(), "the app listens on TCP (an inspector?): {listening:?}");

    app.kill();
    let out = std::fs::read_to_string(&out_path).unwrap_or_default();
    let err = std::fs::read_to_string(&err_path).unwrap_or_default();
    assert!(!err.contains("automation"), "the shipped build never takes the automation path: {err}");
    assert!(!out.contains("meldwijzer-ready"), "no ready line in the shipped build: {out}");

    // Incognito: nothing of the webview's (storage, cache, cookies) under the home; only our
    // own owner-only folders exist, and they are empty (no vault was set up).
    let mut files = Vec::new();
    files_under(&home.path, &mut files);
    files.retain(|f| !f.ends_with("pick.txt"));
    assert!(files.is_empty(), "the shipped build left files behind: {files:#?}");
}
