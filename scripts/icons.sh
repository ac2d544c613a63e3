#!/usr/bin/env bash
# Regenerates every app icon from its one source, src-tauri/icons/icon.svg:
#   icon.png (512, the window icon Tauri embeds), 32x32.png, 64x64.png, 128x128.png,
#   128x128@2x.png (256; Linux bundles), icon.ico (Windows: 16–256) and icon.icns (macOS).
# The results are committed; run this only after changing the SVG.
#
#   bash scripts/icons.sh
#
# Needs rsvg-convert (Debian: librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert:librsvg2-bin convert:imagemagick png2icns:icnsutils; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    echo "missing ${tool%%:*}: apt-get install ${tool##*:}" >&2
    exit 1
  fi
done

dir=src-tauri/icons
svg=$dir/icon.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# rsvg-convert writes no time stamps, so the PNGs only change when the SVG does.
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" -o "$tmp/$size.png"
done

cp "$tmp/32.png" "$dir/32x32.png"
cp "$tmp/64.png" "$dir/64x64.png"
cp "$tmp/128.png" "$dir/128x128.png"
cp "$tmp/256.png" "$dir/128x128@2x.png"
cp "$tmp/512.png" "$dir/icon.png"
convert "$tmp"/{16,24,32,48,64,128,256}.png "$dir/icon.ico"
png2icns "$dir/icon.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null

ls -l "$dir"
