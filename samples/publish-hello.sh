#!/usr/bin/env bash
# The main job on an embedded default: pack WasmR2R.Build (building the native library), publish the
# HelloConsole sample with <PublishWasmR2R>true</PublishWasmR2R> from that package, and run what was published.
# Works in a copy of the sample under .work/ so the repository stays clean; prints what the program prints (the
# greeting and its two arguments) and its exit code.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$root/.work/publish-hello"
feed="$work/feed"
rm -rf "$work"
"$root/nuget/pack.sh" "$feed" >/dev/null
"$root/samples/copy-sample.sh" HelloConsole "$work/HelloConsole" "$feed"
version=$(sed -n 's:.*<WasmR2RVersion[^>]*>\([^<]*\)</WasmR2RVersion>.*:\1:p' "$root/nuget/Version.props")
# A fresh package folder: a version already restored elsewhere would hide this build's package.
export NUGET_PACKAGES="$work/packages"
(cd "$work/HelloConsole" && dotnet publish -c Release -nologo -nodeReuse:false -p:WasmR2RVersion="$version")
publish="$work/HelloConsole/bin/Release/net10.0/publish"
ls -l "$publish"/HelloConsole.r2r.wasm "$publish"/wasmr2r.mjs "$publish"/HelloConsole.mjs
set +e
node "$publish/HelloConsole.mjs" one "two words"
code=$?
set -e
echo "HelloConsole exited with $code"
[ "$code" -eq 0 ]
