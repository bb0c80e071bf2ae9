#!/usr/bin/env bash
# The compile rate (issue 12): each assembly of tests/bench/compile-rate/run.mjs's list compiled on its own in the
# library root mode (`wasmr2r compile X.dll --library`: every non-generic method of the assembly is a root, with
# what it reaches), and the build's methods compiled vs stubbed, by reason. Writes
# .work/bench-compile-rate/report.md (with every stubbed method of System.Private.CoreLib, by reason) and
# figures.json, and prints the table. Not part of the test run; about a minute.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/lib/quiet.sh"
echo "preparing inputs and a release build of wasmr2r ..." >&2
quiet "$root/tests/inputs/prepare.sh"
quiet cargo build --release --locked -p wasmr2r-cli --manifest-path "$root/Cargo.toml"
pack=$(sed -n 's:^RUNTIME_PACK_DIR=::p' "$root/tests/inputs/out/paths.env")
node "$root/tests/bench/compile-rate/run.mjs" "$root/target/release/wasmr2r" "$pack" "$root/.work/bench-compile-rate"
