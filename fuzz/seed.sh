#!/usr/bin/env bash
# Fills fuzz/corpus/read_assembly/ with a handful of small real assemblies: PE files from the installed
# .NET shared framework, WebCIL-in-Wasm files from the test inputs, and bare WebCIL payloads cut out of them.
# Missing inputs are skipped. Then fills fuzz/corpus/compile/ with the IL of 400 CoreLib methods (needs
# tests/inputs/prepare.sh to have run). Usage: fuzz/seed.sh  (from anywhere; DOTNET_FRAMEWORK_DIR / WEBCIL_DIR
# override)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/corpus/read_assembly"
framework="${DOTNET_FRAMEWORK_DIR:-/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12}"
webcil="${WEBCIL_DIR:-$here/../tests/inputs/out/webcil/wwwroot/_framework}"

mkdir -p "$corpus"
copied=0

copy() {
    local src="$1" name="$2"
    if [[ -f "$src" ]]; then
        cp "$src" "$corpus/$name"
        copied=$((copied + 1))
    else
        echo "skipping missing $src" >&2
    fi
}

# PE: small facades and libraries (15-20 KB) and one ~100 KB library with plenty of IL.
for dll in \
    System.Runtime.CompilerServices.Unsafe.dll \
    System.Runtime.Extensions.dll \
    System.Runtime.CompilerServices.VisualC.dll \
    System.Configuration.dll \
    System.Runtime.InteropServices.dll; do
    copy "$framework/$dll" "pe-$dll"
done

# Wasm-wrapped WebCIL.
for wasm in \
    WebcilApp.wasm \
    Microsoft.Win32.Primitives.wasm \
    System.Net.WebProxy.wasm \
    System.Diagnostics.StackTrace.wasm; do
    copy "$webcil/$wasm" "wasm-$wasm"
done

# Bare WebCIL: the payload from its "WbIL" magic to the end of the wrapper (trailing bytes are harmless).
for wasm in WebcilApp.wasm System.Net.WebProxy.wasm; do
    src="$webcil/$wasm"
    [[ -f "$src" ]] || continue
    offset="$(grep -obUa 'WbIL' "$src" | head -n 1 | cut -d: -f1 || true)"
    if [[ -n "$offset" ]]; then
        tail -c +"$((offset + 1))" "$src" > "$corpus/webcil-${wasm%.wasm}.webcil"
        copied=$((copied + 1))
    fi
done

echo "seeded $copied inputs into $corpus"

# The compile target: real CoreLib method bodies, written by an ignored test of the compiler.
WASMR2R_FUZZ_SEED_DIR="$here/corpus/compile" cargo test --manifest-path "$here/../Cargo.toml" \
    -p wasmr2r-compiler --test fuzz_regressions write_fuzz_seeds -- --ignored --nocapture
