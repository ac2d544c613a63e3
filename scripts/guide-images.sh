#!/usr/bin/env bash
# Regenerates the screenshots in docs/guide/img/ from the end-to-end journeys, so the user guide
# shows the app as it is. Runs the six journeys that take those screenshots (under Xvfb, one at a
# time), then copies each into the guide under the name of its section, 1024 px wide.
#
#   bash scripts/guide-images.sh              # run the journeys, then copy
#   bash scripts/guide-images.sh --copy-only  # copy what tests/e2e/screenshots already holds
#
# The guide itself is docs/guide/{nl,en}/guide.md; the app embeds its text ("Hulp"), not the
# images. `cargo test -p meldwijzer-app --test guide` checks every image the guide names exists.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

# guide image <- screenshot taken by a journey (tests/e2e/*.rs)
MAP=(
  eerste-keer:smoke-set-up-screen
  casus-starten:02-nieuwe-casus
  stap-signalen:06-stap-1-ingevuld
  stap-consultatie:07-stap-2
  stap-gesprek:08-stap-3
  stap-wegen:09-stap-4-wegen
  stap-beslissen:11-stap-5-besloten
  adviesvraag:51-adviesvraag
  afsluiten:44-afsluiten-dossier
  oefenmodus:70-oefenmodus-casussen
  kluis:31-kluis-vergrendeld
)
JOURNEYS=(
  smoke::window_opens_on_the_set_up_screen_then_the_case_list
  journey::a_teacher_records_signals_and_a_disclosure_and_decides_with_a_reason
  outputs::the_adviesvraag_is_written_checked_copied
  autosave::typing_is_saved_after_a_pause_and_quick_hide_saves_locks_and_comes_back_to_the_same_step
  training::a_trainer_plays_a_case_in_the_presenter_and_nothing_reaches_the_disk
  vault::locking_removes_every_case_text_and_only_the_right_passphrase_brings_it_back
)

if [ "${1:-}" != "--copy-only" ]; then
  require_cargo
  for journey in "${JOURNEYS[@]}"; do
    say "Journey $journey"
    xvfb-run -a --server-args="-screen 0 1280x800x24 -nolisten tcp" \
      cargo test -p meldwijzer --features e2e --test e2e -- "$journey" --test-threads=1
  done
fi

shots=tests/e2e/screenshots
out=docs/guide/img
mkdir -p "$out"
for pair in "${MAP[@]}"; do
  name=${pair%%:*}
  shot="$shots/${pair#*:}.png"
  if [ ! -f "$shot" ]; then
    echo "missing $shot: run without --copy-only" >&2
    exit 1
  fi
  # 96 colours without dithering: UI screenshots stay sharp at a quarter of the size.
  convert "$shot" -resize '1024x>' -strip -dither None -colors 96 "PNG8:$out/$name.png"
done
say "Guide images: $(ls "$out" | wc -l) in $out"
