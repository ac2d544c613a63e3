#!/usr/bin/env bash
# Installs what is missing, then runs every check:
#   1. cargo fmt --check, the UI's type check (tsc against ui/src/ipc.d.ts, which
#      cargo test keeps in step with the Rust types) and cargo clippy with -D warnings
#   2. cargo test --workspace  (unit tests, mock-runtime shell tests, tests/core)
#   3. the end-to-end journeys through the real window, one at a time,
#      on a virtual display (Xvfb); every screen they look at is also checked with axe-core
#      and for sideways scrolling at 100 % and 200 % (summary: tests/e2e/output/run-*/screens.tsv). A failing journey leaves its screenshot, page,
#      console and process list in tests/e2e/output/run-*/<session>/ and says so.
# Exits non-zero on any failure; leaves no processes behind.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

install_system_packages
require_cargo
install_tauri_driver
install_typescript
install_axe

say "Formatting: cargo fmt --all --check"
cargo fmt --all --check

say "UI type check: tsc -p ui/jsconfig.json (// @ts-check files against ui/src/ipc.d.ts)"
"$TSC" -p ui/jsconfig.json

say "Lints: cargo clippy --workspace --all-targets -D warnings"
time cargo clippy --workspace --all-targets -- -D warnings

say "cargo test --workspace"
time cargo test --workspace

# Benches and examples are not built by `cargo test`; build them so they cannot rot unseen
# (running them is scripts/bench.sh's job).
say "Build benches and examples"
# The startup bench needs the `e2e` feature (its ready line), like the end-to-end target.
cargo build --workspace --features meldwijzer/e2e --benches --examples

say "End-to-end tests under Xvfb"
# The e2e target has `test = false`, so it only runs when named here.
# It requires the `e2e` feature, which puts the WebDriver switches into the binary it
# drives; a shipped build never has them (issue 13, F7).
# Each test starts tauri-driver in its own process group and kills it on
# drop; xvfb-run stops its Xvfb when cargo exits.
time xvfb-run -a --server-args="-screen 0 1280x800x24 -nolisten tcp" \
  cargo test --workspace --features meldwijzer/e2e --test e2e -- --test-threads=1

say "The shipped binary (no e2e feature): automation ignored, no network, no GPU compositing"
time xvfb-run -a --server-args="-screen 0 1280x800x24 -nolisten tcp" \
  cargo test -p meldwijzer --test shipped -- --test-threads=1

say "All tests passed"
