# shellcheck shell=bash
# Sourced by the other scripts (and usable by hand: `. scripts/env.sh`).
# Puts the project's private tools first on PATH so that `trunk` finds the right
# wasm-opt (npm binaryen, in .tools/bin) and never Debian's /usr/bin/wasm-opt 108,
# which silently produces a broken module.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Pinned tool versions (Trunk.toml must agree; scripts/setup checks it does).
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"          # npm binaryen@132.x  ->  Trunk.toml wasm_opt = "version_132"
WASM_TARGET="wasm32-unknown-unknown"
# The release page's WebAssembly only is built with this nightly Rust (scripts/build: its standard
# library rebuilt with panic=immediate-abort); everything else with the stable toolchain.
PAGE_TOOLCHAIN="nightly-2026-05-20"   # rustc 1.97.0-nightly (e50aa6fba 2026-05-19)
CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
WEBKIT_DRIVER="${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
FIREFOX_BIN="${FIREFOX_BIN:-/usr/bin/firefox-esr}"
export CHROMIUM_BIN CHROMEDRIVER WEBKIT_DRIVER FIREFOX_BIN
# puppeteer-core (the Firefox tests) must never download a browser: Debian's firefox-esr is used.
export PUPPETEER_SKIP_DOWNLOAD=1

export PATH="$ROOT/.tools/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# The wasm-bindgen version the page is built with, read from Cargo.lock
# (wasm-bindgen-cli must match it exactly).
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

step() { printf '==> %s\n' "$*"; }
