# Shared by the scripts in this folder; source it, do not run it.
# Installs what a fresh Debian 12 machine lacks and sets up the cargo cache.

# System packages: build tools, WebKitGTK, a virtual display, the WebDriver
# for end-to-end tests, fonts (without them no text renders) and the tools
# the tests use to look at windows, PDFs, network calls and the clipboard.
MELDWIJZER_SYSTEM_PACKAGES=(
  build-essential pkg-config libwebkit2gtk-4.1-dev
  xvfb xauth x11-utils webkit2gtk-driver
  imagemagick fonts-dejavu-core poppler-utils
  strace xdotool xclip
)

say() { printf '\n==> %s\n' "$*"; }

# Installs only the packages that are missing, with sudo when not root.
install_system_packages() {
  local missing=() pkg
  for pkg in "${MELDWIJZER_SYSTEM_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "System packages: all present"
    return
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  say "Installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Cargo must come from rustup (Debian's cargo is too old for Tauri 2).
require_cargo() {
  if [ -d "$HOME/.cargo/bin" ]; then PATH="$HOME/.cargo/bin:$PATH"; fi
  if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found: install Rust with rustup (https://rustup.rs) and run this again." >&2
    exit 1
  fi
  # One build cache outside the clone, shared by every clone and by CI.
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/meldwijzer-target}"
  export PATH
  say "Using $(cargo --version); build cache in $CARGO_TARGET_DIR"
  claim_build_cache
}

# Cargo calls a workspace crate fresh when no file of it is newer than its last build; where the
# checkout lives is not part of that. A checkout older than the cache's last build from another
# folder (a fresh clone, CI's) would run that other folder's binaries, whose compiled-in paths
# (env!("CARGO_MANIFEST_DIR"): migrations, content, golden files) may point at files that are
# gone or different. So when the cache was last used from another folder (or nobody recorded
# which), this checkout's own crates are rebuilt; the dependencies stay cached.
# Run from the repository's root.
claim_build_cache() {
  local here owner="" owner_file="$CARGO_TARGET_DIR/meldwijzer-checkout"
  here="$(pwd -P)"
  if [ -f "$owner_file" ]; then owner="$(cat "$owner_file")"; fi
  if [ "$owner" != "$here" ] && { [ -d "$CARGO_TARGET_DIR/debug" ] || [ -d "$CARGO_TARGET_DIR/release" ]; }; then
    say "Build cache last used from ${owner:-an unrecorded folder}: rebuilding this checkout's crates"
    cargo clean --workspace --quiet
    cargo clean --workspace --release --quiet
  fi
  mkdir -p "$CARGO_TARGET_DIR"
  printf '%s\n' "$here" >"$owner_file"
}

# The UI's type check: TypeScript's checker from the npm registry, pinned, installed into a
# cache outside the clone (no package.json, no bundler: the app loads ui/ as it is).
TYPESCRIPT_VERSION=5.9.3
install_typescript() {
  local dir="${MELDWIJZER_TOOLS_DIR:-$HOME/.cache/meldwijzer-tools}/typescript-$TYPESCRIPT_VERSION"
  TSC="$dir/node_modules/.bin/tsc"
  if [ -x "$TSC" ]; then
    say "TypeScript $TYPESCRIPT_VERSION: present"
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
    say "Installing nodejs and npm (for the UI's type check)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
  fi
  say "Installing TypeScript $TYPESCRIPT_VERSION into $dir"
  mkdir -p "$dir"
  npm install --no-audit --no-fund --prefix "$dir" "typescript@$TYPESCRIPT_VERSION"
}

# axe-core, the accessibility checker the end-to-end journeys inject into every screen they
# look at (tests/e2e/harness.rs, `check_screen`): a test asset from the npm registry, pinned by
# exact version and integrity (npm ci refuses a tarball whose hash differs), installed into
# the same cache; nothing of it goes into the app. Sets AXE_JS and exports MELDWIJZER_AXE.
AXE_VERSION=4.14.1
AXE_INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==
install_axe() {
  local dir="${MELDWIJZER_TOOLS_DIR:-$HOME/.cache/meldwijzer-tools}/axe-core-$AXE_VERSION"
  AXE_JS="$dir/node_modules/axe-core/axe.min.js"
  export MELDWIJZER_AXE="$AXE_JS"
  if [ -f "$AXE_JS" ] && grep -q "\"integrity\": \"$AXE_INTEGRITY\"" "$dir/package-lock.json" 2>/dev/null; then
    say "axe-core $AXE_VERSION: present"
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
    say "Installing nodejs and npm (for the accessibility checker)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
  fi
  say "Installing axe-core $AXE_VERSION into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  cat >"$dir/package.json" <<JSON
{ "name": "meldwijzer-axe", "private": true, "dependencies": { "axe-core": "$AXE_VERSION" } }
JSON
  cat >"$dir/package-lock.json" <<JSON
{
  "name": "meldwijzer-axe",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "meldwijzer-axe", "dependencies": { "axe-core": "$AXE_VERSION" } },
    "node_modules/axe-core": {
      "version": "$AXE_VERSION",
      "resolved": "https://registry.npmjs.org/axe-core/-/axe-core-$AXE_VERSION.tgz",
      "integrity": "$AXE_INTEGRITY",
      "license": "MPL-2.0"
    }
  }
}
JSON
  (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts)
}

# tauri-driver bridges WebDriver clients to WebKitWebDriver.
install_tauri_driver() {
  if command -v tauri-driver >/dev/null 2>&1; then
    say "tauri-driver: present"
    return
  fi
  say "Installing tauri-driver (cargo install, about 30 s)"
  cargo install tauri-driver --locked
}
