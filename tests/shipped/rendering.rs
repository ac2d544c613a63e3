//! The shipped app draws its page without WebKitGTK's accelerated compositing
//! (`software_rendering` in src-tauri/src/lib.rs): no process of the app runs a compositor
//! thread or a GL rasteriser's threads. (WebKitGTK 2.50 still maps Mesa's libraries either
//! way; what costs memory and time is using them.) With `WEBKIT_DISABLE_COMPOSITING_MODE=0` in
//! the environment the user's word wins and the compositor is back, which also shows the check
//! below can see it.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{app_binary, descendants, IsolatedHome, ProcessGroup};

/// Thread names that mean GPU compositing or GL rendering: WebKit's threaded compositor,
/// Skia's GPU worker, Mesa's llvmpipe (software GL) threads.
const GL_THREADS: [&str; 3] = ["Compositor", "SkiaGPU", "llvmpipe"];

/// The names of the GL and compositing threads in the app's process tree while its window is
/// up, as `process: thread`.
fn gl_threads(label: &str, compositing: Option<&str>) -> Vec<String> {
    let home = IsolatedHome::new(label);
    let mut command = Command::new(app_binary());
    command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    command.env_remove("WEBKIT_DISABLE_COMPOSITING_MODE");
    if let Some(value) = compositing {
        command.env("WEBKIT_DISABLE_COMPOSITING_MODE", value);
    }
    home.apply(&mut command);
    let mut app = ProcessGroup::spawn(command).expect("start the app");
    let root = app.id();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "Meldwijzer$"])
            .output()
            .expect("run xdotool (scripts/common.sh installs it)");
        if !out.stdout.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "no visible Meldwijzer window within 60 s");
        std::thread::sleep(Duration::from_millis(250));
    }
    // The window shows once the first screen is drawn; by then the compositor, if any, runs.
    // A second more lets a lazily started one show itself too.
    std::thread::sleep(Duration::from_secs(1));
    let mut tree = descendants(root);
    tree.push(root);
    let mut found = Vec::new();
    for pid in tree {
        let process = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { continue };
        for task in tasks.flatten() {
            let thread = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
            if GL_THREADS.iter().any(|name| thread.contains(name)) {
                found.push(format!("{}: {}", process.trim(), thread.trim()));
            }
        }
    }
    app.kill();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_page_is_drawn_without_gl_unless_the_user_asks_for_it() {
    assert!(std::env::var_os("DISPLAY").is_some(), "needs an X display; run under `xvfb-run -a`");
    let plain = gl_threads("rendering-plain", None);
    assert!(plain.is_empty(), "the shipped app composites or renders with GL: {plain:?}");
    let asked = gl_threads("rendering-compositing", Some("0"));
    assert!(
        asked.iter().any(|t| t.contains("Compositor")),
        "WEBKIT_DISABLE_COMPOSITING_MODE=0 should bring WebKit's compositor back: {asked:?}"
    );
    println!("GL and compositing threads: none by default; with WEBKIT_DISABLE_COMPOSITING_MODE=0: {asked:?}");
}
