#!/usr/bin/env bash
# Backs up and restores SEND Hub's database with pg_dump and pg_restore (custom format).
#
#   scripts/backup.sh backup          write backups/<UTC time>.dump and print its path (BACKUP_FILE=... to choose)
#   scripts/backup.sh restore FILE    replace the database's contents with the backup's
#
# The database is the run command's: the embedded one in SENDHUB_DATA_DIR (.data/postgres), or
# the external one in SENDHUB_DB_URL (with SENDHUB_DB_USERNAME and SENDHUB_DB_PASSWORD), as for
# `make run`. A backup may be taken while the backend runs (pg_dump reads one consistent
# snapshot); with the backend stopped, the embedded database is started for the backup and stopped
# again.
#
# A restore refuses to run while anything else is connected to the database (stop the backends
# first), and refuses to replace a database that has data unless CONFIRM=1 is set; then it first
# backs up what is there to backups/<time>-before-restore.dump. It runs as one transaction: if any
# of it fails, the database is left as it was. It asks no questions, so it runs the same in CI.
# SENDHUB_BACKUP_DIR (backups/) is where backups go.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PG=scripts/postgres.sh
BACKUP_DIR=${SENDHUB_BACKUP_DIR:-$ROOT/backups}
started_data_dir=

finish() {
  if [ -n "$started_data_dir" ]; then $PG stop "$started_data_dir"; fi
}
trap finish EXIT

fail() {
  echo "$*" >&2
  exit 1
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return 0; }
  done
  fail "No free port found for a temporary PostgreSQL."
}

# Sets PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD for the run command's database. With
# create=1 an embedded data directory that does not exist yet is made (a restore into a new one).
connect_to_database() {
  local create=${1:-0}
  export PGUSER=${SENDHUB_DB_USERNAME:-postgres} PGPASSWORD=${SENDHUB_DB_PASSWORD:-postgres}
  if [ -n "${SENDHUB_DB_URL:-}" ]; then
    # jdbc:postgresql://host[:port]/database[?options]
    local rest=${SENDHUB_DB_URL#jdbc:postgresql://}
    [ "$rest" != "$SENDHUB_DB_URL" ] || fail "SENDHUB_DB_URL is not a jdbc:postgresql:// URL: $SENDHUB_DB_URL"
    rest=${rest%%\?*}
    local host_port=${rest%%/*}
    export PGDATABASE=${rest#*/}
    export PGHOST=${host_port%%:*}
    if [ "$host_port" != "$PGHOST" ]; then export PGPORT=${host_port#*:}; else export PGPORT=5432; fi
    DESCRIPTION="$PGDATABASE at $PGHOST:$PGPORT"
    return 0
  fi
  local data_dir=${SENDHUB_DATA_DIR:-.data/postgres}
  case "$data_dir" in /*) ;; *) data_dir=$ROOT/$data_dir ;; esac
  export PGHOST=localhost PGDATABASE=postgres PGUSER=postgres
  DESCRIPTION="the embedded database in $data_dir"
  EMBEDDED_WAS_RUNNING=0
  if PGPORT=$($PG port "$data_dir"); then
    export PGPORT
    EMBEDDED_WAS_RUNNING=1
    return 0
  fi
  if [ ! -f "$data_dir/postgresql.conf" ] && [ "$create" != 1 ]; then
    fail "There is no database in $data_dir (set SENDHUB_DATA_DIR or SENDHUB_DB_URL)."
  fi
  export PGPORT
  PGPORT=$(free_port)
  $PG start "$data_dir" "$PGPORT"
  started_data_dir=$data_dir
}

psql_value() {
  $PG client psql -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"
}

# Writes the dump to a temporary name first, so that a failed dump leaves no file that looks whole.
dump_to() {
  local file=$1
  mkdir -p "$(dirname "$file")"
  $PG client pg_dump --format=custom --no-owner --no-privileges --file="$file.partial"
  mv "$file.partial" "$file"
}

backup() {
  connect_to_database
  local file=${BACKUP_FILE:-$BACKUP_DIR/$(date -u +%Y%m%dT%H%M%SZ).dump}
  dump_to "$file"
  echo "Backed up $DESCRIPTION to:" >&2
  echo "$file"
}

restore() {
  local file=${1:-}
  [ -n "$file" ] || fail "usage: make restore FILE=backups/<time>.dump [CONFIRM=1]"
  [ -f "$file" ] || fail "No such backup: $file"
  $PG client pg_restore --list "$file" > /dev/null || fail "$file is not a backup that pg_restore can read."
  connect_to_database 1
  if [ -z "${SENDHUB_DB_URL:-}" ] && [ "$EMBEDDED_WAS_RUNNING" = 1 ]; then
    fail "The backend is running on $DESCRIPTION: stop it first (Ctrl-C in make run, or make stop)."
  fi
  local others
  others=$(psql_value "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
                         AND pid <> pg_backend_pid() AND backend_type = 'client backend'")
  if [ "$others" != 0 ]; then
    fail "$others other connection(s) to $DESCRIPTION (a backend?): stop them before restoring."
  fi
  local tables
  tables=$(psql_value "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
  if [ "$tables" != 0 ]; then
    if [ "${CONFIRM:-0}" != 1 ]; then
      fail "There is data in $DESCRIPTION ($tables tables): a restore replaces all of it. Run again with
CONFIRM=1 (what is there now is backed up first)."
    fi
    local safety
    safety=$BACKUP_DIR/$(date -u +%Y%m%dT%H%M%SZ)-before-restore.dump
    dump_to "$safety"
    echo "Backed up what was there to $safety" >&2
  fi
  # The schema is emptied and the backup replayed in one transaction: all of it, or nothing.
  { echo "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
    $PG client pg_restore --no-owner --no-privileges --file=- "$file"
  } | PGOPTIONS="-c client_min_messages=warning" $PG client psql -X -q -v ON_ERROR_STOP=1 --single-transaction > /dev/null
  echo "Restored $file into $DESCRIPTION." >&2
}

case "${1:-}" in
  backup) backup ;;
  restore) restore "${2:-}" ;;
  *) echo "usage: $0 backup | restore FILE" >&2; exit 2 ;;
esac
