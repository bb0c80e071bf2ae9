#!/usr/bin/env bash
# Copies samples/<name> (without bin/ and obj/) into <dest>, next to a nuget.config whose sources are the local
# <feed> (where nuget/pack.sh put WasmR2R.Build) and nuget.org: how the scripts here publish a sample from a fresh
# package without touching the repository.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <sample name> <dest> <feed>" >&2; exit 2; }
name=$1 dest=$2 feed=$3
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ -d "$root/samples/$name" ] || { echo "$0: no sample '$name' in $root/samples" >&2; exit 2; }
mkdir -p "$dest"
(cd "$root/samples/$name" && tar --exclude=./bin --exclude=./obj -cf - .) | (cd "$dest" && tar -xf -)
cat >"$dest/nuget.config" <<CONFIG
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG
