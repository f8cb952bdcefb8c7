#!/usr/bin/env bash
# bench/i18n/size.sh OUT_DIR NAME: wasm-bindgen, wasm-opt -Oz, then the wasm's brotli size.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
cd "$1"
n=$2
wasm-bindgen --target web --no-typescript --out-dir "out-$n" "$n/target/wasm32-unknown-unknown/release/$n.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals "out-$n/${n}_bg.wasm" -o "out-$n/opt.wasm"
node -e "const z=require('zlib'),f=require('fs');const b=f.readFileSync('out-$n/opt.wasm');console.log('$n', 'raw', b.length, 'brotli', z.brotliCompressSync(b).length)"
