#!/usr/bin/env bash
# What PublishWasmR2R costs at `dotnet publish -c Release`, for each sample (HelloConsole, BrowserApp, BlazorApp),
# with and without the property, side by side in one run on this machine; and what our files weigh.
#
# What "a publish" is here:
#   clean  - bin/ and obj/Release/ removed first, so everything after restore runs: C# compile, (browser) the
#            static web assets and their .br/.gz compression, our compile. obj/project.assets.json, nuget.g.* and
#            project.nuget.cache stay: they are the restore's, and restore time is left out on purpose (it is
#            network and cache bound, and identical in both modes).
#   no-op  - the same publish again right after, nothing changed: what the up-to-date checks cost (our
#            _WasmR2RCompileCore is skipped by Inputs/Outputs; the SDK's targets are whatever they are).
# Each sample is restored once (`dotnet restore`, untimed) and every timed publish is `--no-restore`. The property
# is passed both ways (-p:PublishWasmR2R=true / =false): the samples reference WasmR2R.Build in both modes (its
# targets are imported and skip themselves), so the restore graph and the imported targets are identical and the
# only difference is what our targets do. Modes alternate within a round (with, without, with, without, ...), so a
# drift of the machine (another build, thermal, page cache) is shared by both instead of landing on one mode.
# One untimed warm-up publish per mode comes first: the first publish pays for things that are not ours or are
# paid once (page cache, JIT caches, a Roslyn compiler server if shared compilation is on, HelloConsole's one-time
# nested restore of the Mono runtime pack that our targets do when it is missing).
#
# Wall and CPU time are both recorded. The browser samples' publish is dominated by the SDK's BrotliCompress
# (quality 11, "SmallestSize", over every framework file: ~40 CPU-seconds for the untrimmed BrowserApp), which
# compresses in parallel; on a 2-CPU machine its wall time depends on whether the other CPU is free, so on a
# shared machine compare the CPU columns and look at the load average printed with the table.
#
# Env: ROUNDS (default 3), SAMPLES (default "HelloConsole BrowserApp BlazorApp"), NOOP=0 to skip the no-op publish.
# Prints two tables (wall seconds, CPU seconds) of min / median per sample, kind and mode with the with/without
# ratios of the min and of the median, the raw times in round order, and our files' sizes (raw, the .br/.gz the
# browser SDK wrote next to them, and brotli quality 11 by the brotli CLI or else node's zlib).
# Works in .work/bench-publish/ (gitignored): logs/ has every publish's log, times.tsv every time.
# Not measured: restore, pack (nuget/pack.sh builds the release native library first: that is before any timing).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rounds=${ROUNDS:-3}
samples=${SAMPLES:-"HelloConsole BrowserApp BlazorApp"}
noop=${NOOP:-1}
work="$root/.work/bench-publish"
feed="$work/feed"
logs="$work/logs"
times="$work/times.tsv"
# A version of its own, so a restore can never pick up another build's package of the same number.
version=0.1.0-bench

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1
# Isolated package folder. It is kept between runs as a download cache (the browser runtime pack and Blazor's
# packages are large), but our package is removed from it: a stale WasmR2R.Build 0.1.0-bench would hide this build's.
export NUGET_PACKAGES="$work/packages"
rm -rf "$feed" "$logs" "$times" "$NUGET_PACKAGES/wasmr2r.build"
for s in $samples; do rm -rf "${work:?}/$s"; done
mkdir -p "$feed" "$logs"

echo "packing WasmR2R.Build $version (release native library) ..." >&2
"$root/nuget/pack.sh" "$feed" -p:WasmR2RVersion="$version" >"$logs/pack.log" 2>&1 ||
  { cat "$logs/pack.log" >&2; exit 1; }

# Where a sample's publish puts our three files (browser: static web assets under wwwroot/_framework).
out_dir() {
  case $1 in
  HelloConsole) echo "$work/$1/bin/Release/net10.0/publish" ;;
  *) echo "$work/$1/bin/Release/net10.0/publish/wwwroot/_framework" ;;
  esac
}


