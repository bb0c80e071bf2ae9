#!/usr/bin/env bash
# Time to the first line of output: Hello World (tests/bench/first-line/Hello.cs, `Console.WriteLine`) from process
# spawn to the first byte on stdout, side by side in alternating rounds: WasmR2R in Node (the image `wasmr2r
# compile` makes, run by its generated .mjs), Mono's browser-wasm runtime in Node (the same source published as a
# browser-wasm app, started through the runtime pack's dotnet.js), CoreCLR (`dotnet Hello.dll`), and Node printing
# the same line (`node -e`), the floor for both Wasm runners. Prints the table; writes .work/bench-first-line/
# first-line.json. Env: ROUNDS (default 11). ~2 min (the Mono publish, once).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/tests/bench/first-line"
work="$root/.work/bench-first-line"
mkdir -p "$work/clr" "$work/wasmr2r"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1 MSBUILDDISABLENODEREUSE=1
source "$root/tests/lib/quiet.sh"

echo "preparing inputs and a release build of wasmr2r ..." >&2
quiet "$root/tests/inputs/prepare.sh"
quiet cargo build --release --locked -p wasmr2r-cli --manifest-path "$root/Cargo.toml"

sdk=$(dotnet --list-sdks | tail -n1 | sed 's/^\([^ ]*\) \[\(.*\)\]$/\2\/\1/')
refs=$(ls -d "$(dirname "$sdk")"/../packs/Microsoft.NETCore.App.Ref/*/ref/net10.0 | sort -V | tail -n1)
reference_args=()
for r in "$refs"/*.dll; do reference_args+=("-r:$r"); done
quiet dotnet "$sdk/Roslyn/bincore/csc.dll" -nologo -optimize+ -deterministic -target:exe -out:"$work/clr/Hello.dll" \
  "${reference_args[@]}" "$here/Hello.cs"
printf '{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}' \
  >"$work/clr/Hello.runtimeconfig.json"
quiet "$root/target/release/wasmr2r" compile "$work/clr/Hello.dll" -o "$work/wasmr2r"

echo "publishing Hello for Mono (browser-wasm) ..." >&2
rm -rf "$work/mono"
quiet dotnet publish "$here/MonoHello/MonoHello.csproj" -c Release -o "$work/mono" -nologo -v:q -nodeReuse:false

node "$here/measure.mjs" "${ROUNDS:-11}" "$work/first-line.json" \
  "wasmr2r-node=[\"node\",\"$work/wasmr2r/Hello.mjs\"]" \
  "mono-node=[\"node\",\"$root/tests/bench/speed/run-mono.mjs\",\"$work/mono/wwwroot/_framework/dotnet.js\",\"Hello\"]" \
  "coreclr=[\"env\",\"DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1\",\"dotnet\",\"$work/clr/Hello.dll\"]" \
  "node-console.log=[\"node\",\"-e\",\"console.log('Hello, World!')\"]"
