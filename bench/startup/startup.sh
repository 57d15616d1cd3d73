#!/usr/bin/env bash
# Start-up time of the production jar against a database that already holds the demo data, with and without
# the JDK AOT cache (JEP 483/514/515), the way docker/Dockerfile starts it: from the extracted jar.
#
#   bench/startup/startup.sh jdbc:postgresql://127.0.0.1:5432/rehabrx_startup   (RUNS=7, PORT=8091, JAR=…)
#
# The first start creates the database and the demo data (profile demo) and is not counted. The AOT cache is
# then recorded by a training run that goes through the whole start-up as docker/Dockerfile's does: context,
# Liquibase, Tomcat, the Vaadin servlet and the start-up runners, until the readiness probe answers UP, then SIGTERM
# (the JVM exits normally and writes the cache, method profiles included).
# MODES (default "plain aot") chooses what is timed; "aot-refresh" adds a cache recorded the former way, by a
# training run that stops when the context is refreshed (-Dspring.context.exit=onRefresh), for comparison.
# The modes are run interleaved (plain, aot, plain, aot, …) so that a busy machine weighs on all of them alike.
# Each counted run reports Spring's "process running for" figure (JVM start to application ready), the
# wall-clock time until /actuator/health answers UP and the 1-minute load average when it started. Prints one
# line per run and the median/min/max of each mode.
set -euo pipefail
cd "$(dirname "$0")"
url="${1:?usage: startup.sh JDBC_URL}"
runs="${RUNS:-7}"
port="${PORT:-8091}"
modes="${MODES:-plain aot}"
for mode in $modes; do
  case $mode in plain|aot|aot-refresh) ;; *) echo "MODES are plain, aot and aot-refresh, not $mode" >&2; exit 2 ;; esac
done
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="${OUT:-target/startup}"
rm -rf "$work" && mkdir -p "$work"
"$java" -Djarmode=tools -jar "${JAR:-../../web-ui/target/rehabrx.jar}" extract --destination "$work/app" >/dev/null
export SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}" SPRING_PROFILES_ACTIVE=demo \
       SERVER_PORT="$port"
health="http://localhost:$port/actuator/health"

load1() { cut -d' ' -f1 /proc/loadavg; }

# launch LOG URL OPTIONS…: launches the application with the given JVM options and waits until URL answers UP;
# sets $app (pid) and $ready (date +%s.%N)
launch() {
  local log=$1 until=$2; shift 2
  "$java" "$@" -jar "$work/app/rehabrx.jar" > "$log" 2>&1 &
  app=$!
  until curl -sf --max-time 5 "$until" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $app 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
}

# one start: prints "<spring seconds> <wall seconds> <load average>"
start() {
  local log="$work/run.log" began load
  load=$(load1)
  began=$(date +%s.%N)
  launch "$log" "$health" "$@"
  kill $app; wait $app 2>/dev/null || true
  local spring; spring=$(grep -o 'process running for [0-9.]*' "$log" | awk '{print $4}')
  echo "$spring $(echo "$ready - $began" | bc) $load"
}

# summary LABEL [UNIT]: median, min and max of the numbers on standard input
summary() {
  sort -n | awk -v label="$1" -v unit="${2- s}" '{ v[NR] = $1 } END {
    printf "%s: median %.2f%s, min %.2f%s, max %.2f%s (%d runs)\n", label,
      (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), unit, v[1], unit, v[NR], unit, NR }'
}

echo "preparing the database and the demo data" >&2
start > /dev/null
echo "recording the AOT cache (training run: whole start-up until ready, SIGTERM)" >&2
# readiness, unlike health, waits for the start-up runners
launch "$work/training.log" "$health/readiness" -XX:AOTCacheOutput="$work/app.aot" \
  -Dmanagement.endpoint.health.probes.enabled=true
kill -TERM $app; wait $app 2>/dev/null || true
test -s "$work/app.aot" || { echo "the training run wrote no AOT cache" >&2; cat "$work/training.log" >&2; exit 1; }
if [[ " $modes " == *" aot-refresh "* ]]; then
  echo "recording the former AOT cache (training run stopped at context refresh)" >&2
  "$java" -XX:AOTCacheOutput="$work/app-refresh.aot" -Dspring.context.exit=onRefresh -jar "$work/app/rehabrx.jar" \
    > "$work/training-refresh.log" 2>&1
  test -s "$work/app-refresh.aot" || { echo "the refresh-stopped training wrote no AOT cache" >&2; exit 1; }
fi

# the cache must be used, not silently ignored: count the classes that come from it
start -XX:AOTCache="$work/app.aot" -Xlog:class+load=info:file="$work/class-load.txt" > /dev/null
echo "with the AOT cache: $(grep -c 'shared objects file' "$work/class-load.txt") of $(grep -c 'source:' "$work/class-load.txt") classes loaded from it" >&2

echo "load average before: $(cat /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  for mode in $modes; do
    case $mode in
      plain) start ;;
      aot) start -XX:AOTCache="$work/app.aot" ;;
      aot-refresh) start -XX:AOTCache="$work/app-refresh.aot" ;;
    esac | tee -a "$work/$mode.txt" | sed "s/^/$mode run $i: spring, wall, load: /"
  done
done
echo "load average after: $(cat /proc/loadavg)"
for mode in $modes; do
  awk '{print $1}' "$work/$mode.txt" | summary "$mode, JVM start to application ready (Spring)"
  awk '{print $2}' "$work/$mode.txt" | summary "$mode, launch to /actuator/health UP (wall clock)"
  awk '{print $3}' "$work/$mode.txt" | summary "$mode, 1-minute load average at launch" ""
done
