#!/usr/bin/env bash
# Benchmarks the main case pages against 100,000 adults on SQLite, Release build, one machine.
# Needs: the .NET SDK, sqlite3 and hey (apt-get install sqlite3 hey). Prints one line per page.
# Usage: scripts/benchmark/run.sh [requests] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests="${1:-1000}"
concurrency="${2:-10}"
work="$(mktemp -d)"
db="$work/bench.db"
port=5097
base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/MspCaseManager.Web -c Release -v q -nologo >/dev/null
start_app() {
  (cd src/MspCaseManager.Web && ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Release/net10.0/MspCaseManager.Web.dll \
      --urls "$base" --ConnectionStrings:Default="Data Source=$db" --Logging:FilePath= --Logging:MinimumLevel=Warning \
      --Demo:Cases=false) >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 60); do curl -sf "$base/health/ready" >/dev/null && return 0; sleep 1; done
  echo "The app did not start" >&2; cat "$work/app.log" >&2; exit 1
}

start_app                                  # migrates and creates the demo accounts
kill "$app"; wait "$app" 2>/dev/null || true
sqlite3 "$db" < scripts/benchmark/seed-100k.sql >/dev/null
start_app

sign_in() { # email → cookie header
  local jar="$work/$1.jar" token
  token=$(curl -s -c "$jar" "$base/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=Safeguarding-Demo-2026" \
      --data-urlencode "__RequestVerificationToken=$token" "$base/sign-in"
  awk '!/^#/ && NF==7 {printf "%s=%s; ", $6, $7}' "$jar"
}

manager=$(sign_in team.manager@demo.mspcasemanager.test)
worker=$(sign_in social.worker@demo.mspcasemanager.test)
adult=$(sqlite3 "$db" "SELECT Id FROM Adults WHERE CreatedByTeamId = 1 ORDER BY Id DESC LIMIT 1")
concern=$(sqlite3 "$db" "SELECT Id FROM Concerns WHERE AdultId = $adult")

echo "$(sqlite3 "$db" 'SELECT COUNT(*) FROM Adults') adults, $(sqlite3 "$db" 'SELECT COUNT(*) FROM Concerns') concerns, $(sqlite3 "$db" 'SELECT COUNT(*) FROM Enquiries') enquiries; $requests requests, $concurrency at a time"
bench() { # name cookie path
  local out
  out=$(hey -n "$requests" -c "$concurrency" -H "Cookie: $2" "$base$3")
  printf '%-34s %8s req/s  mean %6s ms  p99 %6s ms  %s\n' "$1" \
    "$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')" \
    "$(echo "$out" | awk '/Average:/ {printf "%.1f", $2*1000}')" \
    "$(echo "$out" | awk '/99% in/ {printf "%.1f", $3*1000}')" \
    "$(echo "$out" | awk '/^ *\[[0-9][0-9][0-9]\]/ {printf "%s %s ", $1, $2}')"
}
hey -n 100 -c 5 -H "Cookie: $manager" "$base/team-caseload" >/dev/null   # warm-up
bench "Team caseload (manager)" "$manager" "/team-caseload"
bench "My cases (10,001 allocated)" "$worker" "/my-cases"
bench "Find a person by last name" "$manager" "/people?Form.Name=Bax"
bench "Find a person by date of birth" "$manager" "/people?Form.DateOfBirth.Day=1&Form.DateOfBirth.Month=1&Form.DateOfBirth.Year=1950"
bench "Person page" "$manager" "/people/$adult"
bench "Concern page" "$manager" "/concerns/$concern"
