#!/usr/bin/env bash
# Builds every tests/framework/*.cs (or those named on the command line) as the differential harness does (the SDK's
# Roslyn through its compiler server, -deterministic -target:exe -nullable:disable -unsafe+ -langversion:latest, the
# newest Microsoft.NETCore.App.Ref pack's ref/net10.0/*.dll), once with -optimize+ and once with -optimize-, both with
# -warnaserror+, and runs each build on CoreCLR with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, twice (tiered compilation
# on, and off with DOTNET_TieredCompilation=0). It checks that each of the four runs exits with 0 and writes nothing
# on stderr, and that the four runs print the same stdout.
# Prints one line per failure, then a summary; exits non-zero on any failure.
#
# Usage: check-coreclr.sh [Name...]    (no names: every program; a name is a file stem, e.g. LinqGroupByOrder)
# Environment: JOBS (default 4) parallel jobs; KEEP=1 keeps the work folder and prints its path (each program's
#              expected output is then <work>/o+/<Name>/out.on).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
start=$(date +%s)
programs=$here
# SDK, references, work folder and the programs to check.
source "$here/../programs/pending/tools/csc-setup.sh"

# One job: build <source> with <optimize> (+ or -) and run it twice; writes one result line to results/.
check_one() {
  local source=$1 opt=$2
  local name dir dll result
  name=$(basename "$source" .cs)
  dir="$work/o$opt/$name"
  result="$work/results/$name.o$opt"
  mkdir -p "$dir"
  dll="$dir/$name.dll"
  if ! dotnet "$csc" -shared -keepalive:10 -nologo "-optimize$opt" -deterministic -target:exe -nullable:disable \
    -unsafe+ -langversion:latest -warnaserror+ "-out:$dll" "@$work/references.rsp" "$source" >"$dir/csc.txt" 2>&1; then
    echo "FAIL $name -optimize$opt: csc failed: $(grep -m 3 -E 'error|warning' "$dir/csc.txt" | tr '\n' ' ')" >"$result"
    return 0
  fi
  cp "$work/runtimeconfig.json" "$dir/$name.runtimeconfig.json"
  local mode code problems=""
  for mode in on off; do
    code=0
    if [ "$mode" = off ]; then
      (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_TieredCompilation=0 dotnet "$dll" >"$dir/out.$mode" 2>"$dir/err.$mode"
       exit $?) 2>/dev/null || code=$?
    else
      (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet "$dll" >"$dir/out.$mode" 2>"$dir/err.$mode"; exit $?) 2>/dev/null || code=$?
    fi
    local what="-optimize$opt, tiered $mode"
    [ "$code" = 0 ] || problems+="[$what] exit $code "
    if [ -s "$dir/err.$mode" ]; then problems+="[$what] stderr: $(head -c 160 "$dir/err.$mode" | tr '\n' ' ') "; fi
    [ -s "$dir/out.$mode" ] || problems+="[$what] stdout empty "
  done
  if ! cmp -s "$dir/out.on" "$dir/out.off"; then
    problems+="[-optimize$opt] stdout differs between tiered on and off: $(diff "$dir/out.on" "$dir/out.off" | grep -m 1 '^[<>]') "
  fi
  if [ -n "$problems" ]; then
    echo "FAIL $name -optimize$opt: $problems" >"$result"
  else
    echo "PASS $name -optimize$opt" >"$result"
  fi
}
export -f check_one
export work csc

for s in "${sources[@]}"; do
  [ -f "$s" ] || { echo "no such program: $s" >&2; exit 2; }
  printf '%s\0+\0%s\0-\0' "$s" "$s"
done | xargs -0 -n 2 -P "${JOBS:-4}" bash -c 'check_one "$1" "$2"' _

# The -optimize+ and -optimize- builds must print the same.
for s in "${sources[@]}"; do
  n=$(basename "$s" .cs)
  a="$work/o+/$n/out.on" b="$work/o-/$n/out.on"
  if [ -f "$a" ] && [ -f "$b" ] && ! cmp -s "$a" "$b"; then
    echo "FAIL $n: stdout differs between -optimize+ and -optimize-: $(diff "$a" "$b" | grep -m 1 '^[<>]')" \
      >>"$work/results/$n.o+"
  fi
done

total=$((2 * ${#sources[@]}))
passed=0
for s in "${sources[@]}"; do
  n=$(basename "$s" .cs)
  for opt in + -; do
    ! grep -q '^FAIL' "$work/results/$n.o$opt" 2>/dev/null && grep -q '^PASS' "$work/results/$n.o$opt" 2>/dev/null &&
      passed=$((passed + 1))
  done
done
failed=$((total - passed))
grep -h '^FAIL' "$work/results"/* 2>/dev/null | sort || true
echo "${#sources[@]} programs: $passed of $total builds passed (-optimize+ and -optimize-, tiered on and off, invariant globalization), $failed failed, $(($(date +%s) - start)) s"
[ "$failed" = 0 ]
