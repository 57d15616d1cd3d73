#!/usr/bin/env bash
# Start-up time of the production jar against a database that already holds the demo data, with and without
# the JDK AOT cache (JEP 483/514), the way docker/Dockerfile starts it: from the extracted jar.
#
#   bench/startup/startup.sh jdbc:postgresql://127.0.0.1:5432/rehabrx_startup   (RUNS=7, PORT=8091, JAR=…)
#
# The first start creates the database and the demo data (profile demo) and is not counted. Each counted run
# reports Spring's "process running for" figure (JVM start to application ready) and the wall-clock time
# until /actuator/health answers UP. Prints one line per run and the median/min/max of each mode.
set -euo pipefail
cd "$(dirname "$0")"
url="${1:?usage: startup.sh JDBC_URL}"
runs="${RUNS:-7}"
port="${PORT:-8091}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="${OUT:-target/startup}"
rm -rf "$work" && mkdir -p "$work"
"$java" -Djarmode=tools -jar "${JAR:-../../web-ui/target/rehabrx.jar}" extract --destination "$work/app" >/dev/null
export SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}" SPRING_PROFILES_ACTIVE=demo \
       SERVER_PORT="$port"

# one start: prints "<spring seconds> <wall seconds>"
start() {
  local log="$work/run.log" began
  began=$(date +%s.%N)
  "$java" "$@" -jar "$work/app/rehabrx.jar" > "$log" 2>&1 &
  local app=$!
  until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $app 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  local ready; ready=$(date +%s.%N)
  kill $app; wait $app 2>/dev/null || true
  local spring; spring=$(grep -o 'process running for [0-9.]*' "$log" | awk '{print $4}')
  echo "$spring $(echo "$ready - $began" | bc)"
}

summary() {
  sort -n | awk -v label="$1" '{ v[NR] = $1 } END {
    printf "%s: median %.2f s, min %.2f s, max %.2f s (%d runs)\n", label, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR], NR }'
}

echo "preparing the database and the demo data" >&2
start > /dev/null
echo "recording the AOT cache (training run)" >&2
"$java" -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh -jar "$work/app/rehabrx.jar" > "$work/training.log" 2>&1

for mode in plain aot; do
  for i in $(seq 1 "$runs"); do
    if [ $mode = aot ]; then start -XX:AOTCache="$work/app.aot"; else start; fi | tee -a "$work/$mode.txt" | sed "s/^/$mode run $i: spring, wall: /"
  done
done
for mode in plain aot; do
  awk '{print $1}' "$work/$mode.txt" | summary "$mode, JVM start to application ready (Spring)"
  awk '{print $2}' "$work/$mode.txt" | summary "$mode, launch to /actuator/health UP (wall clock)"
done
