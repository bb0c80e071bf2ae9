#!/usr/bin/env bash
# Runs every test: prepares the real .NET inputs (browser-wasm runtime pack, a published WebCIL app),
# checks formatting and lints, then runs the workspace's tests — among them the comparison with the
# System.Reflection.Metadata oracle and 10,000 mutated assemblies.
set -euo pipefail
# pipefail: a failing cargo test fails the run even through tee.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
tests/inputs/prepare.sh
# Mono's own field layouts for the layout comparison (publishes and runs tests/layout on Mono in Node; cached).
tests/layout/run-oracle.sh
# Chromium and playwright-core for the browser test.
tests/browser/install.sh
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --locked 2>&1 | tee "$log"
# One closing line for the whole run (cargo prints one per test binary, the last often for doc tests).
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "%d passed, %d failed\n", passed, failed }' "$log"
