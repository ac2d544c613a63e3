//! The shipped app draws its page without WebKitGTK's accelerated compositing
//! (`software_rendering` in src-tauri/src/lib.rs): no GL driver is loaded in any of its
//! processes. With `WEBKIT_DISABLE_COMPOSITING_MODE=0` in the environment, the user's word
//! wins and the GL path is back, which also shows the check below can see it.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{app_binary, descendants, IsolatedHome, ProcessGroup};

/// The GL libraries mapped by the app's process tree while its window is up.
fn gl_libraries(label: &str, compositing: Option<&str>) -> Vec<String> {
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
    // The first screen is drawn when the window shows; give the compositor a moment to start.
    std::thread::sleep(Duration::from_secs(1));
    let mut tree = descendants(root);
    tree.push(root);
    let mut found: Vec<String> = tree
        .iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/maps")).ok())
        .flat_map(|maps| {
            maps.lines().filter_map(|l| l.split_whitespace().nth(5).map(str::to_string)).collect::<Vec<_>>()
        })
        .filter(|path| path.ends_with("_dri.so") || path.contains("/libLLVM") || path.contains("/libEGL_mesa"))
        .collect();
    app.kill();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_page_is_drawn_without_gl_unless_the_user_asks_for_it() {
    assert!(std::env::var_os("DISPLAY").is_some(), "needs an X display; run under `xvfb-run -a`");
    let plain = gl_libraries("rendering-plain", None);
    assert!(plain.is_empty(), "the shipped app loaded a GL driver: {plain:?}");
    let asked = gl_libraries("rendering-compositing", Some("0"));
    assert!(!asked.is_empty(), "WEBKIT_DISABLE_COMPOSITING_MODE=0 should bring WebKit's GL path back");
    println!("GL libraries mapped: none by default; with WEBKIT_DISABLE_COMPOSITING_MODE=0: {asked:?}");
}
