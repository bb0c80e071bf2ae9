# Sourced by the CoreCLR check scripts (tests/programs/pending/check-coreclr.sh, tests/framework/check-coreclr.sh):
# finds the newest SDK's Roslyn (`csc`) and the newest reference pack beside it (`refs`), and makes a work folder
# (`work`, removed on exit unless KEEP=1) holding `references.rsp`, `runtimeconfig.json` and `results/`, and
# `sources`: the programs named on the command line ($@, file stems) or every *.cs of `programs`.
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

sdk_line=$(dotnet --list-sdks | sort -V | tail -n 1)
sdk="${sdk_line#*[}"
sdk="${sdk%]}/${sdk_line%% *}"
csc="$sdk/Roslyn/bincore/csc.dll"
packs="$sdk/../../packs/Microsoft.NETCore.App.Ref"
ref_version=$(ls "$packs" | sort -V | tail -n 1)
refs="$packs/$ref_version/ref/net10.0"
[ -f "$csc" ] || { echo "no csc.dll at $csc" >&2; exit 2; }
[ -d "$refs" ] || { echo "no reference pack at $refs" >&2; exit 2; }

work=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi
for f in "$refs"/*.dll; do printf -- '-r:"%s"\n' "$f"; done >"$work/references.rsp"
printf '%s' '{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}' \
  >"$work/runtimeconfig.json"
mkdir -p "$work/results"

if [ $# -gt 0 ]; then
  sources=()
  for n in "$@"; do sources+=("$programs/$(basename "${n%.cs}").cs"); done
else
  sources=("$programs"/*.cs)
fi
