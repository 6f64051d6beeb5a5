#!/usr/bin/env bash
# make test-scale: SEND Hub as replicas. Starts a PostgreSQL server of its own (the backend's
# PostgreSQL 17 binaries, started standalone), two backends on it (the built jar, A and B, started
# together with demo data) and nginx in front of them (round robin, run as nobody), with the real
# Keycloak for tokens as the browser tests use it. scripts/test-scale.mjs then drives racing
# edits, archives and imports through the balancer and both backends, compares their answers and
# kills backend A (-9) mid-load.
#
# Then the backups: the database is backed up while B runs (scripts/backup.sh), restored into a
# new embedded data directory (refused without CONFIRM=1 over data, done with it), a backend is
# started on the restored copy, and it must answer as B does.
#
# Everything it starts is stopped on every exit. Ports: SCALE_PORT (8093) and the three above it
# for A, B, the balancer and the restored backend; SCALE_PG_PORT (55432) for PostgreSQL.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BASE_PORT=${SCALE_PORT:-8093}
A_PORT=$BASE_PORT B_PORT=$((BASE_PORT + 1)) LB_PORT=$((BASE_PORT + 2)) RESTORED_PORT=$((BASE_PORT + 3))
PG_PORT=${SCALE_PG_PORT:-55432}
JAR=$ROOT/backend/target/quarkus-app/quarkus-run.jar
DB_URL=jdbc:postgresql://localhost:$PG_PORT/postgres
STARTED=$SECONDS

