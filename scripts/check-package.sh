#!/usr/bin/env bash
# Checks the Debian package the way a user meets it: install, start, remove, and the user's data
# left alone. Runs on this machine without touching its own package database or home:
#   1. a user's home with a vault in it (the committed format-1 fixture), and its sha256 sums;
#   2. `dpkg -i` into a throw-away root (dpkg --root, its own empty package database; the
#      system libraries the package depends on are this machine's, hence --force-depends);
#   3. the installed binary started under a private Xvfb with that home, until its window shows
#      the first screen (a screenshot is saved), then ended;
#   4. `dpkg --purge`, and proof that nothing of the package is left; the same with the .rpm
#      (rpm --root) when scripts/package.sh made one;
#   5. the vault's sha256 sums again: they must be the same.
#
#   bash scripts/check-package.sh [dist/meldwijzer_<version>_<arch>.deb]
#
# Output goes to the terminal and to dist/check-package.txt; the screenshot to
# dist/check-package-first-screen.png. Exit 0 only when every step held.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

deb="${1:-$(ls -t dist/meldwijzer_*.deb 2>/dev/null | head -n1)}"
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  echo "no package: run bash scripts/package.sh first" >&2
  exit 1
fi
for tool in dpkg Xvfb xdotool import sha256sum desktop-file-validate; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool (scripts/common.sh lists the packages)" >&2; exit 1; }
done

mkdir -p dist
log=dist/check-package.txt
shot=dist/check-package-first-screen.png
exec > >(tee "$log") 2>&1

work=$(mktemp -d)
root="$work/root"
home="$work/home"
vault_dir="$home/.local/share/meldwijzer"
xvfb_pid=
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the binary installed under root $1 under a private Xvfb with the user's home, waits
# until its window shows the first screen, saves a screenshot, and ends it.
start_installed() {
  exec 3> "$work/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  exec 3>&-
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  display=":$(cat "$work/display")"
  env -i PATH="/usr/bin:/bin" HOME="$home" DISPLAY="$display" LANG=C.UTF-8 \
    "$1/usr/bin/meldwijzer" >"$work/app.log" 2>&1 &
  app_pid=$!
  # The window stays hidden until the page has drawn its first screen (ui_ready); wait for it.
  if ! wid=$(DISPLAY="$display" timeout 60 xdotool search --sync --onlyvisible --name 'Meldwijzer$' | head -n1) || [ -z "$wid" ]; then
    echo "FAIL: no visible Meldwijzer window within 60 s"; cat "$work/app.log"; exit 1
  fi
  echo "window $wid visible: \"$(DISPLAY="$display" xdotool getwindowname "$wid")\", $(DISPLAY="$display" xdotool getwindowgeometry "$wid" | sed -n 's/ *Geometry: //p')"
  # The window maps before WebKit has painted into it: take screenshots until the page shows
  # (more than a handful of colours: text, buttons, the top bar), for at most 60 s.
  drawn=
  for _ in $(seq 120); do
    import -display "$display" -window root "$shot"
    colours=$(convert "$shot" -format '%k' info:)
    if [ "$colours" -gt 16 ]; then drawn=1; break; fi
    sleep 0.5
  done
  if [ -z "$drawn" ]; then echo "FAIL: the window stayed blank ($shot)"; cat "$work/app.log"; exit 1; fi
  echo "first screen drawn ($colours colours): $shot"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  echo "app ended; its output:"; sed 's/^/  | /' "$work/app.log"
  kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=
}

vault_sums() { (cd "$vault_dir" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

say "Package: $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends

say "1. The user's vault before installing ($vault_dir)"
install -d -m 0700 "$vault_dir"
install -m 0600 crates/store/tests/store/fixtures/format-1.db "$vault_dir/vault.db"
vault_sums | tee "$work/before.txt"

say "2. dpkg -i into a throw-away root ($root)"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers" "$root/var/log"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log="$work/dpkg.log" --force-not-root --force-depends -i "$deb"
dpkg --root="$root" -s meldwijzer | sed -n '/^Package:/p;/^Status:/p;/^Version:/p'
echo "installed files:"
dpkg --root="$root" -L meldwijzer | while read -r f; do [ -f "$root$f" ] && echo "  $f"; done
desktop-file-validate "$root/usr/share/applications/nl.meldwijzer.app.desktop"
echo "desktop entry valid; menu category: $(sed -n 's/^Categories=//p' "$root/usr/share/applications/nl.meldwijzer.app.desktop")"
file -b "$root/usr/bin/meldwijzer" | tr ',' '\n' | grep -E "ELF|stripped" | sed 's/^ */  /'
head -n 8 "$root/usr/share/doc/meldwijzer/copyright" | sed 's/^/  | /'

say "3. The installed binary under Xvfb, with the user's home"
start_installed "$root"

say "4. dpkg --purge"
dpkg --root="$root" --log="$work/dpkg.log" --force-not-root --purge meldwijzer
left=$(cd "$root" && find . -path ./var -prune -o \( -type f -o -type l \) -print)
if [ -n "$left" ]; then echo "FAIL: left behind:"; echo "$left"; exit 1; fi
if dpkg --root="$root" -s meldwijzer >/dev/null 2>&1; then echo "FAIL: still registered"; exit 1; fi
echo "nothing of the package left in $root (only dpkg's own database under var/)"

rpm_file=$(ls -t dist/meldwijzer-*.rpm 2>/dev/null | head -n1 || true)
if [ -n "$rpm_file" ] && command -v rpm >/dev/null 2>&1; then
  rroot="$work/rpmroot"
  say "4b. The .rpm the same way: rpm -i into a throw-away root ($rpm_file)"
  mkdir -p "$rroot"
  rpm --root "$rroot" --dbpath /var/lib/rpm --initdb
  # --nodeps: the libraries are this machine's, outside the throw-away root's rpm database.
  rpm --root "$rroot" --dbpath /var/lib/rpm -i --nodeps "$rpm_file"
  rpm --root "$rroot" --dbpath /var/lib/rpm -q meldwijzer
  start_installed "$rroot"
  rpm --root "$rroot" --dbpath /var/lib/rpm -e meldwijzer
  left=$(cd "$rroot" && find . -path ./var -prune -o \( -type f -o -type l \) -print)
  if [ -n "$left" ]; then echo "FAIL: left behind:"; echo "$left"; exit 1; fi
  if rpm --root "$rroot" --dbpath /var/lib/rpm -q meldwijzer >/dev/null 2>&1; then echo "FAIL: still registered"; exit 1; fi
  echo "rpm -e left nothing of the package in $rroot (only rpm's own database)"
fi

say "5. The user's vault after install, start and purge"
vault_sums | tee "$work/after.txt"
if ! diff -u "$work/before.txt" "$work/after.txt"; then echo "FAIL: the vault changed"; exit 1; fi
echo "vault untouched (sha256 before = after)"
say "OK: installed, started to its first screen, removed; the user's vault untouched"
