//! A bare Tauri window: the reference point of the startup benchmark.
//!
//! Same Tauri version, features and window configuration as the real app
//! (a copy of `tauri.conf.json` with only `frontendDist` changed), but a
//! page that invokes one trivial command and then `ui_ready`. The benchmark
//! compares the real app's time-to-ready against this one.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use tauri::{Runtime, WebviewWindow};

/// A trivial stand-in for the real `startup` (same name, so the same grant).
#[tauri::command]
fn startup() -> &'static str {
    meldwijzer_shell::timing::mark("startup-command");
    "bare"
}

/// Shows the window and reports readiness exactly like the real `ui_ready`.
#[tauri::command]
fn ui_ready<R: Runtime>(window: WebviewWindow<R>) -> Result<(), tauri::Error> {
    meldwijzer_shell::timing::mark("ui-ready-command");
    window.show()?;
    if std::env::var(meldwijzer_shell::REPORT_READY_ENV).as_deref() == Ok("1") {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", meldwijzer_shell::READY_LINE);
        let _ = out.flush();
    }
    Ok(())
}

fn main() {
    // The same start-up marks as the app (`MELDWIJZER_TIMING=1` in an `e2e` build).
    // The same rendering as the app (no accelerated compositing), set while one thread runs.
    meldwijzer_shell::software_rendering();
    meldwijzer_shell::timing::start();
    tauri::Builder::default()
        // The same window creation as the app (config window, incognito).
        .setup(|app| {
            meldwijzer_shell::timing::mark("setup");
            meldwijzer_shell::create_main_window(app.handle())?;
            meldwijzer_shell::timing::mark("window-built");
            Ok(())
        })
        .on_page_load(|_, payload| {
            meldwijzer_shell::timing::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-load-started",
                tauri::webview::PageLoadEvent::Finished => "page-load-finished",
            })
        })
        .invoke_handler(tauri::generate_handler![startup, ui_ready])
        .run(tauri::generate_context!("examples/bare/tauri.conf.json"))
        .expect("error while running the bare window");
}
