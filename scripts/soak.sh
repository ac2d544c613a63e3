#!/usr/bin/env bash
# Runs the CI command (`CI=true bash .ci/run`) several times in a row, each from a fresh clone,
# with the machine under load, and records each run's time and closing lines.
#
#   bash scripts/soak.sh [RUNS] [OUT_DIR]
#
# RUNS defaults to 5; OUT_DIR to /tmp/meldwijzer-soak. Each run clones the current HEAD of this
# repository into OUT_DIR/clone-N. All runs share one build cache, OUT_DIR/target, seeded once
# from $SEED_TARGET_DIR (default: $CARGO_TARGET_DIR) so the runs neither start cold nor fight
# another build over its cache. A CPU burner per core runs beside every run (SOAK_BURNERS=0 turns
# them off): no journey may need an idle machine. (Deciding by the 1-minute load at a run's start
# left every run after the first without burners: the load it saw was the previous run's tail.)
# Stops at the first failing run; the summary is OUT_DIR/summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out="${2:-/tmp/meldwijzer-soak}"
seed="${SEED_TARGET_DIR:-${CARGO_TARGET_DIR:-$HOME/.cache/meldwijzer-target}}"
repo="$(pwd)"
mkdir -p "$out"
summary="$out/summary.txt"
: >"$summary"
note() { printf '%s\n' "$*" | tee -a "$summary"; }

if [ ! -d "$out/target" ] && [ -d "$seed" ]; then
  note "seeding the build cache from $seed"
  cp -a "$seed" "$out/target"
fi
export CARGO_TARGET_DIR="$out/target"
cores="$(nproc)"
note "soak: $runs runs of CI=true bash .ci/run on $(git rev-parse --short HEAD), $cores cores"

# Burners die with the soak, also when it is stopped mid-run (one left behind doubles the next
# soak's load).
burners=()
stop_burners() {
  for pid in "${burners[@]}"; do kill "$pid" 2>/dev/null; done
  burners=()
}
trap stop_burners EXIT
trap 'stop_burners; exit 130' INT TERM

for n in $(seq 1 "$runs"); do
  clone="$out/clone-$n"
  rm -rf "$clone"
  git clone -q "$repo" "$clone"
  load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
  burners=()
  if [ "${SOAK_BURNERS:-1}" != 0 ]; then
    for _ in $(seq 1 "$cores"); do
      sh -c 'while :; do :; done' &
      burners+=("$!")
    done
  fi
  start="$(date +%s)"
  (cd "$clone" && CI=true bash .ci/run) >"$out/run-$n.log" 2>&1
  rc=$?
  end="$(date +%s)"
  count="${#burners[@]}"
  stop_burners
  load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
  note ""
  note "run $n: exit $rc, $((end - start)) s, load at start $load_start, at end $load_end, CPU burners $count"
  grep -E '^test result|^==> |passed|failed|FAILED|^real' "$out/run-$n.log" | tail -12 | sed 's/^/    /' | tee -a "$summary"
  if [ "$rc" -ne 0 ]; then
    note "run $n failed: see $out/run-$n.log and the evidence under $clone/tests/e2e/output/"
    exit "$rc"
  fi
done
note ""
note "soak: $runs of $runs green"
