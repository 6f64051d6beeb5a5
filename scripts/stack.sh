#!/usr/bin/env bash
# Builds and runs SEND Hub's whole stack without Docker: embedded PostgreSQL (inside the
# backend), Keycloak, the API and the web app.
#
#   scripts/stack.sh run      build, start everything with demo data, wait; Ctrl-C stops all
#   scripts/stack.sh build    build the web app and the backend if their sources changed
#   scripts/stack.sh build-backend   the backend alone (for the benchmark)
#   scripts/stack.sh start    start Keycloak and the backend in the background, wait until ready
#   scripts/stack.sh stop     stop the backend (and Keycloak, unless KEEP_KEYCLOAK=1)
#
# SENDHUB_HTTP_PORT (8080) and SENDHUB_DATA_DIR (.data/postgres) choose where the backend
# listens and keeps its database; SENDHUB_DB_URL uses an external PostgreSQL instead, and
# SENDHUB_OIDC_URL an external Keycloak realm (then no local Keycloak is started).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export SENDHUB_HTTP_PORT=${SENDHUB_HTTP_PORT:-8080}
export SENDHUB_DATA_DIR=${SENDHUB_DATA_DIR:-.data/postgres}
export SENDHUB_DEMO_DATA=${SENDHUB_DEMO_DATA:-true}
BACKEND_JAR=backend/target/quarkus-app/quarkus-run.jar
CLASS_ARCHIVE=backend/target/quarkus-app/sendhub.jsa
PID_FILE=.data/backend-$SENDHUB_HTTP_PORT.pid
LOG_FILE=.data/backend-$SENDHUB_HTTP_PORT.log
READY_URL=http://localhost:$SENDHUB_HTTP_PORT/q/health/ready

# True when the output file is missing or any of the inputs is newer.
stale() {
  local output=$1; shift
  [ -e "$output" ] || return 0
  [ -n "$(find "$@" -newer "$output" -print -quit 2>/dev/null)" ]
}

build_backend() {
  if stale "$BACKEND_JAR" backend/src/main backend/pom.xml openapi.yaml frontend/dist; then
    echo "Building the backend (Maven wrapper; the first build downloads dependencies) ..."
    (cd backend && ./mvnw -B -q package -DskipTests)
  fi
  # Written again whenever Maven packaged the backend (a test run does too): it fits only the jars it was made from.
  if stale "$CLASS_ARCHIVE" "$BACKEND_JAR"; then
    scripts/class-archive.sh
  fi
}

build() {
  if [ ! -d frontend/node_modules ] || stale frontend/node_modules/.package-lock.json frontend/package-lock.json; then
    echo "Installing the web app's packages (npm ci) ..."
    (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if stale frontend/dist/index.html frontend/src frontend/index.html frontend/package.json frontend/vite.config.ts openapi.yaml; then
    echo "Building the web app ..."
    (cd frontend && npm run --silent build)
  fi
  build_backend
}

# A backend or PostgreSQL left running by a run that was killed would hold the port or the data.
clean_up_orphans() {
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo "Stopping a backend left running on port $SENDHUB_HTTP_PORT (pid $(cat "$PID_FILE")) ..."
    stop_backend
  fi
  local postmaster=$SENDHUB_DATA_DIR/postmaster.pid
  if [ -z "${SENDHUB_DB_URL:-}" ] && [ -f "$postmaster" ]; then
    local pg_pid
    pg_pid=$(head -n 1 "$postmaster")
    if kill -0 "$pg_pid" 2>/dev/null; then
      echo "Stopping a PostgreSQL left running on $SENDHUB_DATA_DIR (pid $pg_pid) ..."
      kill -INT "$pg_pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 1; done
    fi
  fi
}

start_keycloak() {
  if [ -n "${SENDHUB_OIDC_URL:-}" ]; then
    echo "Using the Keycloak realm at $SENDHUB_OIDC_URL"
    return 0
  fi
  scripts/keycloak.sh start
}

start_backend() {
  clean_up_orphans
  mkdir -p .data
  echo "Starting the backend on http://localhost:$SENDHUB_HTTP_PORT (log: $LOG_FILE) ..."
  # The JVM's memory as in production (backend/jvm.options, README "Benchmarks"), unless JAVA_OPTS says
  # otherwise; the class archive for a quicker start (scripts/class-archive.sh: it records the jars by
  # their absolute paths); plain-text logs for a person reading them (the image and Kubernetes log JSON).
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} QUARKUS_LOG_CONSOLE_JSON_ENABLED=${QUARKUS_LOG_CONSOLE_JSON_ENABLED:-false} \
    nohup java ${JAVA_OPTS:-@backend/jvm.options} -XX:SharedArchiveFile="$ROOT/$CLASS_ARCHIVE" -jar "$ROOT/$BACKEND_JAR" \
    > "$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  local started=$SECONDS
  until curl -fsS -o /dev/null --max-time 2 "$READY_URL" 2>/dev/null; do
    if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
      echo "The backend exited. Last lines of $LOG_FILE:" >&2
      tail -n 40 "$LOG_FILE" >&2
      exit 1
    fi
    if (( SECONDS - started > 180 )); then
      echo "The backend did not become ready in 180 s. Last lines of $LOG_FILE:" >&2
      tail -n 40 "$LOG_FILE" >&2
      stop_backend
      exit 1
    fi
    sleep 1
  done
  echo "The backend is ready after $((SECONDS - started)) s."
}

stop_backend() {
  [ -f "$PID_FILE" ] || return 0
  local pid
  pid=$(cat "$PID_FILE")
  if kill -0 "$pid" 2>/dev/null; then
    # TERM lets Quarkus shut down and the embedded PostgreSQL stop cleanly.
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
}

stop() {
  stop_backend
  if [ -z "${SENDHUB_OIDC_URL:-}" ] && [ "${KEEP_KEYCLOAK:-0}" != 1 ]; then
    scripts/keycloak.sh stop
  fi
}

print_sign_in() {
  cat <<INFO

  SEND Hub is running (demo data).

    Web app     http://localhost:$SENDHUB_HTTP_PORT/
    API         http://localhost:$SENDHUB_HTTP_PORT/api/v1   (Swagger UI: http://localhost:$SENDHUB_HTTP_PORT/q/swagger-ui)
    Keycloak    http://localhost:${KEYCLOAK_PORT:-8180}   (realm sendhub; console admin / admin)

  Demo sign-ins, password "demo":
    admin              admin, every area
    editor.manchester  editor, Manchester E08000003
    viewer.wigan       viewer, Wigan E08000010
    analyst.icb        analyst, Manchester, Tameside, Wigan

  Data is kept in $SENDHUB_DATA_DIR. Press Ctrl-C to stop everything.

INFO
}

run() {
  build
  trap 'echo; echo "Stopping ..."; stop; exit 0' INT TERM
  start_keycloak
  start_backend
  print_sign_in
  # Wait on the backend; if it dies, stop the rest too.
  while kill -0 "$(cat "$PID_FILE")" 2>/dev/null; do sleep 1; done
  echo "The backend stopped. Last lines of $LOG_FILE:" >&2
  tail -n 20 "$LOG_FILE" >&2
  stop
  exit 1
}

case "${1:-}" in
  run) run ;;
  build) build ;;
  build-backend) build_backend ;;
  start) start_keycloak; start_backend ;;
  stop) stop ;;
  *) echo "usage: $0 run|build|build-backend|start|stop" >&2; exit 2 ;;
esac
