//! End-to-end journeys through the real window.
//!
//! Each test starts `tauri-driver` (which starts WebKitWebDriver, which starts
//! the `meldwijzer` binary) with its own temporary HOME and XDG directories,
//! drives the webview with fantoccini and cleans everything up afterwards.
//! They need an X display: `scripts/test.sh` runs them under `xvfb-run`, one
//! at a time (`--test-threads=1`).
//!
//! The target is declared in `src-tauri/Cargo.toml`, so cargo builds the app
//! binary first and `env!("CARGO_BIN_EXE_meldwijzer")` points at it. It requires the `e2e`
//! feature (`--features e2e`), which puts the WebDriver switches into that binary; the
//! no-network and no-automation checks of the shipped binary are in `tests/shipped`.

mod about;
mod adult;
mod autosave;
mod damaged;
mod defects;
mod fields;
mod harness;
mod inforequest;
mod journey;
mod kindcheck;
mod leak;
mod monitoring;
mod oslock;
mod outputs;
mod packs;
mod routes;
mod safety;
mod smoke;
mod support;
mod training;
mod transfer;
mod vault;
mod wcag;
