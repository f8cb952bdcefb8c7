# Sourced by serve.sh and test.sh before anything builds the wasm.
#
# A panic's location names its source file, and a dependency's file lives where Cargo unpacked
# it: $CARGO_HOME/registry/src/<registry>/<crate>-<version>/… . That long prefix (with the
# builder's home folder) is in the wasm once per such location. Cutting it keeps what helps
# (tachys-0.2.19/src/html/property.rs), makes the wasm the same whoever builds it, and makes it
# smaller (docs/performance.md). Cargo adds these flags to those in .cargo/config.toml.
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
wasm_flags=""
# Each registry Cargo has used (setup.sh has just installed tools from it), and crates.io's
# folder name in any case.
for registry in $( (ls "$cargo_home/registry/cache" "$cargo_home/registry/src" 2>/dev/null;
                    echo index.crates.io-1949cf8c6b5b557f) | grep -v ':$' | sort -u); do
  wasm_flags="$wasm_flags --remap-path-prefix=$cargo_home/registry/src/$registry/="
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${wasm_flags# }"
