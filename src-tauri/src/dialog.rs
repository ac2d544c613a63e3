//! Native file dialogs, shown from Rust (tauri-plugin-dialog over GTK on Linux), so the
//! webview is granted no dialog or file-system permission and never sees anything but the
//! chosen path. The dialog's texts and filter come from the app crate
//! (`App::file_dialog`), in the UI language.
//!
//! In a build with the `e2e` feature (the end-to-end tests only; never a shipped build), under
//! WebDriver automation (`TAURI_WEBVIEW_AUTOMATION=true`, set by tauri-driver) a GTK
//! dialog cannot be driven, so when `MELDWIJZER_E2E_PICK` also names a file, the dialog is
//! not shown and the path written in that file is the answer (empty: cancelled). The
//! end-to-end tests use this to run the page's whole export and import flow; it picks a
//! path only, the user's passphrase and confirmation are still needed, and anyone who can
//! set this process's environment could do more than that anyway.

use std::path::PathBuf;

use meldwijzer_app::FileDialogView;
use tauri::{Runtime, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

/// The environment variable naming the end-to-end tests' answer file.
pub const E2E_PICK_ENV: &str = "MELDWIJZER_E2E_PICK";

fn e2e_answer() -> Option<Option<PathBuf>> {
    // Only in an `e2e` build (see `crate::AUTOMATION_BUILD`), under WebDriver.
    if !crate::automation_requested() {
        return None;
    }
    let control = std::env::var_os(E2E_PICK_ENV)?;
    let answer = std::fs::read_to_string(control).unwrap_or_default();
    let answer = answer.trim();
    Some((!answer.is_empty()).then(|| PathBuf::from(answer)))
}

fn builder<R: Runtime>(window: &WebviewWindow<R>, spec: &FileDialogView) -> tauri_plugin_dialog::FileDialogBuilder<R> {
    let extensions: Vec<&str> = spec.extensions.iter().map(String::as_str).collect();
    window.dialog().file().set_parent(window).set_title(&spec.title).add_filter(&spec.filter_label, &extensions)
}

/// Asks where to save; `None` if the professional cancelled. Blocks: call it from an async
/// command, never on the main thread.
pub fn pick_save<R: Runtime>(window: &WebviewWindow<R>, spec: FileDialogView) -> Option<PathBuf> {
    if let Some(answer) = e2e_answer() {
        return answer;
    }
    builder(window, &spec).set_file_name(&spec.file_name).blocking_save_file().and_then(|p| p.into_path().ok())
}

/// Asks which file to open; `None` if the professional cancelled. Blocks like [`pick_save`].
pub fn pick_open<R: Runtime>(window: &WebviewWindow<R>, spec: FileDialogView) -> Option<PathBuf> {
    if let Some(answer) = e2e_answer() {
        return answer;
    }
    builder(window, &spec).blocking_pick_file().and_then(|p| p.into_path().ok())
}
