#!/usr/bin/env bash
# Runs the layout oracle (README.md beside this file): publishes LayoutOracle/ for browser-wasm and runs it
# with Mono's runtime in Node.js. Quiet on success except for the paths it prints; idempotent; a no-op (no
# dotnet call) when its outputs are newer than its inputs.
#
# Writes, under out/ beside this script:
#   oracle.jsonl   one JSON line per listed type (README.md, "Output")
#   oracle.log     the app's stderr: cross-check counts, struct alignments, observations
#   LayoutOracle.dll  the app's plain IL assembly (a copy of the build's TargetPath,
#                  LayoutOracle/bin/Release/net10.0/LayoutOracle.dll, that the WebCIL file was made from)
#   paths.env      KEY=VALUE lines, absolute paths, no quoting:
#     ORACLE_JSONL=<out>/oracle.jsonl
#     ORACLE_ASSEMBLY=<out>/LayoutOracle.dll
#     ORACLE_FRAMEWORK_DIR=<runtime pack>/runtimes/browser-wasm/lib/net10.0   (the runtime pack's
#         framework assemblies the app ran with, as IL; CoreLib is not among them:)
#     ORACLE_CORELIB=<runtime pack>/runtimes/browser-wasm/native/System.Private.CoreLib.dll
#     ORACLE_WEBCIL_DIR=<out>/publish/wwwroot/_framework   (the same assemblies as WebCIL, what really ran)
# and prints paths.env.
#
# The runtime pack version is pinned in ../inputs/Versions.props only. Clean state: rm -rf out LayoutOracle/bin LayoutOracle/obj
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/out"
project="$here/LayoutOracle"
versions="$here/../inputs/Versions.props"
paths="$out/paths.env"
stamp="$out/.stamp"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1 MSBUILDDISABLENODEREUSE=1

version=$(sed -n 's:.*<WasmRuntimePackVersion>\([^<]*\)</WasmRuntimePackVersion>.*:\1:p' "$versions")
[[ -n "$version" ]] || { echo "run-oracle.sh: no WasmRuntimePackVersion in $versions" >&2; exit 1; }
# What the outputs depend on besides the input files.
key="version=$version nuget_packages=${NUGET_PACKAGES:-}"

value() { sed -n "s:^$1=::p" "$paths" 2>/dev/null; }

# Fast path: outputs present, newer than every input, and made for the same version and package folder.
if [[ -f "$paths" && -f "$stamp" && "$(cat "$stamp")" == "$key" ]] \
   && [[ -s "$(value ORACLE_JSONL)" && -f "$(value ORACLE_ASSEMBLY)" && -f "$(value ORACLE_CORELIB)" ]] \
   && [[ ! "$versions" -nt "$stamp" ]] \
   && [[ -z "$(find "$here" \( -path "$out" -o -name bin -o -name obj \) -prune -o \
               \( -name '*.props' -o -name '*.targets' -o -name '*.csproj' -o -name '*.cs' \
                  -o -name 'run-oracle.*' \) -newer "$stamp" -print -quit)" ]]; then
  cat "$paths"
  exit 0
fi

source "$here/../lib/quiet.sh"

mkdir -p "$out"
rm -f "$stamp" "$paths" "$out/oracle.jsonl" "$out/oracle.jsonl.tmp" "$out/oracle.log" "$out/LayoutOracle.dll"

# 1. Publish. A fresh folder each time, so that nothing stale survives.
rm -rf "$out/publish"
# -getProperty:TargetPath makes publish print where the IL assembly went (and nothing else on success).
quiet dotnet publish "$project/LayoutOracle.csproj" -c Release -o "$out/publish" \
  -nologo -v:q -nodeReuse:false -p:UseSharedCompilation=false -getProperty:TargetPath
il=$(grep -v '^[[:space:]]*$' "$quiet_log" | tail -n1)
framework="$out/publish/wwwroot/_framework"
[[ -f "$framework/dotnet.js" && -f "$framework/LayoutOracle.wasm" ]] \
  || { echo "run-oracle.sh: no dotnet.js / LayoutOracle.wasm in $framework" >&2; ls -la "$framework" >&2 || true; exit 1; }

# 2. The IL assembly the WebCIL file was made from, and the runtime pack the app ran with.
[[ "$(head -c 2 "$il" 2>/dev/null)" == "MZ" ]] || { echo "run-oracle.sh: no IL assembly at $il" >&2; exit 1; }
cp "$il" "$out/LayoutOracle.dll"
root=$(sed -n 's:.*<NuGetPackageRoot[^>]*>\([^<]*\)</NuGetPackageRoot>.*:\1:p' \
         "$project/obj/LayoutOracle.csproj.nuget.g.props" | head -n1)
pack="${root%/}/microsoft.netcore.app.runtime.mono.browser-wasm/$version/runtimes/browser-wasm"
[[ -f "$pack/native/System.Private.CoreLib.dll" && -d "$pack/lib/net10.0" ]] \
  || { echo "run-oracle.sh: runtime pack not found at $pack" >&2; exit 1; }

# 3. Run. Exit code 1 = some techniques disagreed (MISMATCH lines in the log), 2 = the oracle failed.
if ! node "$here/run-oracle.mjs" "$framework/dotnet.js" >"$out/oracle.jsonl.tmp" 2>"$out/oracle.log"; then
  grep -E 'MISMATCH|layout oracle|Error|error' "$out/oracle.log" >&2 || tail -n 40 "$out/oracle.log" >&2
  echo "run-oracle.sh: the oracle failed; full log: $out/oracle.log" >&2
  exit 1
fi
# Every line is a type line, and there are as many as the oracle says it measured.
expected=$(sed -n 's/^types \([0-9]*\) .*/\1/p' "$out/oracle.log")
lines=$(wc -l <"$out/oracle.jsonl.tmp")
typelines=$(grep -c '^{"type":"' "$out/oracle.jsonl.tmp" || true)
if [[ -z "$expected" || "$lines" -ne "$expected" || "$typelines" -ne "$expected" ]]; then
  echo "run-oracle.sh: expected $expected type lines, got $lines lines ($typelines type lines)" >&2
  exit 1
fi
mv "$out/oracle.jsonl.tmp" "$out/oracle.jsonl"

# 4. Paths, then the stamp (last, so that an interrupted run is redone).
{
  printf 'ORACLE_JSONL=%s\n' "$out/oracle.jsonl"
  printf 'ORACLE_ASSEMBLY=%s\n' "$out/LayoutOracle.dll"
  printf 'ORACLE_FRAMEWORK_DIR=%s\n' "$pack/lib/net10.0"
  printf 'ORACLE_CORELIB=%s\n' "$pack/native/System.Private.CoreLib.dll"
  printf 'ORACLE_WEBCIL_DIR=%s\n' "$framework"
} >"$paths.tmp"
mv "$paths.tmp" "$paths"
printf '%s' "$key" >"$stamp"
cat "$paths"
