#!/usr/bin/env bash
# Local Keycloak for SEND Hub's demo and tests, without Docker.
#
#   scripts/keycloak.sh fetch    download and unpack Keycloak into .cache/ (once)
#   scripts/keycloak.sh start    start it in the background with the demo realm, wait until it answers
#   scripts/keycloak.sh stop     stop it
#   scripts/keycloak.sh status   say whether it runs and answers (exit 1 if it does not run)
#
# KEYCLOAK_PORT (default 8180) picks the port. Tokens' issuer is always
# http://localhost:$KEYCLOAK_PORT/realms/sendhub, whatever host name a client calls it by.
#
# Keycloak's own database (H2, dev mode) lives in .data/keycloak/. Keycloak imports a realm
# only when it does not exist yet, so when keycloak/realm-sendhub.json changes, that database
# is deleted and the realm is imported afresh.
#
# The realm signs in with SEND Hub's login theme (keycloak/themes/sendhub), installed into
# Keycloak's themes/ at each start with GOV.UK Frontend's CSS and fonts (scripts/keycloak-theme.sh).
# Dev mode does not cache themes: a changed template shows on the next page load.
set -euo pipefail

KEYCLOAK_VERSION=26.5.6
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${KEYCLOAK_PORT:-8180}
HOME_DIR=$ROOT/.cache/keycloak-$KEYCLOAK_VERSION
DATA_DIR=$ROOT/.data/keycloak
REALM_FILE=$ROOT/keycloak/realm-sendhub.json
REALM_SUM_FILE=$DATA_DIR/realm.sha256
LOG_FILE=$ROOT/.data/keycloak.log
PID_FILE=$ROOT/.data/keycloak.pid
READY_URL=http://localhost:$PORT/realms/sendhub/.well-known/openid-configuration
START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-180}

fetch() {
  [ -x "$HOME_DIR/bin/kc.sh" ] && return 0
  echo "Downloading Keycloak $KEYCLOAK_VERSION (160 MB, once) into .cache/ ..."
  mkdir -p "$ROOT/.cache"
  local zip=$ROOT/.cache/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  # Run outside backend/, so that the backend's pom plays no part in the download.
  (cd "$ROOT/.cache" && "$ROOT/backend/mvnw" -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$ROOT/.cache")
  local unpacked
  unpacked=$(mktemp -d "$ROOT/.cache/unzip.XXXXXX")
  unzip -q "$zip" -d "$unpacked"
  mv "$unpacked/keycloak-$KEYCLOAK_VERSION" "$HOME_DIR"
  rm -rf "$unpacked" "$zip"
}

# The login theme, complete with GOV.UK Frontend's CSS and fonts (scripts/keycloak-theme.sh).
install_theme() {
  "$ROOT/scripts/keycloak-theme.sh" "$HOME_DIR/themes"
}

# The pid of our Keycloak if it runs (kc.sh, or the java it exec'd after a rebuild); a pid
# file left by a crash may name another process by now.
running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  ps -p "$pid" -o command= 2>/dev/null | grep -qF "$HOME_DIR" || return 1
  echo "$pid"
}

answers() {
  curl -fsS -o /dev/null --max-time 2 "$READY_URL" 2>/dev/null
}

realm_sum() {
  sha256sum "$REALM_FILE" 2>/dev/null | cut -d' ' -f1 || shasum -a 256 "$REALM_FILE" | cut -d' ' -f1
}

start() {
  local pid
  if pid=$(running_pid); then
    if [ "$(cat "$REALM_SUM_FILE" 2>/dev/null)" = "$(realm_sum)" ]; then
      install_theme
      echo "Keycloak already runs (pid $pid) on port $PORT."
      return 0
    fi
    echo "The realm file changed since Keycloak started: restarting it with the new realm."
    stop
  fi
  if answers; then
    echo "Something else already answers at $READY_URL: stop it first, or set KEYCLOAK_PORT." >&2
    exit 1
  fi
  fetch
  install_theme
  local sum
  sum=$(realm_sum)
  if [ "$(cat "$REALM_SUM_FILE" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$DATA_DIR"
  fi
  mkdir -p "$DATA_DIR" "$HOME_DIR/data/import"
  rm -f "$HOME_DIR"/data/import/*.json
  cp "$REALM_FILE" "$HOME_DIR/data/import/"

  local started=$SECONDS
  # KC_DB_URL_PATH moves dev mode's H2 database from the distribution to .data/keycloak/data/h2.
  KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
  KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
  KC_DB_URL_PATH=$DATA_DIR \
    nohup "$HOME_DIR/bin/kc.sh" start-dev \
      --http-port="$PORT" \
      --hostname="http://localhost:$PORT" \
      --import-realm \
      > "$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"

  echo "Starting Keycloak on http://localhost:$PORT (log: .data/keycloak.log) ..."
  until answers; do
    if ! running_pid > /dev/null; then
      echo "Keycloak exited. Last lines of .data/keycloak.log:" >&2
      tail -n 40 "$LOG_FILE" >&2
      exit 1
    fi
    if (( SECONDS - started >= START_TIMEOUT )); then
      echo "Keycloak did not answer within ${START_TIMEOUT}s. Last lines of .data/keycloak.log:" >&2
      tail -n 40 "$LOG_FILE" >&2
      stop > /dev/null
      exit 1
    fi
    sleep 1
  done
  # Only now is the realm known to be imported whole.
  echo "$sum" > "$REALM_SUM_FILE"
  echo "Keycloak is up after $((SECONDS - started))s: realm sendhub at http://localhost:$PORT/realms/sendhub"
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    echo "Keycloak is not running."
    rm -f "$PID_FILE"
    return 0
  fi
  # kc.sh passes TERM on to its java child (or has exec'd java after a rebuild).
  local children
  children=$(pgrep -P "$pid" || true)
  kill "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  for p in $pid $children; do
    if kill -0 "$p" 2>/dev/null; then kill -9 "$p"; fi
  done
  rm -f "$PID_FILE"
  echo "Keycloak stopped."
}

status() {
  local pid
  if ! pid=$(running_pid); then
    echo "Keycloak is not running."
    return 1
  fi
  if answers; then
    echo "Keycloak runs (pid $pid) and answers at http://localhost:$PORT/realms/sendhub"
  else
    echo "Keycloak runs (pid $pid) but does not answer yet at $READY_URL"
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
