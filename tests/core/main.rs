//! Tauri-free integration tests: scenario files, content validation, locale and layout checks
//! (tidy), and whole-case walk-throughs through the app API.

mod content;
mod scenarios;
mod tidy;
mod walkthrough;
