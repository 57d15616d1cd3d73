#!/usr/bin/env bash
# Starts the production jar against a generated data set, warms it up, then drives SESSIONS concurrent clinician
# UI sessions (DRIVER=browser: clinician-load.mjs, real Chromium contexts; DRIVER=protocol: protocol-load.mjs,
# the same flow as Vaadin's HTTP requests without a browser), measures the live heap with every session still signed in, and reads the
# server-side request times from /actuator/prometheus. Loopback only; bounded by SESSIONS × ITERATIONS.
#
#   bench/load/run.sh jdbc:postgresql://127.0.0.1:5432/rehabrx_bench   (after GenerateDataSet; see docs/benchmarks.md)
#
# Settings (environment): SESSIONS (100), ITERATIONS (3), THINK_MS (pause between a clinician's steps, 1000-3000),
# RAMP_MS (between two clinicians' arrivals, 150), PORT (8090), USERS (clinician%03d) and CLINICIANS (100),
# PASSWORD (the data set's clinician password), DRIVER (browser), JAR (web-ui/target/rehabrx.jar, run from a copy), JAVA_OPTS, OUT (target directory for raw results).
set -euo pipefail
cd "$(dirname "$0")"
url="${1:?usage: run.sh JDBC_URL}"
sessions="${SESSIONS:-100}"
iterations="${ITERATIONS:-3}"
port="${PORT:-8090}"
password="${PASSWORD:-bench-clinic-2026}"
users="${USERS:-clinician%03d}"
clinicians="${CLINICIANS:-100}"
out="${OUT:-target/load-$(date -u +%Y%m%dT%H%M%SZ)}"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
case "${DRIVER:-browser}" in
  browser) driver=clinician-load.mjs ;;
  protocol) driver=protocol-load.mjs ;;
  *) echo "DRIVER is browser or protocol" >&2; exit 2 ;;
esac
scraper=scraper
scraper_password="load-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$out"
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent

if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use; stop what listens there" >&2; exit 1; fi
cp "${JAR:-../../web-ui/target/rehabrx.jar}" "$out/rehabrx.jar"
SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}" SERVER_PORT="$port" \
REHABRX_METRICS_USERNAME=$scraper REHABRX_METRICS_PASSWORD="$scraper_password" \
  "$java_home/bin/java" ${JAVA_OPTS:-} -jar "$out/rehabrx.jar" \
    --management.metrics.distribution.percentiles-histogram.http.server.requests=true > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application stopped; see $out/app.log" >&2; exit 1; }
  sleep 1
done

scrape() { curl -sf -u "$scraper:$scraper_password" "http://localhost:$port/actuator/prometheus" > "$1"; }
# live bytes after a full collection (GC.class_histogram collects first), and the Vaadin sessions among them
live_heap() {
  "$java_home/bin/jcmd" $app GC.class_histogram > "$1"
  awk '/^Total/ {print $3}' "$1"
}

echo "warming up with 10 sessions" >&2
node $driver --url "http://localhost:$port" --sessions 10 --iterations 1 --password "$password" \
  --user "$users" --clinicians "$clinicians" --think-ms 100-300 --ramp-ms 1000 > "$out/warm-up.json" || true
sleep 2
baseline=$(live_heap "$out/histogram-baseline.txt")
scrape "$out/before.prom"
mkdir -p "$out/scrapes"      # every 5 s, for chart.py
( while kill -0 $app 2>/dev/null; do scrape "$out/scrapes/$(date +%s).prom" || true; sleep 5; done ) &

echo "driving $sessions sessions × $iterations iterations" >&2
hold="$out/release"
node $driver --url "http://localhost:$port" --sessions "$sessions" --iterations "$iterations" \
  --password "$password" --user "$users" --clinicians "$clinicians" --think-ms "${THINK_MS:-1000-3000}" \
  --ramp-ms "${RAMP_MS:-150}" --hold-file "$hold" > "$out/load.json" 2> "$out/load.err" &
load=$!
until grep -q "^$sessions/$sessions sessions" "$out/load.err" 2>/dev/null; do
  kill -0 $load 2>/dev/null || break
  sleep 2
done
scrape "$out/after.prom"
held=$(live_heap "$out/histogram-held.txt")
touch "$hold"
wait $load || true
sleep 2
released=$(live_heap "$out/histogram-released.txt")

node server-times.mjs "$out/before.prom" "$out/after.prom" \
  'http_server_requests_seconds{method="POST",status="200"}' 'http_server_requests_seconds{method="GET",status="200"}' \
  rehabrx_patient_page_seconds rehabrx_programme_save_seconds > "$out/server.json"
# the steady window: from the first scrape after every clinician signed in to the last before the first was out
steady_from=$(sed -n 's/^all signed in at //p' "$out/load.err")
steady_to=$(sed -n 's/^first out at //p' "$out/load.err")
first=$(ls "$out/scrapes" | sed 's/.prom$//' | awk -v t="${steady_from:-9999999999}" '$1 >= t' | sort -n | head -1)
last=$(ls "$out/scrapes" | sed 's/.prom$//' | awk -v t="${steady_to:-0}" '$1 <= t' | sort -n | tail -1)
if [ -n "$first" ] && [ -n "$last" ] && [ "$first" -lt "$last" ]; then
  echo "steady window: $first to $last ($(( last - first )) s, every session signed in and at work)" > "$out/steady-window.txt"
  node server-times.mjs "$out/scrapes/$first.prom" "$out/scrapes/$last.prom" \
    'http_server_requests_seconds{method="POST",status="200"}' 'http_server_requests_seconds{method="GET",status="200"}' \
    rehabrx_patient_page_seconds rehabrx_programme_save_seconds > "$out/server-steady.json"
else
  echo "no steady window: not every session signed in before the first was out, or no scrape fell in between" \
    > "$out/steady-window.txt"
fi
{
  echo "live heap, warmed up, no session: $baseline bytes"
  echo "live heap, $sessions sessions signed in: $held bytes"
  echo "live heap after they signed out: $released bytes"
  echo "retained per session, held against warmed up: $(( (held - baseline) / sessions )) bytes"
  echo "retained per session, held against signed out: $(( (held - released) / sessions )) bytes"
  grep -E "VaadinSession$|StateTree$| com.vaadin.flow.component.UI$" "$out/histogram-held.txt" || true
} > "$out/heap.txt"
cat "$out/load.json" "$out/server.json" "$out/heap.txt"
cat "$out/steady-window.txt"
[ ! -f "$out/server-steady.json" ] || cat "$out/server-steady.json"
