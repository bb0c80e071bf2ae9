#!/usr/bin/env bash
# Our metadata reader against System.Reflection.Metadata on the same machine in the same run: both read
# every assembly of the installed Microsoft.NETCore.App and decode every method body and signature.
# Prints each tool's JSON line (min and median of 30 passes after 2 warm-ups) and the ratio.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dotnet build -c Release -nologo -v:q -nodeReuse:false "$root/tests/oracle/MetadataOracle" >/dev/null
export WASMR2R_BENCH_ORACLE="$root/tests/oracle/MetadataOracle/bin/Release/net10.0/MetadataOracle.dll"
cd "$root"
cargo bench -q -p wasmr2r-metadata --bench read_framework
