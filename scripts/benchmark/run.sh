#!/usr/bin/env bash
# Measures the app's pages under load, each as the member of staff who uses it, against the
# app's own ceiling: a signed-in page with the layout and no case data.
#
# It builds Release, takes a database of the size asked for (reusing the file given, or making one
# and keeping it for the next run), starts the app on a loopback port on a copy of it, signs in as
# the social worker, the team manager and the safeguarding lead (with the demo authenticator code),
# and checks that every page answers 200 with its own <title> as that user before it measures
# anything: a redirect to the sign-in page is never measured. Then each page gets the same fixed
# duration and number of connections. It prints requests per second, p50/p95/p99 latency and the
# ratio to the ceiling, the app's peak resident memory, and writes the figures as JSON.
#
# Usage: scripts/benchmark/run.sh [options]
#   --size N            adults in a database it makes (default 100000)
#   --db FILE           use this database file; made at --size if missing (default: a cached file
#                       per size under $TMPDIR/mspcasemanager-benchmark)
#   --generator CMD     command that makes a database: {db} and {size} are replaced
#                       (default: the caseload generator, tools/MspCaseManager.Generator, seed 1:
#                       every case built through the domain's verbs, with the demo accounts)
#   --pages FILE        the pages to measure (default scripts/benchmark/pages.txt)
#   --duration D        load time per page, as hey takes it (default 10s)
#   --connections C     concurrent connections (default 32)
#   --out FILE          JSON results (default $TMPDIR/mspcasemanager-benchmark/results-<time>.json)
#   --no-build          use the Release build already there
#   --save DIR          keep each page's body as first answered in DIR/<name> (to compare two builds)
#   --requests N        instead of load, request each page N times one at a time with curl (no
#                       time-out; for the reports, which take seconds) and print each request's
#                       time, the median, the app's processor time per request (which the machine's
#                       other work hardly changes) and the load average before and after the page
# The ceiling is measured first and again last; ratios use the mean, and a warning says when the
# two differ by more than a quarter (the machine was busier or quieter during the run).
# Needs the .NET SDK, curl, sqlite3, python3 and hey; installs hey and sqlite3 from Debian if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

size=100000
db=""
generator=""
pages_file="scripts/benchmark/pages.txt"
duration="10s"
connections=32
out=""
build=1
requests=0
save=""
cache="${TMPDIR:-/tmp}/mspcasemanager-benchmark"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --generator) generator="$2"; shift 2 ;;
    --pages) pages_file="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --requests) requests="$2"; shift 2 ;;
    --save) save="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$cache"
db="${db:-$cache/adults-$size.db}"
out="${out:-$cache/results-$(date -u +%Y%m%dT%H%M%SZ).json}"

need() { # command debian-package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "Installing $2 from Debian..."
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
  else sudo apt-get install -y -qq "$2" >/dev/null 2>&1 || { sudo apt-get update -qq && sudo apt-get install -y -qq "$2" >/dev/null; }
  fi
}
need hey hey
need sqlite3 sqlite3
need python3 python3
need curl curl

work="$(mktemp -d)"
app=""
stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
  app=""
}
trap 'stop_app; rm -rf "$work"' EXIT

if [ "$build" -eq 1 ]; then
  echo "Building Release..."
  # The generator references the web project, so this builds both.
  dotnet build tools/MspCaseManager.Generator -c Release -v q -nologo >/dev/null
fi
dll="$root/src/MspCaseManager.Web/bin/Release/net10.0/MspCaseManager.Web.dll"
generator="${generator:-dotnet $root/tools/MspCaseManager.Generator/bin/Release/net10.0/MspCaseManager.Generator.dll --database {db} --adults {size} --seed 1}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"

