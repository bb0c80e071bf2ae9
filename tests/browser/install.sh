#!/usr/bin/env bash
# Installs what tests/browser/run.mjs needs; idempotent and quiet (prints only on failure).
#  - Debian's chromium, if /usr/bin/chromium is missing and $CHROMIUM unset (root, or sudo; non-interactive).
#  - playwright-core from package-lock.json (npm ci), if node_modules is missing or older than the lock.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib/quiet.sh"

# A CHROMIUM set in the environment is the caller's own browser: then nothing is installed for it.
if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold chromium
fi

if [ ! -d "$here/node_modules/playwright-core" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && quiet npm ci --no-audit --no-fund --loglevel=error)
fi
