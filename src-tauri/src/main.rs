//! Meldwijzer's executable: everything lives in the `meldwijzer_shell` library.

// Hide the console window on Windows release builds; keep it in debug builds for logs.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    meldwijzer_shell::run();
}
