//! Tests of the shipped binary: built WITHOUT the `e2e` feature (so no WebDriver switch is in
//! it), started directly under Xvfb, driven by xdotool where needed. The target is declared in
//! `src-tauri/Cargo.toml` (`test = false`); run it on the release build:
//!
//! `xvfb-run -a cargo test -p meldwijzer --release --features custom-protocol --test shipped -- --test-threads=1`

#[path = "../e2e/harness.rs"]
mod harness;

mod automation;
#[path = "../e2e/network.rs"]
mod network;
mod rendering;
