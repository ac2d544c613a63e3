#!/usr/bin/env bash
# Installs what is missing, builds Meldwijzer and starts it.
#
#   bash scripts/setup-and-run.sh            # debug build: quickest from scratch
#   bash scripts/setup-and-run.sh --release  # optimised build, as shipped
#
# Without a display (a server, CI) the app runs on a virtual one (Xvfb);
# the script prints how to take a screenshot of it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

profile=debug
cargo_flags=()
if [ "${1:-}" = "--release" ]; then
  profile=release
  cargo_flags=(--release --features custom-protocol)
fi

install_system_packages
require_cargo

say "Building the app ($profile; the first build takes a few minutes)"
cargo build -p meldwijzer --bin meldwijzer "${cargo_flags[@]}"
app="$CARGO_TARGET_DIR/$profile/meldwijzer"

xvfb_pid=
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  say "No display found: starting a virtual one (Xvfb :$n)"
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp &
  xvfb_pid=$!
  export DISPLAY=":$n"
  sleep 1
  echo "    Screenshot: import -display :$n -window root /tmp/meldwijzer.png"
fi

say "Starting Meldwijzer ($app); close the window or press Ctrl+C to stop"
# In the background plus `wait`, so Ctrl+C or a TERM reaches the traps at once.
"$app" &
app_pid=$!
wait "$app_pid"
