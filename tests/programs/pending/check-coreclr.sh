#!/usr/bin/env bash
# Builds every tests/programs/pending/*.cs (or PROGRAMS_DIR's *.cs) as the differential harness does (the SDK's Roslyn through its compiler
# server, -deterministic -target:exe -nullable:disable -unsafe+, the Microsoft.NETCore.App.Ref pack's ref/net10.0/*.dll), once
# with -optimize+ and once with -optimize-, both with -warnaserror+, and runs each build on CoreCLR twice (tiered
# compilation on, and off with DOTNET_TieredCompilation=0). It checks:
#   - an ordinary program exits with 100 and prints nothing on stdout;
#   - a *Throws*.cs program exits with 134, prints nothing on stdout, and its stderr starts with
#     "Unhandled exception. System.<Type>:" where System.<Type> is the exception named in its first-line comment;
#   - every program takes from the BCL only what tools/bcl-allowed.txt lists (types, members and their signatures,
#     read from the -optimize+ and -optimize- builds by tools/BclRefs.cs).
# Prints one line per failure, then a summary; exits non-zero on any failure.
#
# Usage: check-coreclr.sh [Name...]    (no names: every program; a name is a file stem, e.g. StructCopySemantics)
# Environment: JOBS (default 2) parallel jobs; KEEP=1 keeps the work folder and prints its path;
#              NO_TIERED_OFF=1 skips the runs with tiered compilation off.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The programs to check: this folder's by default, or PROGRAMS_DIR's (tests/programs for the landed ones).
programs=${PROGRAMS_DIR:-$here}
start=$(date +%s)
# SDK, references, work folder and the programs to check.
source "$here/tools/csc-setup.sh"

# One job: build <source> with <optimize> (+ or -), run it, write one result line (PASS/FAIL ...) to results/.
check_one() {
  local source=$1 opt=$2
  local name dir dll result
  name=$(basename "$source" .cs)
  dir="$work/o$opt/$name"
  result="$work/results/$name.o$opt"
  mkdir -p "$dir"
  dll="$dir/$name.dll"
  if ! dotnet "$csc" -shared -keepalive:10 -nologo "-optimize$opt" -deterministic -target:exe -nullable:disable \
    -unsafe+ -warnaserror+ "-out:$dll" "@$work/references.rsp" "$source" >"$dir/csc.txt" 2>&1; then
    echo "FAIL $name -optimize$opt: csc failed: $(grep -m 3 -E 'error|warning' "$dir/csc.txt" | tr '\n' ' ')" >"$result"
    return 0
  fi
  cp "$work/runtimeconfig.json" "$dir/$name.runtimeconfig.json"
  local expected=""
  if [[ $name == *Throws* ]]; then
    expected=$(head -n 1 "$source" | grep -o -m 1 -E 'System\.[A-Za-z]+Exception' | head -n 1 || true)
    if [ -z "$expected" ]; then
      echo "FAIL $name: a Throws program must name System.<Type>Exception in its first-line comment" >"$result"
      return 0
    fi
  fi
  local modes=(on)
  [ "${NO_TIERED_OFF:-}" = 1 ] || modes+=(off)
  local mode code problems=""
  for mode in "${modes[@]}"; do
    code=0
    # The subshell keeps bash's "Aborted" notice (a Throws program ends with SIGABRT) out of the output.
    if [ "$mode" = off ]; then
      (DOTNET_TieredCompilation=0 dotnet "$dll" >"$dir/out.$mode" 2>"$dir/err.$mode"; exit $?) 2>/dev/null || code=$?
    else
      (dotnet "$dll" >"$dir/out.$mode" 2>"$dir/err.$mode"; exit $?) 2>/dev/null || code=$?
    fi
    local what="-optimize$opt, tiered $mode"
    if [ -s "$dir/out.$mode" ]; then problems+="[$what] stdout not empty: $(head -c 80 "$dir/out.$mode") "; fi
    if [ -z "$expected" ]; then
      [ "$code" = 100 ] || problems+="[$what] exit $code (stderr: $(head -c 120 "$dir/err.$mode" | tr '\n' ' ')) "
    else
      [ "$code" = 134 ] || problems+="[$what] exit $code, expected 134 "
      local first
      first=$(head -n 1 "$dir/err.$mode")
      [[ $first == "Unhandled exception. $expected:"* ]] ||
        problems+="[$what] stderr starts '${first:0:100}', expected 'Unhandled exception. $expected:' "
    fi
  done
  if [ -n "$problems" ]; then
    echo "FAIL $name: $problems" >"$result"
  else
    echo "PASS $name -optimize$opt" >"$result"
  fi
}
export -f check_one
export work csc

for s in "${sources[@]}"; do
  [ -f "$s" ] || { echo "no such program: $s" >&2; exit 2; }
  printf '%s\0+\0%s\0-\0' "$s" "$s"
done | xargs -0 -n 2 -P "${JOBS:-2}" bash -c 'check_one "$1" "$2"' _

# What the programs take from the BCL, against the allow-list.
tool="$work/tool"
mkdir -p "$tool"
audit_failures=0
if dotnet "$csc" -shared -keepalive:10 -nologo -optimize+ -target:exe -nullable:disable "-out:$tool/BclRefs.dll" \
  "@$work/references.rsp" "$here/tools/BclRefs.cs" >"$tool/csc.txt" 2>&1; then
  cp "$work/runtimeconfig.json" "$tool/BclRefs.runtimeconfig.json"
  dlls=()
  for s in "${sources[@]}"; do
    n=$(basename "$s" .cs)
    for opt in + -; do [ -f "$work/o$opt/$n/$n.dll" ] && dlls+=("$work/o$opt/$n/$n.dll"); done
  done
  if [ ${#dlls[@]} -gt 0 ]; then
    dotnet "$tool/BclRefs.dll" "${dlls[@]}" | sort -u >"$work/bcl-refs.txt"
    grep -v -e '^#' -e '^$' "$here/tools/bcl-allowed.txt" | sort -u >"$work/allowed.txt"
    # Entries not in the allow-list, with the programs that use them.
    awk -F '\t' 'NR == FNR { ok[$0] = 1; next }
      !($2 in ok) { print "FAIL " $1 ": " ($2 ~ /^E / ? "has " substr($2, 3) : "takes from the BCL " $2) }' \
      "$work/allowed.txt" "$work/bcl-refs.txt" | sort -u >"$work/audit.txt"
    audit_failures=$(wc -l <"$work/audit.txt")
    [ "${KEEP:-}" = 1 ] && cut -f 2 "$work/bcl-refs.txt" | sort | uniq -c | sort -rn >"$work/bcl-surface.txt"
  fi
else
  echo "FAIL tools/BclRefs.cs does not build: $(head -n 3 "$tool/csc.txt")" >"$work/audit.txt"
  audit_failures=1
fi

total=$((2 * ${#sources[@]}))
passed=$(cat "$work/results"/* 2>/dev/null | grep -c '^PASS' || true)
failed=$((total - passed))
grep -h '^FAIL' "$work/results"/* "$work/audit.txt" 2>/dev/null | sort || true
programs=${#sources[@]}
throws=0
for s in "${sources[@]}"; do [[ $(basename "$s") == *Throws* ]] && throws=$((throws + 1)); done
echo "$programs programs ($throws *Throws*): $passed of $total builds passed (-optimize+ and -optimize-, tiered on$([ "${NO_TIERED_OFF:-}" = 1 ] || echo ' and off')), $failed failed, $audit_failures audit (BCL surface) violations, $(($(date +%s) - start)) s"
[ "$failed" = 0 ] && [ "$audit_failures" = 0 ]
