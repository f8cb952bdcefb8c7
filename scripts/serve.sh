#!/usr/bin/env bash
# Builds the release and serves the dashboard at http://127.0.0.1:8080 (PORT=… to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
. scripts/wasm-flags.sh
trunk build --release
exec node scripts/static-server.mjs --dir dist --host 127.0.0.1 --port "${PORT:-8080}"