start_app() { # database-file
  # Development: plain http and the demo accounts; no log file, warnings only on the console.
  (cd "$root/src/MspCaseManager.Web" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" \
      --urls "$base" --ConnectionStrings:Default="Data Source=$1" --Logging:FilePath= --Logging:MinimumLevel=Warning \
      --Demo:Cases=false) >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -sf "$base/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$app" 2>/dev/null || break
    sleep 1
  done
  echo "The app did not start:" >&2; cat "$work/app.log" >&2; exit 1
}

if [ ! -f "$db" ]; then
  echo "Making a database of $size adults at $db..."
  started=$(date +%s)
  generate="${generator//\{size\}/$size}"
  eval "${generate//\{db\}/\"$db.part\"}" || { echo "The generator failed" >&2; rm -f "$db.part"; exit 1; }
  [ -f "$db.part" ] || { echo "The generator made no file at $db.part" >&2; exit 1; }
  mv "$db.part" "$db"
  echo "  made in $(( $(date +%s) - started )) s"
fi

# Each run measures a copy, so runs start from the same data (pages write audit events).
cp "$db" "$work/bench.db"
start_app "$work/bench.db"
q() { sqlite3 "$work/bench.db" "$1"; }
counts="$(q 'SELECT COUNT(*) FROM Adults') adults, $(q 'SELECT COUNT(*) FROM Concerns') concerns, $(q 'SELECT COUNT(*) FROM Enquiries') enquiries"
echo "Data: $counts"

# ---- Signing in: curl's cookie jar marks HttpOnly cookies with a "#HttpOnly_" prefix, which is
# not a comment: strip it, or the authentication cookie is lost and every page is the sign-in page.
token_of() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$1" | head -n1; }
cookie_header() { sed 's/^#HttpOnly_//' "$1" | awk -F'\t' '!/^#/ && NF==7 {printf "%s%s=%s", sep, $6, $7; sep="; "}'; }
totp() { # base32 key → the current six-digit code
  python3 - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1].upper() + "=" * (-len(sys.argv[1]) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}
demo_password=$(sed -n 's/.*const string Password = "\([^"]*\)".*/\1/p' src/MspCaseManager.Web/Demo/DemoAccounts.cs)
demo_key=$(sed -n 's/.*const string AuthenticatorKey = "\([^"]*\)".*/\1/p' src/MspCaseManager.Web/Demo/DemoAccounts.cs)
declare -A email=(
  [worker]=social.worker@demo.mspcasemanager.test
  [manager]=team.manager@demo.mspcasemanager.test
  [lead]=safeguarding.lead@demo.mspcasemanager.test
)
declare -A cookie
sign_in() { # user-key
  local jar="$work/$1.jar" page="$work/$1.html" location
  curl -s -c "$jar" -o "$page" "$base/sign-in"
  location=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "Email=${email[$1]}" \
      --data-urlencode "Password=$demo_password" --data-urlencode "__RequestVerificationToken=$(token_of "$page")" "$base/sign-in")
  if [[ "$location" == *"/sign-in/two-factor"* ]]; then
    curl -s -b "$jar" -c "$jar" -o "$page" "$location"
    location=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "Code=$(totp "$demo_key")" \
        --data-urlencode "__RequestVerificationToken=$(token_of "$page")" "$location")
  fi
  [[ -n "$location" && "$location" != *"/sign-in"* ]] || { echo "Could not sign in as ${email[$1]} (sent to '$location')" >&2; exit 1; }
  cookie[$1]=$(cookie_header "$jar")
}

# ---- The records the pages show: taken from the data, in the social worker's team.
worker_id=$(q "SELECT Id FROM AspNetUsers WHERE Email = '${email[worker]}'")
team_id=$(q "SELECT TeamId FROM AspNetUsers WHERE Id = '$worker_id'")
enquiry=$(q "SELECT Id FROM Enquiries WHERE AllocatedWorkerId = '$worker_id' AND Type = 'Section42' AND Status = 'Open' ORDER BY Id DESC LIMIT 1")
adult=$(q "SELECT AdultId FROM Enquiries WHERE Id = ${enquiry:-0}")
concern=$(q "SELECT ConcernId FROM Enquiries WHERE Id = ${enquiry:-0}")
[ -n "$enquiry" ] && [ -n "$adult" ] || { echo "The data has no enquiry allocated to the social worker" >&2; exit 1; }
adult_name=$(q "SELECT FirstName || ' ' || LastName FROM Adults WHERE Id = $adult")
surname=$(q "SELECT substr(LastName, 1, 3) FROM Adults WHERE Id = $adult")
# The last complete financial year (April to March), as the reports name it by the year it starts.
month=$(date +%-m); last_year=$(( $(date +%Y) - (month >= 4 ? 1 : 2) ))
declare -A value=([adult]="$adult" [enquiry]="$enquiry" [concern]="$concern" [adult_name]="$adult_name" [surname]="$surname" [team]="$team_id"
  [year]="$(date +%Y)" [financial_year]="$last_year" [financial_year_label]="$last_year-$(printf '%02d' $(( (last_year + 1) % 100 )))")
fill() { local s="$1" k; for k in "${!value[@]}"; do s="${s//\{$k\}/${value[$k]}}"; done; printf '%s' "$s"; }

