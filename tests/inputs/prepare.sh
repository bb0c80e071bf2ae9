#!/usr/bin/env bash
# Prepares the .NET test inputs; CI runs it before the tests. Quiet on success, idempotent, and a no-op
# (no dotnet call) when its outputs are newer than its inputs.
#
#   1. restores RuntimePack/RuntimePack.csproj: the Mono browser-wasm runtime pack lands in the NuGet
#      global packages folder ($NUGET_PACKAGES, else ~/.nuget/packages);
#   2. publishes WebcilApp/ (browser-wasm, untrimmed, not fingerprinted) into out/webcil/: every framework
#      assembly becomes a WebCIL file out/webcil/wwwroot/_framework/<Assembly>.wasm;
#   3. writes out/paths.env (KEY=VALUE lines, absolute paths, no quoting):
#        RUNTIME_PACK_VERSION=<version from Versions.props>
#        RUNTIME_PACK_DIR=<...>/microsoft.netcore.app.runtime.mono.browser-wasm/<version>/runtimes/browser-wasm
#            (lib/net10.0/*.dll = the framework assemblies, native/System.Private.CoreLib.dll = CoreLib)
#        WEBCIL_DIR=<this folder>/out/webcil/wwwroot/_framework
#
# The version is pinned in Versions.props only. Clean state: rm -rf out */bin */obj
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/out"
paths="$out/paths.env"
stamp="$out/.stamp"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1 MSBUILDDISABLENODEREUSE=1

version=$(sed -n 's:.*<WasmRuntimePackVersion>\([^<]*\)</WasmRuntimePackVersion>.*:\1:p' "$here/Versions.props")
[[ -n "$version" ]] || { echo "prepare.sh: no WasmRuntimePackVersion in $here/Versions.props" >&2; exit 1; }
# What the outputs depend on besides the input files.
key="version=$version nuget_packages=${NUGET_PACKAGES:-}"

value() { sed -n "s:^$1=::p" "$paths" 2>/dev/null; }

# Fast path: outputs present, newer than every input, and made for the same version and package folder.
if [[ -f "$paths" && -f "$stamp" && "$(cat "$stamp")" == "$key" ]] \
   && [[ -f "$(value RUNTIME_PACK_DIR)/native/System.Private.CoreLib.dll" ]] \
   && [[ -f "$(value WEBCIL_DIR)/System.Private.CoreLib.wasm" ]] \
   && [[ -z "$(find "$here" -maxdepth 2 -path "$out" -prune -o \
               \( -name '*.props' -o -name '*.targets' -o -name '*.csproj' -o -name '*.cs' -o -name prepare.sh \) \
               -newer "$stamp" -print -quit)" ]]; then
  exit 0
fi

source "$here/../lib/quiet.sh"

mkdir -p "$out"
rm -f "$stamp" "$paths"

# 1. Runtime pack.
quiet dotnet restore "$here/RuntimePack/RuntimePack.csproj" -nologo -v:q -nodeReuse:false
# The packages folder restore really used (NUGET_PACKAGES, NuGet.config's globalPackagesFolder or the default).
root=$(sed -n 's:.*<NuGetPackageRoot[^>]*>\([^<]*\)</NuGetPackageRoot>.*:\1:p' \
         "$here/RuntimePack/obj/RuntimePack.csproj.nuget.g.props" | head -n1)
root=${root%/}
pack="$root/microsoft.netcore.app.runtime.mono.browser-wasm/$version/runtimes/browser-wasm"
if [[ ! -f "$pack/native/System.Private.CoreLib.dll" || ! -d "$pack/lib/net10.0" ]]; then
  echo "prepare.sh: runtime pack not found at $pack" >&2
  exit 1
fi

# 2. WebCIL files. A fresh folder each time, so that nothing stale survives a version change.
rm -rf "$out/webcil"
quiet dotnet publish "$here/WebcilApp/WebcilApp.csproj" -c Release -o "$out/webcil" \
  -nologo -v:q -nodeReuse:false -p:UseSharedCompilation=false
webcil="$out/webcil/wwwroot/_framework"
if ! grep -q WbIL "$webcil/System.Private.CoreLib.wasm" 2>/dev/null; then
  echo "prepare.sh: no WebCIL System.Private.CoreLib.wasm in $webcil" >&2
  ls -la "$webcil" >&2 || true
  exit 1
fi

# 3. Paths, then the stamp (last, so an interrupted run is redone).
printf 'RUNTIME_PACK_VERSION=%s\nRUNTIME_PACK_DIR=%s\nWEBCIL_DIR=%s\n' "$version" "$pack" "$webcil" >"$paths.tmp"
mv "$paths.tmp" "$paths"
printf '%s' "$key" >"$stamp"
