#!/usr/bin/env bash
# PostgreSQL outside the backend, for backups and the scale test, with nothing installed system-wide.
#
#   scripts/postgres.sh start DATA_DIR PORT   start a server on DATA_DIR (created if empty), wait until it answers
#   scripts/postgres.sh stop DATA_DIR         stop the server running on DATA_DIR, if any
#   scripts/postgres.sh port DATA_DIR         print the port of the server running on DATA_DIR (exit 1 if none)
#   scripts/postgres.sh client TOOL ARGS...   run pg_dump, pg_restore or psql of a version that can read the server
#
# The server is the one the backend embeds: the zonky binaries shipped in the built backend
# (backend/target/quarkus-app/lib/main), PostgreSQL 17. It starts the way the backend starts it
# (initdb -A trust -U postgres -E UTF-8; fsync on), so a data directory works with either. PostgreSQL
# refuses to run as root: as root it runs in its own user namespace (unshare -U), as zonky does.
#
# The client tools must be of the server's major version or newer (pg_dump refuses a newer server).
# Those on the PATH are used when they are new enough; otherwise (Debian 12 has 15 only) the
# postgresql-client-17 package of Debian 13 is downloaded once into .cache/ with apt-get and run
# with its own C library, without installing it. Elsewhere, install PostgreSQL 17's client tools
# (macOS: brew install libpq) and put them on the PATH.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_LIB=$ROOT/backend/target/quarkus-app/lib/main
SERVER_MAJOR=17
CLIENT_DIR=$ROOT/.cache/postgresql-client-$SERVER_MAJOR

platform() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "unsupported system $(uname -s)" >&2; exit 1 ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=amd64 ;; aarch64 | arm64) arch=arm64v8 ;; *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;; esac
  echo "$os-$arch"
}

# Unpacks the backend's own PostgreSQL binaries into .cache/ once, and prints where they are.
server_home() {
  local jar
  jar=$(ls "$APP_LIB"/io.zonky.test.postgres.embedded-postgres-binaries-"$(platform)"-*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ]; then
    "$ROOT/scripts/stack.sh" build-backend >&2
    jar=$(ls "$APP_LIB"/io.zonky.test.postgres.embedded-postgres-binaries-"$(platform)"-*.jar | head -n 1)
  fi
  local version
  version=$(basename "$jar" .jar | sed 's/.*-//')
  local home=$ROOT/.cache/postgres-$version
  if [ ! -x "$home/bin/postgres" ]; then
    local unpacked
    mkdir -p "$ROOT/.cache"
    unpacked=$(mktemp -d "$ROOT/.cache/postgres.XXXXXX")
    unzip -q -p "$jar" '*.txz' | tar -xJf - -C "$unpacked"
    rm -rf "$home"
    mv "$unpacked" "$home"
  fi
  echo "$home"
}

# PostgreSQL will not run as root; in a user namespace of its own it is not root.
as_postgres_user() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

