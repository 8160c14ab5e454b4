#!/bin/bash
# Run a command against a throwaway PostgreSQL cluster with corpus installed.
#
# The server tree is copied into a private stage and the extension installed
# there (make install DESTDIR=stage), so nothing outside the temporary
# directory is touched and several checkouts can test side by side.  The
# cluster runs as user postgres and listens on a Unix socket only.
# The command sees PGHOST, PGPORT, PGUSER, PGDATABASE, CORPUS_PSQL and
# CORPUS_STAGE.  Extra clusters for tests: source this file's functions via
# scripts/cluster-lib.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cluster-lib.sh"

tmp=$(mktemp -d /tmp/corpus-test.XXXXXX)
chmod 755 "$tmp"
cleanup() {
  cluster_stop "$tmp/main" || true
  [ -n "${CORPUS_KEEP_TMP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT

stage_install "$tmp/stage"
cluster_start "$tmp/stage" "$tmp/main"
export PGHOST="$tmp/main/sock" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
export CORPUS_STAGE="$tmp/stage" CORPUS_TMP="$tmp"
export CORPUS_PSQL="psql -X -h $PGHOST -p $PGPORT -U postgres -d postgres"
"$@"
