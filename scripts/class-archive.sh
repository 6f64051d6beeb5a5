#!/usr/bin/env bash
# The backend's class archive (Java's AppCDS): the classes a start loads, parsed and verified once and
# mapped by later starts instead (a start to ready of about 3.5 s rather than 5: README "Benchmarks").
#
#   scripts/class-archive.sh [APP_DIR]   write APP_DIR/sendhub.jsa (default backend/target/quarkus-app),
#                                        or where CLASS_ARCHIVE says; JVM_OPTIONS: the JVM's options file
#
# A training run makes it: the backend starts in full on a throwaway embedded PostgreSQL (migrations,
# Hibernate, the OIDC client if Keycloak answers, the HTTP server on a free port), answers two requests
# and stops (backend ClassArchiveTraining), and the JVM writes what it loaded (-XX:ArchiveClassesAtExit).
# Quarkus' own AppCDS keeps only the classes of its static init, about half the gain. The archive
# holds the jars' absolute paths and fits only the JVM that wrote it: start the backend as
# `java -XX:SharedArchiveFile=APP_DIR/sendhub.jsa ... -jar APP_DIR/quarkus-run.jar` (absolute).
# A JVM that finds it does not fit says so and starts without it.
# The run command (scripts/stack.sh) writes it after each build; the image (Dockerfile) as it is built.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_DIR=$(cd "${1:-$ROOT/backend/target/quarkus-app}" && pwd)
JVM_OPTIONS=${JVM_OPTIONS:-$ROOT/backend/jvm.options}
ARCHIVE=${CLASS_ARCHIVE:-$APP_DIR/sendhub.jsa}
# The throwaway database and the training start's log, removed however the script ends.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
rm -f "$ARCHIVE"
port=18700
while (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do port=$((port + 1)); done
echo "Writing the backend's class archive (a training start of the backend) ..."
# Keycloak is not needed: without it, the OIDC client gives up at once (and would connect on a request).
SENDHUB_DATA_DIR=$data/postgres SENDHUB_DEMO_DATA=false SENDHUB_HTTP_PORT=$port MALLOC_ARENA_MAX=2 \
  java "@$JVM_OPTIONS" -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off \
  -Dquarkus.oidc.connection-delay=0 -jar "$APP_DIR/quarkus-run.jar" --class-archive-training > "$data/training.log" 2>&1 \
  || { echo "The training start failed; its log:" >&2; tail -n 40 "$data/training.log" >&2; exit 1; }
[ -s "$ARCHIVE" ] || { echo "The JVM wrote no class archive at $ARCHIVE" >&2; exit 1; }
echo "Class archive: $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB)"