running_pid() {
  local pid_file=$1/postmaster.pid
  [ -f "$pid_file" ] || return 1
  local pid
  pid=$(head -n 1 "$pid_file")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

port() {
  local data_dir=$1
  running_pid "$data_dir" > /dev/null || return 1
  sed -n 4p "$data_dir/postmaster.pid"
}

start() {
  local data_dir=$1 port=$2
  if running_pid "$data_dir" > /dev/null; then
    echo "PostgreSQL already runs on $data_dir (port $(port "$data_dir"))." >&2
    exit 1
  fi
  local home
  home=$(server_home)
  mkdir -p "$data_dir"
  if [ ! -f "$data_dir/postgresql.conf" ]; then
    as_postgres_user "$home/bin/initdb" -A trust -U postgres -D "$data_dir" -E UTF-8 > "$data_dir.initdb.log" 2>&1 \
      || { cat "$data_dir.initdb.log" >&2; exit 1; }
    rm -f "$data_dir.initdb.log"
  fi
  # The socket goes in the data directory: /var/run/postgresql may not exist or be writable.
  as_postgres_user "$home/bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=localhost -c unix_socket_directories=. ${POSTGRES_OPTIONS:-}" start > /dev/null \
    || { tail -n 20 "$data_dir/server.log" >&2; exit 1; }
}

stop() {
  local data_dir=$1 pid
  pid=$(running_pid "$data_dir") || return 0
  # SIGINT is PostgreSQL's fast shutdown: sessions are ended, what was committed is kept.
  kill -INT "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  echo "PostgreSQL (pid $pid) did not stop in 30 s." >&2
  exit 1
}

major_of() {
  "$@" --version 2>/dev/null | sed -n 's/.*PostgreSQL) \([0-9]*\).*/\1/p'
}

# Debian 13's client package and the libraries it needs, unpacked (not installed) into .cache/.
fetch_client() {
  [ -x "$CLIENT_DIR/bin/pg_dump" ] && return 0
  if ! command -v apt-get > /dev/null; then
    echo "PostgreSQL $SERVER_MAJOR's client tools (pg_dump, pg_restore, psql) are needed on the PATH." >&2
    exit 1
  fi
  echo "Fetching PostgreSQL $SERVER_MAJOR's client tools (Debian 13's package, about 9 MB, once) into .cache/ ..." >&2
  local work
  mkdir -p "$ROOT/.cache"
  work=$(mktemp -d "$ROOT/.cache/postgresql-client.XXXXXX")
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$work/root"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
    > "$work/sources.list"
  # A private package list: the machine's own apt sources and state are left as they are.
  local apt=(-qq -o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=- \
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  apt-get "${apt[@]}" update
  (cd "$work/debs" && apt-get "${apt[@]}" download postgresql-client-$SERVER_MAJOR libpq5 libc6 libgcc-s1 \
    libssl3t64 libgssapi-krb5-2 libkrb5-3 libk5crypto3 libkrb5support0 libkeyutils1 libcom-err2 libldap2 \
    libsasl2-2 liblz4-1 libzstd1 zlib1g libreadline8t64 libtinfo6)
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  local loader
  loader=$(cd "$work/root" && ls usr/lib/*-linux-gnu/ld-linux-*.so.* | head -n 1)
  local libs
  libs=$(cd "$work/root" && ls -d usr/lib/*-linux-gnu | sed "s|^|$CLIENT_DIR/root/|" | paste -sd:)
  mkdir -p "$work/bin"
  # Local: the caller's own $tool (which tool to run) must survive this loop.
  local tool
  for tool in pg_dump pg_restore psql; do
    cat > "$work/bin/$tool" <<WRAPPER
#!/bin/sh
# Debian 13's $tool, run with Debian 13's C library (Debian 12's is older than it needs).
exec "$CLIENT_DIR/root/$loader" --library-path "$libs" "$CLIENT_DIR/root/usr/lib/postgresql/$SERVER_MAJOR/bin/$tool" "\$@"
WRAPPER
    chmod +x "$work/bin/$tool"
  done
  rm -rf "$work/lists" "$work/cache" "$work/debs" "$CLIENT_DIR"
  mv "$work" "$CLIENT_DIR"
  "$CLIENT_DIR/bin/pg_dump" --version > /dev/null
}

client() {
  local tool=$1; shift
  case "$tool" in pg_dump | pg_restore | psql) ;; *) echo "not a client tool: $tool" >&2; exit 2 ;; esac
  if command -v "$tool" > /dev/null && [ "$(major_of "$tool")" -ge "$SERVER_MAJOR" ] 2>/dev/null; then
    exec "$tool" "$@"
  fi
  fetch_client
  exec "$CLIENT_DIR/bin/$tool" "$@"
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  stop) stop "$2" ;;
  port) port "$2" ;;
  client) shift; client "$@" ;;
  *) echo "usage: $0 start DATA_DIR PORT | stop DATA_DIR | port DATA_DIR | client pg_dump|pg_restore|psql ARGS..." >&2; exit 2 ;;
esac
