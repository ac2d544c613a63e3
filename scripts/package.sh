#!/usr/bin/env bash
# Builds the Debian package of Meldwijzer, dist/meldwijzer_<version>_<arch>.deb, and from the same
# staged tree an RPM (dist/meldwijzer-<version>-1.<arch>.rpm) where rpmbuild is installed.
#
#   bash scripts/package.sh            # release build, then the .deb
#   bash scripts/package.sh --no-build # package the release binary already built
#
# Tauri's own bundler (tauri-cli) would need tools from the network; this stages the
# package tree by hand and packs it with `dpkg-deb`, offline. What goes in:
#   /usr/bin/meldwijzer                                   the release binary (stripped by the profile)
#   /usr/share/applications/nl.meldwijzer.app.desktop     menu entry (Office; one main category, so it is listed once)
#   /usr/share/icons/hicolor/*/apps/meldwijzer.{png,svg}  the icon (scripts/icons.sh)
#   /usr/share/doc/meldwijzer/copyright                   the app's licence (EUPL-1.2), Debian format
#   /usr/share/metainfo/nl.meldwijzer.app.metainfo.xml    software-centre listing
# Dependencies come from dpkg-shlibdeps (the libraries the binary links). Check the package with
# scripts/check-package.sh. Windows and macOS packages are built in CI (.github/workflows/package.yml).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; fi

for tool in dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "missing $tool: apt-get install dpkg-dev" >&2
    exit 1
  fi
done

require_cargo
if [ "$build" = 1 ]; then
  say "Building the release binary (the first build takes a while: fat LTO on one codegen unit)"
  cargo build --release --features custom-protocol -p meldwijzer --bin meldwijzer
fi
bin="$CARGO_TARGET_DIR/release/meldwijzer"
if [ ! -x "$bin" ]; then
  echo "no release binary at $bin: run without --no-build" >&2
  exit 1
fi

version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
arch=$(dpkg --print-architecture)
# The files' dates are the last commit's, so the same commit packs to the same bytes.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/meldwijzer_${version}_${arch}"

install -D -m 0755 "$bin" "$stage/usr/bin/meldwijzer"
install -D -m 0644 packaging/linux/nl.meldwijzer.app.desktop "$stage/usr/share/applications/nl.meldwijzer.app.desktop"
install -D -m 0644 packaging/linux/nl.meldwijzer.app.metainfo.xml "$stage/usr/share/metainfo/nl.meldwijzer.app.metainfo.xml"
icons=src-tauri/icons
for pair in 32x32:32x32.png 64x64:64x64.png 128x128:128x128.png 256x256:128x128@2x.png 512x512:icon.png; do
  install -D -m 0644 "$icons/${pair#*:}" "$stage/usr/share/icons/hicolor/${pair%%:*}/apps/meldwijzer.png"
done
install -D -m 0644 "$icons/icon.svg" "$stage/usr/share/icons/hicolor/scalable/apps/meldwijzer.svg"

doc="$stage/usr/share/doc/meldwijzer"
install -d -m 0755 "$doc"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Meldwijzer"
  echo "Comment: The Rust crates built into the binary keep their own licences; the app lists"
  echo " every one of them under \"Over Meldwijzer\" (generated from cargo metadata into"
  echo " crates/app/licences.json)."
  echo
  echo "Files: *"
  echo "Copyright: the Meldwijzer authors"
  echo "License: EUPL-1.2"
  # Debian format: every licence line indented by one space, an empty line as " .".
  sed -e 's/^$/./' -e 's/^/ /' LICENSE
} > "$doc/copyright"
chmod 0644 "$doc/copyright"

# Dependencies as the binary links them (libwebkit2gtk-4.1-0, libgtk-3-0, ...).
mkdir -p "$work/shlibs/debian"
printf 'Source: meldwijzer\n\nPackage: meldwijzer\nArchitecture: any\n' > "$work/shlibs/debian/control"
depends=$(cd "$work/shlibs" && dpkg-shlibdeps -O -e "$stage/usr/bin/meldwijzer" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
if [ -z "$depends" ]; then
  echo "dpkg-shlibdeps found no dependencies" >&2
  exit 1
fi

size=$(du -k -s --exclude=DEBIAN "$stage" | cut -f1)
install -d -m 0755 "$stage/DEBIAN"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  packaging/linux/control.in > "$stage/DEBIAN/control"

find "$stage" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
mkdir -p dist
out="dist/meldwijzer_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null

# The same tree as an .rpm, where rpmbuild is installed (Debian: apt-get install rpm).
rpm_out=
if command -v rpmbuild >/dev/null 2>&1; then
  rpmbuild -bb --quiet \
    --define "_topdir $work/rpm" --define "stage $stage" --define "pkgversion $version" \
    --define "use_source_date_epoch_as_buildtime 1" --define "clamp_mtime_to_source_date_epoch 1" \
    packaging/linux/meldwijzer.spec >"$work/rpmbuild.log" 2>&1 || { cat "$work/rpmbuild.log" >&2; exit 1; }
  built=$(find "$work/rpm/RPMS" -name '*.rpm' | head -n1)
  rpm_out="dist/$(basename "$built")"
  cp "$built" "$rpm_out"
fi

say "Package: $out ($(du -h "$out" | cut -f1))"
dpkg-deb --info "$out" | sed -n '/Package:/,$p'
dpkg-deb --contents "$out"
if [ -n "$rpm_out" ]; then
  say "Package: $rpm_out ($(du -h "$rpm_out" | cut -f1))"
  rpm -qp --info "$rpm_out" 2>/dev/null | sed -n '1,/^Description/p'
  echo "requires:"; rpm -qp --requires "$rpm_out" 2>/dev/null | sed 's/^/  /'
else
  echo "(no .rpm: rpmbuild is not installed; apt-get install rpm)"
fi
