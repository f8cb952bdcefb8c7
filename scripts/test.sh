#!/usr/bin/env bash
# Runs every check, in the order of STYLE.md: format, lints (native and wasm), native tests,
# release build, browser tests, size budget. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
. scripts/wasm-flags.sh

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check
step "cargo clippy (native: core and tests)"
cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32: the app)"
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
step "cargo test (native)"
cargo test
step "trunk build --release"
trunk build --release
step "browser tests (headless chromium), dist/ served at the root"
E2E_BASE=/ node --test --test-concurrency=1 e2e/
step "browser tests again, dist/ served under a sub-path (/news/2026/karabakh-services/)"
node --test --test-concurrency=1 e2e/
step "size budget"
node scripts/size-budget.mjs
