#!/usr/bin/env bash
# End-to-end tests: starts the stack as the run command does (real Keycloak, embedded
# PostgreSQL with demo data, the built web app), on its own port and a fresh database, runs the
# browser tests in Chromium, then stops what it started.
#   scripts/e2e.sh                     every spec, then the Keycloak outage
#   scripts/e2e.sh e2e/editor.e2e.ts   only the specs named (vitest filters), no outage run
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export SENDHUB_HTTP_PORT=${E2E_PORT:-8089}
export SENDHUB_DATA_DIR=.data/e2e/postgres
export SENDHUB_DEMO_DATA=true
export E2E_BASE_URL=http://localhost:$SENDHUB_HTTP_PORT

scripts/stack.sh build
rm -rf .data/e2e

# Keycloak may already run for `make run`: use it, and leave it running.
keycloak_was_running=0
scripts/keycloak.sh status > /dev/null 2>&1 && keycloak_was_running=1
cleanup() {
  if [ "$keycloak_was_running" = 1 ]; then KEEP_KEYCLOAK=1 scripts/stack.sh stop; else scripts/stack.sh stop; fi
}
trap cleanup EXIT
scripts/stack.sh start
(cd frontend && npm run --silent test:e2e -- "$@")
[ "$#" -gt 0 ] && exit 0

# Keycloak outage, with the real Keycloak stopped (not a Keycloak that a `make run` is using): a
# token issued before keeps working, and the web app says that sign-in is unavailable.
if [ "$keycloak_was_running" = 0 ]; then
  token=$(curl -fsS -d client_id=sendhub-cli -d grant_type=password -d username=editor.manchester -d password=demo \
    "http://localhost:${KEYCLOAK_PORT:-8180}/realms/sendhub/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  scripts/keycloak.sh stop
  (cd frontend && E2E_KEYCLOAK_STOPPED=1 E2E_TOKEN_ISSUED_BEFORE_OUTAGE=$token npm run --silent test:e2e -- e2e/outage)
fi
