#!/usr/bin/env bash
# make bench-jvm: the backend under backend/jvm.options, then with C2 as well (the JVM's default),
# side by side in one run: start to ready, requests/s and p99 of four reads under 32 connections
# (wrk, 10 s after 3 s of warm-up), and the resident memory's peak. The demo data on an embedded
# PostgreSQL of its own (.data/bench-jvm); Keycloak is started if it is not running. Needs wrk.
# Arguments: further option sets to compare, e.g. bench/jvm-options.sh "-Xmx128m".
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
scripts/stack.sh build-backend
command -v wrk > /dev/null || { echo "bench/jvm-options.sh needs wrk: sudo apt-get install --no-install-recommends wrk" >&2; exit 1; }
started_keycloak=0
if ! scripts/keycloak.sh status > /dev/null 2>&1; then
  scripts/keycloak.sh start
  started_keycloak=1
fi
trap '[ "$started_keycloak" = 1 ] && scripts/keycloak.sh stop' EXIT
PORT=8098
API=http://localhost:$PORT
READS=(/q/health/live /api/v1/me /api/v1/areas/E08000003/priorities "/api/v1/indicator-values?indicator=ehcp_plans&area=E08000003")

# One option set: "label|extra options" after backend/jvm.options (a later option wins).
measure() {
  local label=$1 extra=$2
  SENDHUB_DATA_DIR=.data/bench-jvm SENDHUB_DEMO_DATA=true SENDHUB_HTTP_PORT=$PORT MALLOC_ARENA_MAX=2 \
    java $(cat backend/jvm.options) $extra -jar backend/target/quarkus-app/quarkus-run.jar > .data/bench-jvm.log 2>&1 &
  local pid=$! start=$(date +%s%N)
  until curl -fs -o /dev/null "$API/q/health/ready"; do
    kill -0 "$pid" 2> /dev/null || { tail -20 .data/bench-jvm.log >&2; exit 1; }
    sleep 0.02
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  local token
  token=$(curl -fs -d client_id=sendhub-cli -d grant_type=password -d username=admin -d password=demo \
    http://localhost:8180/realms/sendhub/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  printf '%-28s start to ready %5d ms' "$label" "$ready"
  for path in "${READS[@]}"; do
    wrk -t2 -c32 -d3s -H "Authorization: Bearer $token" "$API$path" > /dev/null
    local out rate p99
    out=$(wrk -t2 -c32 -d10s --latency -H "Authorization: Bearer $token" "$API$path")
    rate=$(grep 'Requests/sec' <<< "$out" | awk '{printf "%.0f", $2}')
    p99=$(grep ' 99%' <<< "$out" | awk '{print $2}')
    printf ' | %s %s/s p99 %s' "$(basename "${path%%\?*}")" "$rate" "$p99"
  done
  printf ' | peak RSS %d MB\n' "$(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 ))"
  kill "$pid"
  wait "$pid" 2> /dev/null || true
}

# A first start loads the demo data, so that every measured start is a warm one.
SENDHUB_DATA_DIR=.data/bench-jvm SENDHUB_DEMO_DATA=true SENDHUB_HTTP_PORT=$PORT \
  java $(cat backend/jvm.options) -jar backend/target/quarkus-app/quarkus-run.jar > .data/bench-jvm.log 2>&1 &
pid=$!
until curl -fs -o /dev/null "$API/q/health/ready"; do sleep 0.2; done
kill "$pid"; wait "$pid" 2> /dev/null || true

measure "backend/jvm.options" ""
measure "the same with C2" "-XX:TieredStopAtLevel=4"
for extra in "$@"; do
  measure "$extra" "$extra"
done