# ---- Check every page as its user before measuring any.
names=(); users=(); paths=()
trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
while IFS='|' read -r name user path expect; do
  name=$(trim "$name")
  { [ -z "$name" ] || [[ "$name" == \#* ]]; } && continue
  user=$(trim "$user"); path=$(fill "$(trim "$path")"); expect=$(fill "$(trim "$expect")")
  [ -n "${cookie[$user]:-}" ] || sign_in "$user"
  status=$(curl -s -o "$work/check" -D "$work/headers" -w '%{http_code}' -H "Cookie: ${cookie[$user]}" "$base$path")
  if [ "$status" != 200 ]; then
    echo "FAIL: $name ($path) answered $status as ${email[$user]}, not 200" >&2; exit 1
  fi
  case "$expect" in
    title:*)
      want="<title>${expect#title:} – Safeguarding adults – MspCaseManager</title>"
      got=$(grep -o '<title>[^<]*</title>' "$work/check" | head -n1 | python3 -c 'import html,sys; print(html.unescape(sys.stdin.read()).strip())')
      [ "$got" == "$want" ] || { echo "FAIL: $name ($path) as ${email[$user]} has title '$got', expected '$want'" >&2; exit 1; } ;;
    type:*)
      grep -qi "^content-type: ${expect#type:}" "$work/headers" || { echo "FAIL: $name ($path) is not ${expect#type:}" >&2; exit 1; } ;;
    *) echo "Page $name: say what to expect (title:... or type:...)" >&2; exit 1 ;;
  esac
  echo "  ok  $name  $path  (200 as ${email[$user]})"
  if [ -n "$save" ]; then mkdir -p "$save" && cp "$work/check" "$save/$name"; fi
  names+=("$name"); users+=("$user"); paths+=("$path")
done < "$pages_file"

# ---- One request at a time: each request's time as curl measures it, with the load average around it.
if [ "$requests" -gt 0 ]; then
  # The app's processor time (user + system, in clock ticks) so far: what a request cost it, whatever else the machine was doing.
  app_cpu() { awk '{print $14 + $15}' "/proc/$app/stat"; }
  echo "Requesting each page $requests times, one at a time (curl, no time-out)..."
  : > "$work/sequential.tsv"
  for i in "${!names[@]}"; do
    curl -s -o /dev/null -H "Cookie: ${cookie[${users[$i]}]}" "$base${paths[$i]}"   # warm-up
    before=$(cut -d' ' -f1 /proc/loadavg); times=""; cpus=""
    for _ in $(seq 1 "$requests"); do
      cpu_before=$(app_cpu)
      read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: ${cookie[${users[$i]}]}" "$base${paths[$i]}")
      [ "$status" == 200 ] || { echo "FAIL: ${names[$i]} answered $status" >&2; exit 1; }
      times="$times $seconds"; cpus="$cpus $(( $(app_cpu) - cpu_before ))"
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "${names[$i]}" "${paths[$i]}" "$before" "$(cut -d' ' -f1 /proc/loadavg)" "$times" "$cpus" >> "$work/sequential.tsv"
  done
  python3 - "$work/sequential.tsv" "$out" "$counts" <<'PY'
import json, os, statistics, sys, datetime
tsv, out, counts = sys.argv[1:]
rows = []
for line in open(tsv):
    name, path, before, after, times, cpus = line.rstrip("\n").split("\t")
    ms = [round(float(t) * 1000) for t in times.split()]
    cpu = [round(int(c) * 1000 / os.sysconf("SC_CLK_TCK")) for c in cpus.split()]
    rows.append({"page": name, "path": path, "times_ms": ms, "median_ms": round(statistics.median(ms)),
                 "app_cpu_ms": cpu, "median_app_cpu_ms": round(statistics.median(cpu)), "load_average": [float(before), float(after)]})
json.dump({"when_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "cores": os.cpu_count(),
           "data": counts, "one_at_a_time": rows}, open(out, "w"), indent=2)
print(f"\n{'page':<22} {'median ms':>10} {'app cpu ms':>11}  {'each request, ms':<40} load average before / after")
for r in rows:
    print(f"{r['page']:<22} {r['median_ms']:>10} {r['median_app_cpu_ms']:>11}  {' '.join(str(t) for t in r['times_ms']):<40} {r['load_average'][0]} / {r['load_average'][1]}")
print(f"\nData: {counts}. JSON: {out}")
PY
  exit 0
fi

