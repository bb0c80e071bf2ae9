#!/usr/bin/env bash
# Builds the native library and packs WasmR2R.Build.<version>.nupkg into the given folder (default nuget/out/).
# Extra arguments go to `dotnet pack` (e.g. -p:WasmR2RVersion=0.1.0-test.1).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out=${1:-"$here/out"}
shift || true
mkdir -p "$out"
out=$(cd "$out" && pwd)
(cd "$root" && cargo build --release -p wasmr2r-ffi)
dotnet pack "$here/WasmR2R.Build.csproj" -c Release -o "$out" -nodeReuse:false \
  -p:WasmR2RNativeLibraryPath="$root/target/release/libwasmr2r_native.so" "$@"
ls -1 "$out"/WasmR2R.Build.*.nupkg
