#!/usr/bin/env bash
# The speed suite (tests/bench/speed/README.md): every kernel of tests/bench/speed/kernels on CoreCLR, WasmR2R in
# Node, WasmR2R in Chromium and Mono's browser-wasm runtime in Node, side by side in alternating rounds; plus the
# compile throughput of wasmr2r and crossgen2. Writes .work/bench-speed/report.html (SVG plots) and figures.json
# (the previous run's becomes previous.json, and the report shows the change), and prints the table.
#
# Env: ROUNDS (5), KERNELS (names, default all), RUNNERS, THROUGHPUT=0 (skip the compilers' throughput). ~15 min.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/tests/bench/speed"
work="$root/.work/bench-speed"
mkdir -p "$work/clr" "$work/throughput"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1 MSBUILDDISABLENODEREUSE=1

source "$root/tests/lib/quiet.sh"

echo "preparing inputs, Chromium and a release build of wasmr2r ..." >&2
quiet "$root/tests/inputs/prepare.sh"
quiet "$root/tests/browser/install.sh"
quiet cargo build --release --locked -p wasmr2r-cli --manifest-path "$root/Cargo.toml"
value() { sed -n "s:^$1=::p" "$root/tests/inputs/out/paths.env"; }
pack=$(value RUNTIME_PACK_DIR)
pack_version=$(value RUNTIME_PACK_VERSION)

# The kernels, by Roslyn, for CoreCLR (and as our compiler's input).
sdk=$(dotnet --list-sdks | tail -n1 | sed 's/^\([^ ]*\) \[\(.*\)\]$/\2\/\1/')
refs=$(ls -d "$(dirname "$sdk")"/../packs/Microsoft.NETCore.App.Ref/*/ref/net10.0 | sort -V | tail -n1)
runtime=$(dotnet --list-runtimes | grep '^Microsoft.NETCore.App ' | tail -n1 | sed 's/^[^ ]* \([^ ]*\) \[\(.*\)\]$/\2\/\1/')
reference_args=()
for r in "$refs"/*.dll; do reference_args+=("-r:$r"); done
# A kernel may build on another's code: a `// uses: Other.cs` line compiles that file with it (its Main is the one
# of the class named like the file).
for source in "$here"/kernels/*.cs; do
  name=$(basename "$source" .cs)
  dll="$work/clr/$name.dll"
  uses=$(sed -n 's|^// uses: *||p' "$source")
  sources=("$source")
  for u in $uses; do sources+=("$here/kernels/$u"); done
  if [[ ! -f "$dll" || -n "$(find "${sources[@]}" -newer "$dll" -print -quit)" ]]; then
    quiet dotnet "$sdk/Roslyn/bincore/csc.dll" -nologo -optimize+ -deterministic -target:exe -nullable:enable \
      -main:"Kernels.$name" -out:"$dll" "${reference_args[@]}" "${sources[@]}"
  fi
  printf '{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}' \
    >"$work/clr/$name.runtimeconfig.json"
done

# Mono: one browser-wasm app with every kernel, published when a source changed.
stamp="$work/mono/.stamp"
if [[ ! -f "$stamp" || -n "$(find "$here/kernels" "$here/MonoKernels" -newer "$stamp" \( -name '*.cs' -o -name '*.csproj' \) -print -quit)" ]]; then
  echo "publishing the kernels for Mono (browser-wasm) ..." >&2
  rm -rf "$work/mono"
  quiet dotnet publish "$here/MonoKernels/MonoKernels.csproj" -c Release -o "$work/mono" -nologo -v:q -nodeReuse:false
  touch "$stamp"
fi

# crossgen2, in the version the SDK picks for ReadyToRun (restored through a project that asks for it).
cg_project="$work/crossgen2-restore"
mkdir -p "$cg_project"
cat >"$cg_project/Crossgen2Restore.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
    <PublishReadyToRun>true</PublishReadyToRun>
  </PropertyGroup>
</Project>
EOF
printf 'class P { static void Main() {} }\n' >"$cg_project/P.cs"
quiet dotnet restore "$cg_project/Crossgen2Restore.csproj" -nologo
# The assets file lists it as a downloaded package: {"name": "Microsoft.NETCore.App.Crossgen2.linux-x64", "version": "[v, v]"}.
cg_version=$(grep -A1 '"name": "Microsoft.NETCore.App.Crossgen2.linux-x64"' "$cg_project/obj/project.assets.json" \
  | sed -n 's/.*"version": "\[\([^,]*\),.*/\1/p' | head -n1)
packages=$(sed -n 's:.*<NuGetPackageRoot[^>]*>\([^<]*\)</NuGetPackageRoot>.*:\1:p' "$cg_project/obj/Crossgen2Restore.csproj.nuget.g.props" | head -n1)
crossgen2="${packages%/}/microsoft.netcore.app.crossgen2.linux-x64/$cg_version/tools/crossgen2"
[[ -x "$crossgen2" ]] || { echo "speed.sh: no crossgen2 at $crossgen2" >&2; exit 1; }

cat >"$work/tools.json" <<EOF
{
  "repo": "$root",
  "kernels": "$here/kernels",
  "wasmr2r": "$root/target/release/wasmr2r",
  "dotnet": "$(command -v dotnet)",
  "dotnetVersion": "$(basename "$runtime")",
  "coreclrFramework": "$runtime",
  "runtimePackLib": "$pack/lib/net10.0",
  "runtimePackCoreLib": "$pack/native/System.Private.CoreLib.dll",
  "runtimePackVersion": "$pack_version",
  "monoRunner": "$here/run-mono.mjs",
  "wasmr2rRunner": "$here/run-wasmr2r.mjs",
  "chromium": "${CHROMIUM:-/usr/bin/chromium}",
  "playwright": "$root/tests/browser/node_modules/playwright-core/index.mjs",
  "crossgen2": "$crossgen2",
  "crossgen2Version": "$cg_version",
  "throughputAssemblies": ["System.Collections", "System.Text.RegularExpressions", "System.Private.Xml"]
}
EOF
node "$here/run.mjs" "$work"
