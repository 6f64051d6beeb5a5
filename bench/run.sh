#!/usr/bin/env bash
# make bench: the indicator benchmark (see IndicatorBench.java). Builds the backend if needed,
# starts Keycloak if it is not running (and stops it after), runs the benchmark on its own
# embedded PostgreSQL and backend (port 8099). Arguments pass on, e.g. --areas 20 for a quick run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
scripts/stack.sh build-backend
started_keycloak=0
if ! scripts/keycloak.sh status > /dev/null 2>&1; then
  scripts/keycloak.sh start
  started_keycloak=1
fi
trap '[ "$started_keycloak" = 1 ] && scripts/keycloak.sh stop' EXIT
LIB=backend/target/quarkus-app
java -Xmx2g -cp "$LIB/lib/main/*:$LIB/app/*:$LIB/quarkus/generated-bytecode.jar" bench/IndicatorBench.java "$@"