# ---- Measure.
echo "Measuring each page for $duration with $connections connections (hey, no redirects followed)..."
hey -z 3s -c 8 -disable-redirects -H "Cookie: ${cookie[${users[0]}]}" "$base${paths[0]}" >/dev/null   # warm-up
: > "$work/results.tsv"
raw="${out%.json}-hey"   # hey's own reports, kept beside the JSON
mkdir -p "$raw"
for i in "${!names[@]}"; do
  hey -z 2s -c 8 -disable-redirects -H "Cookie: ${cookie[${users[$i]}]}" "$base${paths[$i]}" >/dev/null   # warm-up
  hey -z "$duration" -c "$connections" -disable-redirects -H "Cookie: ${cookie[${users[$i]}]}" "$base${paths[$i]}" > "$raw/${names[$i]}.txt"
  printf '%s\t%s\t%s\t%s\n' "${names[$i]}" "${users[$i]}" "${paths[$i]}" "$raw/${names[$i]}.txt" >> "$work/results.tsv"
done
# The ceiling again at the end: if the two differ much, the machine's load changed during the run.
hey -z "$duration" -c "$connections" -disable-redirects -H "Cookie: ${cookie[${users[0]}]}" "$base${paths[0]}" > "$raw/${names[0]}-again.txt"
printf '%s\t%s\t%s\t%s\n' "${names[0]}-again" "${users[0]}" "${paths[0]}" "$raw/${names[0]}-again.txt" >> "$work/results.tsv"
peak_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app/status")

python3 - "$work/results.tsv" "$out" "$peak_rss_kb" "$counts" "$duration" "$connections" "$size" "$db" "$generator" <<'PY'
import json, platform, os, re, sys, datetime
results_file, out, peak_kb, counts, duration, connections, size, db, generator = sys.argv[1:]
rows = []
for line in open(results_file):
    name, user, path, hey_file = line.rstrip("\n").split("\t")
    text = open(hey_file).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    pct = {p: float(v) * 1000 for p, v in re.findall(r"(\d+)%\s+in\s+([\d.]+)\s+secs", text)}
    statuses = {int(c): int(n) for c, n in re.findall(r"\[(\d{3})\]\s+(\d+)\s+responses", text)}
    errors = re.search(r"Error distribution:(.*)", text, re.S)
    rows.append({"page": name, "user": user, "path": path, "requests_per_second": rps,
                 "p50_ms": pct.get("50"), "p95_ms": pct.get("95"), "p99_ms": pct.get("99"),
                 "statuses": statuses, "errors": errors.group(1).strip() if errors else ""})
# The ceiling is measured first and last; the ratios use the mean of the two.
first, last = rows[0]["requests_per_second"], rows[-1]["requests_per_second"]
ceiling = (first + last) / 2
drift = abs(first - last) / max(first, last)
for r in rows:
    r["ratio_to_ceiling"] = round(r["requests_per_second"] / ceiling, 3)
result = {
    "when_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "machine": {"cores": os.cpu_count(), "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine()),
                "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1), "load_average": os.getloadavg()},
    "data": counts, "size": int(size), "database": db, "made_by": generator,
    "load": {"tool": "hey", "duration": duration, "connections": int(connections)},
    "peak_rss_mb": round(int(peak_kb) / 1024), "ceiling_requests_per_second": round(ceiling, 1),
    "ceiling_drift": round(drift, 3), "pages": rows,
}
json.dump(result, open(out, "w"), indent=2)
print()
print(f"{'page':<22} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'ratio':>6}  statuses")
bad = False
for r in rows:
    ms = lambda v: f"{v:>8.1f}" if v is not None else f"{'-':>8}"
    print(f"{r['page']:<22} {r['requests_per_second']:>8.0f} {ms(r['p50_ms'])} {ms(r['p95_ms'])} {ms(r['p99_ms'])} {r['ratio_to_ceiling']:>6.2f}  "
          + " ".join(f"{c}x{n}" for c, n in sorted(r["statuses"].items())) + (f"  errors: {r['errors']}" if r["errors"] else ""))
    bad |= set(r["statuses"]) != {200} or bool(r["errors"]) or r["p50_ms"] is None
print(f"\nPeak resident memory of the app: {result['peak_rss_mb']} MB. Data: {counts}.\nJSON: {out}; hey's reports: {out[:-5]}-hey/")
if drift > 0.25:
    print(f"WARNING: the ceiling measured {first:.0f} req/s first and {last:.0f} last: the machine's load changed; run again on a quiet machine")
if bad:
    print("FAIL: some responses under load were not 200", file=sys.stderr)
    sys.exit(1)
PY
