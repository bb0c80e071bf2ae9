#!/usr/bin/env bash
# Packs WasmR2R.Build.<version>.nupkg into the given folder (default nuget/out/). `dotnet pack` builds the task and,
# with cargo, the native library for this machine's RID (see WasmR2R.Build.csproj). Extra arguments go to
# `dotnet pack` (e.g. -p:WasmR2RVersion=0.1.0-test.1, -p:WasmR2RNativeRids=linux-x64, -p:WasmR2RCargoProfile=dev).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-"$here/out"}
shift || true
mkdir -p "$out"
out=$(cd "$out" && pwd)
dotnet pack "$here/WasmR2R.Build.csproj" -c Release -o "$out" -nologo -nodeReuse:false "$@"
ls -1 "$out"/WasmR2R.Build.*.nupkg
