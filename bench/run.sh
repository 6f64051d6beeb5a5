#!/usr/bin/env bash
# make bench: the indicator benchmark (see IndicatorBench.java). Builds the backend if needed,
# starts Keycloak if it is not running (and stops it after), runs the benchmark on its own
# embedded PostgreSQL and backend (port 8099), started with backend/jvm.options as in production.
# Arguments pass on, e.g. --areas 20 for a quick run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
scripts/stack.sh build-backend
# The throughput phase drives the API with wrk and PostgreSQL with pgbench (Debian: wrk, postgresql-client).
missing=()
command -v wrk > /dev/null || missing+=(wrk)
command -v pgbench > /dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing ${missing[*]} for the throughput phase ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
  else
    echo "make bench needs wrk and pgbench: sudo apt-get install --no-install-recommends wrk postgresql-client" >&2
    exit 1
  fi
fi
started_keycloak=0
if ! scripts/keycloak.sh status > /dev/null 2>&1; then
  scripts/keycloak.sh start
  started_keycloak=1
fi
trap '[ "$started_keycloak" = 1 ] && scripts/keycloak.sh stop' EXIT
LIB=backend/target/quarkus-app
java -Xmx2g -cp "$LIB/lib/main/*:$LIB/app/*:$LIB/quarkus/generated-bytecode.jar" bench/IndicatorBench.java "$@"
