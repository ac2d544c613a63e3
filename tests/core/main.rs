//! Tauri-free integration tests: scenario files, content validation, locale and layout checks
//! (tidy), whole-case walk-throughs through the app API, and the vault through the app API.

mod closing;
mod content;
mod damaged;
mod export;
mod faults;
mod file_tokens;
mod import_limits;
mod inforequest;
mod kindcheck;
mod list;
mod lockquit;
mod modes;
mod outputs;
mod overdracht;
mod packs;
mod pdf;
mod profiles;
mod recovery;
mod safety;
mod scenarios;
mod scope;
mod stylesheet;
mod tidy;
mod training;
mod typed;
mod vault;
mod walkthrough;
