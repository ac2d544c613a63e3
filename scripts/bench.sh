#!/usr/bin/env bash
# Startup time (app vs a bare Tauri window) and IPC round-trip latency; PDF rendering time
# and file size (a typical and a long document).
#
#   bash scripts/bench.sh                   # measure and print
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
cargo build -p meldwijzer --release --features custom-protocol --bin meldwijzer --example bare

say "Running the benchmark under Xvfb"
xvfb-run -a --server-args="-screen 0 1280x800x24 -nolisten tcp" \
  cargo bench -p meldwijzer --features custom-protocol,e2e --bench startup -- "$@"

say "Rendering PDFs (meldwijzer-pdf)"
cargo bench -p meldwijzer-pdf --bench pdf -- "$@"

# The app's own benches (text outputs, autosave beside bare SQLite) are bench binaries that
# rewrite their baselines when MELDWIJZER_BENCH_WRITE_BASELINE is set.
if [ "${1:-}" = "--save-baseline" ]; then export MELDWIJZER_BENCH_WRITE_BASELINE=1; fi
say "Rendering every text output (meldwijzer-app)"
cargo bench -p meldwijzer-app --bench outputs
say "Autosave at the app API beside a bare SQLite commit (meldwijzer-app)"
cargo bench -p meldwijzer-app --bench autosave
