#!/usr/bin/env bash
# Startup time (app vs a bare Tauri window, with the app's start-up stages), idle memory (PSS of
# the process tree, app vs bare) and IPC round-trip latency (quiet and with one CPU burner per
# core); PDF rendering time and file size (a typical and a long document).
#
#   bash scripts/bench.sh                   # measure and print
#   bash scripts/bench.sh --runs 6 --pss 2  # fewer startup / memory rounds (defaults 20 / 5;
#                                           # --ipc N calls per IPC phase, default 200)
#   bash scripts/bench.sh --save-baseline   # also write src-tauri/benches/baseline.json,
#                                           # crates/pdf/benches/baseline.json and
#                                           # crates/app/benches/{outputs,autosave}-baseline.json
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

install_system_packages
require_cargo
install_tauri_driver

say "Building the release app and the bare reference window"
# With the bench's own features (`e2e`: the ready line and the timing marks), so `cargo bench`
# below reuses this build instead of linking the app a second time.
cargo build -p meldwijzer --release --features custom-protocol,e2e --bin meldwijzer --example bare

say "Running the benchmark under Xvfb"
xvfb-run -a --server-args="-screen 0 1280x800x24 -nolisten tcp" \
  cargo bench -p meldwijzer --features custom-protocol,e2e --bench startup -- "$@"

say "Rendering PDFs (meldwijzer-pdf)"
cargo bench -p meldwijzer-pdf --bench pdf -- "$@"

# The app's own benches (text outputs, autosave beside bare SQLite) are bench binaries that
# rewrite their baselines when MELDWIJZER_BENCH_WRITE_BASELINE is set.
for arg in "$@"; do if [ "$arg" = "--save-baseline" ]; then export MELDWIJZER_BENCH_WRITE_BASELINE=1; fi; done
say "Rendering every text output (meldwijzer-app)"
cargo bench -p meldwijzer-app --bench outputs
say "Autosave at the app API beside a bare SQLite commit (meldwijzer-app)"
cargo bench -p meldwijzer-app --bench autosave