# One `dotnet publish`; prints "<wall seconds> <cpu seconds>". CPU is user + sys of the whole process tree (bash's
# `time` reads the rusage of reaped children: the MSBuild nodes, our task host, the SDK's compression tool, csc):
# on a shared machine the wall time swings with whatever else runs, while the CPU time mostly does not, so the
# two together tell "our step costs something" from "the machine was busy". -nodeReuse:false: no MSBuild worker
# node survives a publish (and escapes the accounting), so each one starts from the same state.
# $2 = true|false (PublishWasmR2R), $3 = log file.
publish() {
  local dir=$1 prop=$2 log=$3 TIMEFORMAT='%R %U %S' t
  if ! t=$( { time (cd "$dir" && dotnet publish -c Release --no-restore -nologo -nodeReuse:false \
    -p:WasmR2RVersion="$version" -p:PublishWasmR2R="$prop" >"$log" 2>&1); } 2>&1); then
    echo "publish failed, see $log:" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  echo "$t" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

# What a clean publish starts from: no bin/, no obj/Release/ (the restore's files in obj/ stay).
clean() { rm -rf "$1/bin" "$1/obj/Release"; }

# The image is in the output with the property and absent without it: a publish that silently skipped our
# targets (or ran them when told not to) would make the comparison meaningless.
check_output() {
  local name=$1 prop=$2 image
  image="$(out_dir "$name")/$name.r2r.wasm"
  if [ "$prop" = true ] && [ ! -f "$image" ]; then
    echo "$name: no $image after a publish with PublishWasmR2R=true" >&2
    exit 1
  fi
  if [ "$prop" = false ] && [ -e "$image" ]; then
    echo "$name: $image exists after a publish with PublishWasmR2R=false" >&2
    exit 1
  fi
}

# The load averages (1, 5, 15 min) before and after: a busy machine (another build, a test run) widens the
# wall times.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
printf 'sample\tmode\tkind\tround\twall\tcpu\n' >"$times"
for name in $samples; do
  dir="$work/$name"
  "$root/samples/copy-sample.sh" "$name" "$dir" "$feed"
  echo "$name: restore ..." >&2
  # The property on the restore too, to match the publishes (it changes nothing in the graph, see above).
  (cd "$dir" && dotnet restore -nologo -nodeReuse:false -p:WasmR2RVersion="$version" -p:PublishWasmR2R=true \
    >"$logs/$name-restore.log" 2>&1) || { tail -30 "$logs/$name-restore.log" >&2; exit 1; }
  for prop in true false; do
    clean "$dir"
    t=$(publish "$dir" "$prop" "$logs/$name-$prop-warmup.log")
    read -r wall cpu <<<"$t"
    check_output "$name" "$prop"
    echo "$name: warm-up PublishWasmR2R=$prop ${wall}s (cpu ${cpu}s)" >&2
  done
  for round in $(seq 1 "$rounds"); do
    for prop in true false; do
      mode=$([ "$prop" = true ] && echo with || echo without)
      clean "$dir"
      t=$(publish "$dir" "$prop" "$logs/$name-$mode-$round-clean.log")
      read -r wall cpu <<<"$t"
      check_output "$name" "$prop"
      printf '%s\t%s\tclean\t%s\t%s\t%s\n' "$name" "$mode" "$round" "$wall" "$cpu" >>"$times"
      msg="$name round $round $mode: clean ${wall}s (cpu ${cpu}s)"
      if [ "$noop" = 1 ]; then
        t=$(publish "$dir" "$prop" "$logs/$name-$mode-$round-noop.log")
        read -r wall cpu <<<"$t"
        check_output "$name" "$prop"
        printf '%s\t%s\tno-op\t%s\t%s\t%s\n' "$name" "$mode" "$round" "$wall" "$cpu" >>"$times"
        msg="$msg, no-op ${wall}s (cpu ${cpu}s)"
      fi
      echo "$msg" >&2
    done
  done
  # Leave the last publish a "with" one, for the sizes below.
  clean "$dir"
  publish "$dir" true "$logs/$name-sizes.log" >/dev/null
  check_output "$name" true
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# min, median and the ratios, from times.tsv; $1 = the column (5 wall, 6 cpu).
report() {
  awk -F'\t' -v col="$1" '
    NR > 1 {
      key = $1 SUBSEP $3; v[key SUBSEP $2] = v[key SUBSEP $2] " " $col
      if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    }
    function stats(list, out,   a, k, i, j, t) {
      k = split(list, a, " ")
      for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
      out["min"] = a[1]; out["med"] = (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2; out["all"] = list
    }
    END {
      printf "%-13s %-6s %17s %17s %10s %10s\n", "sample", "kind", "without min / med", "with min / med", "ratio min", "ratio med"
      for (i = 1; i <= n; i++) {
        split(order[i], p, SUBSEP)
        stats(v[order[i] SUBSEP "without"], wo); stats(v[order[i] SUBSEP "with"], wi)
        printf "%-13s %-6s %7.2f / %7.2f %7.2f / %7.2f %10.3f %10.3f\n", p[1], p[2], wo["min"], wo["med"], wi["min"], wi["med"], wi["min"] / wo["min"], wi["med"] / wo["med"]
        raw = raw sprintf("  %-13s %-6s without:%s | with:%s\n", p[1], p[2], wo["all"], wi["all"])
      }
      printf "raw, in round order:\n%s", raw
    }' "$times"
}
echo
echo "dotnet publish -c Release --no-restore, $rounds rounds; ratio = with / without; $(nproc) CPUs," \
  "load average before: $load_before, after: $load_after"
echo "wall seconds:"
report 5
echo "cpu seconds (user + sys of the process tree):"
report 6

# Brotli at quality 11 of a file, in bytes: the brotli CLI if there is one, else node's zlib.
br11() {
  if command -v brotli >/dev/null; then
    brotli -q 11 -c "$1" | wc -c
  else
    node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]);
      console.log(z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11,
        [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length)' "$1"
  fi
}
size() { if [ -f "$1" ]; then stat -c %s "$1"; else echo -; fi; }

echo
echo "our files in the publish output, bytes (SDK .br/.gz: the copies the browser SDK wrote; br q11: $(command -v brotli >/dev/null && echo brotli CLI || echo node zlib))"
printf '%-13s %-22s %10s %10s %10s %10s\n' sample file raw "SDK .br" "SDK .gz" "br q11"
for name in $samples; do
  out=$(out_dir "$name")
  for f in "$name.r2r.wasm" wasmr2r.mjs "$name.mjs"; do
    printf '%-13s %-22s %10s %10s %10s %10s\n' "$name" "$f" "$(size "$out/$f")" "$(size "$out/$f.br")" \
      "$(size "$out/$f.gz")" "$(br11 "$out/$f")"
  done
done
echo "logs and times.tsv: $work"
