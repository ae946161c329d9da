#!/usr/bin/env bash
# Runs every test: domain unit tests, HTTP-level integration tests on real SQLite files, and
# browser journeys in real Chromium with axe accessibility checks.
# Prints one closing line "N passed, N failed" and exits non-zero on any failure or when no
# test ran.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export XDG_CACHE_HOME="${XDG_CACHE_HOME:-$(mktemp -d)}"

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  echo "Chromium is missing: installing Debian's chromium package for the browser tests..."
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "Could not install Chromium at /usr/bin/chromium; install it (apt-get install chromium) and run again." >&2
    exit 1
  fi
}

# The SQLite backup script's test runs the sqlite3 command.
ensure_sqlite3() {
  if command -v sqlite3 >/dev/null 2>&1; then
    return 0
  fi
  echo "sqlite3 is missing: installing Debian's sqlite3 package for the backup test..."
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
  fi
  if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "Could not install sqlite3; install it (apt-get install sqlite3) and run again." >&2
    exit 1
  fi
}

ensure_chromium
ensure_sqlite3

echo "Restoring packages and tools..."
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed" >&2; exit 1; }
dotnet restore MspCaseManager.sln >/dev/null || { echo "dotnet restore failed" >&2; dotnet restore MspCaseManager.sln; exit 1; }

log="$(mktemp)"
results="$(mktemp -d)"
trap 'rm -rf "$log" "$results"' EXIT
dotnet test MspCaseManager.sln --no-restore --logger trx --results-directory "$results" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The fuzz suite's counts (its test output, kept in the results files).
grep -hoE 'Fuzzed [0-9]+ requests over [0-9]+ POST routes; by status: [0-9:, ]+' "$results"/*.trx 2>/dev/null | head -1

# dotnet test prints one summary line per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:    41, Skipped:     0, Total:    41, Duration: ...
passed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
assemblies=$(grep -cE '^(Passed|Failed)!' "$log")

echo
echo "$passed passed, $failed failed"

if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ "$passed" -eq 0 ] || [ "$assemblies" -lt 3 ]; then
  echo "Expected tests from all three test projects; found $assemblies assemblies and $passed tests." >&2
  exit 1
fi