command -v nginx > /dev/null || { echo "make test-scale needs nginx (apt-get install nginx)" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sendhub-scale.XXXXXX")
chmod 711 "$WORK"
backend_pids=()
nginx_pid=
keycloak_was_running=0
passed=0

cleanup() {
  local status=$?
  set +e
  for pid in "${backend_pids[@]}"; do kill "$pid" 2>/dev/null; done
  # nginx's master (its pid file), not runuser's: TERM is its fast shutdown.
  local nginx_master
  nginx_master=$(cat "$WORK/nginx/nginx.pid" 2>/dev/null)
  [ -n "$nginx_master" ] && kill -TERM "$nginx_master" 2>/dev/null
  [ -n "$nginx_pid" ] && kill -TERM "$nginx_pid" 2>/dev/null
  for pid in "${backend_pids[@]}"; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  done
  # The restored backend embeds its PostgreSQL: a backend killed early may leave it running.
  scripts/postgres.sh stop "$WORK/restored" > /dev/null 2>&1
  scripts/postgres.sh stop "$WORK/db"
  for pid in $nginx_master $nginx_pid; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
  done
  [ "$keycloak_was_running" = 0 ] && scripts/keycloak.sh stop > /dev/null
  if [ "$status" != 0 ]; then
    for log in "$WORK"/*.log "$WORK"/nginx/error.log; do
      [ -f "$log" ] && { echo "--- last lines of $log"; tail -n 25 "$log"; }
    done
    echo "make test-scale failed after $((SECONDS - STARTED)) s." >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

phase() {
  echo "[$((SECONDS - STARTED)) s] $*"
}

# Starts the built jar in the background; the rest of its environment comes from the caller.
start_backend() {
  local name=$1 port=$2
  SENDHUB_HTTP_PORT=$port SENDHUB_DEMO_DATA=true SENDHUB_RATE_LIMIT_IMPORTS=1000 \
    nohup java ${JAVA_OPTS:-} -jar "$JAR" > "$WORK/$name.log" 2>&1 < /dev/null &
  backend_pids+=($!)
  eval "${name}_pid=$!"
  # Backend A is killed on purpose: the shell need not report it.
  disown $!
}

wait_ready() {
  local name=$1 port=$2 pid=$3 started=$SECONDS
  until curl -fsS -o /dev/null --max-time 2 "http://localhost:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "Backend $name exited." >&2; exit 1; }
    (( SECONDS - started < 180 )) || { echo "Backend $name was not ready in 180 s." >&2; exit 1; }
    sleep 1
  done
}

start_balancer() {
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream sendhub {
    # Round robin; a backend that refuses a connection is left alone for 10 s.
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 512m;
    location / {
      proxy_pass http://sendhub;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      # A request that failed on one backend is tried on the other only if it is idempotent (nginx's
      # default: never a POST once sent). PUT and DELETE carry If-Match, so a retry of a change the
      # first backend made is a 412, never a second change.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
NGINX
  local as_nobody=()
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$WORK/nginx"
    as_nobody=(runuser -u nobody --)
  fi
  "${as_nobody[@]}" nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" \
    > "$WORK/nginx.log" 2>&1 < /dev/null &
  nginx_pid=$!
  # Health is for the internal network: through a proxy it is refused, so ask the balancer for
  # the public contract instead.
  until curl -fsS -o /dev/null --max-time 2 "http://localhost:$LB_PORT/q/openapi" 2>/dev/null; do
    kill -0 "$nginx_pid" 2>/dev/null || { echo "nginx exited." >&2; exit 1; }
    sleep 0.2
  done
}

phase "Building (if sources changed) ..."
scripts/stack.sh build > /dev/null
scripts/keycloak.sh status > /dev/null 2>&1 && keycloak_was_running=1
scripts/keycloak.sh start > /dev/null

phase "Starting PostgreSQL on port $PG_PORT, backends A (:$A_PORT) and B (:$B_PORT) together, nginx (:$LB_PORT) ..."
POSTGRES_OPTIONS="-c fsync=off -c max_connections=120" scripts/postgres.sh start "$WORK/db" "$PG_PORT"
export SENDHUB_DB_URL=$DB_URL
start_backend a "$A_PORT"
start_backend b "$B_PORT"
wait_ready A "$A_PORT" "$a_pid"
wait_ready B "$B_PORT" "$b_pid"
start_balancer

phase "Driving both backends and the balancer ..."
SCALE_A=http://localhost:$A_PORT SCALE_B=http://localhost:$B_PORT SCALE_LB=http://localhost:$LB_PORT \
  SCALE_KILL_PID=$a_pid node scripts/test-scale.mjs replicas
passed=$((passed + 1))
curl -fsS -o /dev/null "http://localhost:$B_PORT/q/health/ready" || { echo "Backend B is not ready after the kill." >&2; exit 1; }

phase "Backups: backing up while B runs, restoring into a new embedded database ..."
export SENDHUB_BACKUP_DIR=$WORK/backups
dump=$(BACKUP_FILE=$WORK/scale.dump scripts/backup.sh backup)
if CONFIRM=1 scripts/backup.sh restore "$dump" 2> "$WORK/refused.txt"; then
  echo "A restore over a database that B is connected to was not refused." >&2; exit 1
fi
grep -q "other connection" "$WORK/refused.txt" || { cat "$WORK/refused.txt" >&2; exit 1; }
unset SENDHUB_DB_URL
export SENDHUB_DATA_DIR=$WORK/restored
scripts/backup.sh restore "$dump"
if scripts/backup.sh restore "$dump" 2> "$WORK/refused.txt"; then
  echo "A restore over a database with data was not refused without CONFIRM=1." >&2; exit 1
fi
grep -q "CONFIRM=1" "$WORK/refused.txt" || { cat "$WORK/refused.txt" >&2; exit 1; }
CONFIRM=1 scripts/backup.sh restore "$dump"
ls "$WORK"/backups/*-before-restore.dump > /dev/null || { echo "No backup was taken before replacing the data." >&2; exit 1; }

phase "Starting a backend on the restored (embedded) database (:$RESTORED_PORT) ..."
start_backend restored "$RESTORED_PORT"
wait_ready restored "$RESTORED_PORT" "$restored_pid"
if scripts/backup.sh restore "$dump" 2> "$WORK/refused.txt"; then
  echo "A restore while the backend runs on the embedded database was not refused." >&2; exit 1
fi
grep -q "backend is running" "$WORK/refused.txt" || { cat "$WORK/refused.txt" >&2; exit 1; }
again=$(BACKUP_FILE=$WORK/again.dump scripts/backup.sh backup)
[ "$(scripts/postgres.sh client pg_restore --list "$again" | grep -c 'TABLE DATA')" \
  = "$(scripts/postgres.sh client pg_restore --list "$dump" | grep -c 'TABLE DATA')" ] \
  || { echo "A backup of the running embedded database does not hold the same tables." >&2; exit 1; }
node scripts/test-scale.mjs compare "http://localhost:$B_PORT" "http://localhost:$RESTORED_PORT"
passed=$((passed + 1))
echo "  backup: $(du -h "$dump" | cut -f1) custom-format dump; refused over live connections, over data without CONFIRM=1, and under a running backend"

phase "make test-scale: done in $((SECONDS - STARTED)) s."
echo "test-scale: $passed passed, 0 failed"
