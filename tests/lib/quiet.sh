# Sourced by the test and bench scripts: `quiet command args...` runs a command with its output kept aside and
# shows that output (and which command failed, named after the calling script) only when it fails, then exits 1.
# `$quiet_log` holds the last command's output (one temporary file per shell, removed on exit).
quiet_log=$(mktemp)
trap 'rm -f "$quiet_log"' EXIT
quiet() {
  if ! "$@" >"$quiet_log" 2>&1; then
    cat "$quiet_log" >&2
    echo "$(basename "$0"): failed: $*" >&2
    exit 1
  fi
}
