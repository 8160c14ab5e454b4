#!/bin/bash
# Upgrade test: for every released version frozen in upgrade/released/,
# CREATE EXTENSION corpus VERSION 'old', ALTER EXTENSION corpus UPDATE, and
# compare the catalog (test/catalog-snapshot.sql: functions with signature,
# volatility, strictness, parallel safety, cost and rows; types; operators;
# operator classes and families; casts; comments) with a fresh install of the
# current version.  Any difference fails.  See doc/releases.md.
#
# Before the first release there is no older version.  The test then says so,
# and still exercises the machinery end to end: two fresh installs must
# compare equal, an upgrade through a do-nothing script from a copy of the
# current script must compare equal, and an upgrade whose script changes one
# function's cost must be caught.
#
# Run under scripts/with-cluster.sh.  Prints "upgrade: PASS" or
# "upgrade: FAIL: why" and exits non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
: "${CORPUS_STAGE:?run under scripts/with-cluster.sh}" "${CORPUS_TMP:?run under scripts/with-cluster.sh}"

fail() { echo "upgrade: FAIL: $*"; exit 1; }

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$here/corpus.control")
[ -n "$current" ] || fail "no default_version in corpus.control"
extdir="$CORPUS_STAGE$(pg_config --sharedir)/extension"
[ -f "$extdir/corpus--$current.sql" ] || fail "corpus--$current.sql is not installed in the stage"
work="$CORPUS_TMP/upgrade"
mkdir -p "$work"
added=()
cleanup() { for f in "${added[@]}"; do rm -f "$f"; done; }
trap cleanup EXIT

psql_db() { local db=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
snapshot() { psql_db "$1" -At -f "$here/test/catalog-snapshot.sql" > "$work/$1.catalog"; }
newdb() { psql_db postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }

# An extension script installed only in the stage, removed on exit.
stage_script() {
  local name=$1; shift
  cat > "$extdir/$name"
  chmod a+r "$extdir/$name"
  added+=("$extdir/$name")
}

# compare A B: the two catalogs must be identical.
compare() {
  if ! diff -u "$work/$1.catalog" "$work/$2.catalog" > "$work/$1-$2.diff"; then
    echo "upgrade: catalog of $1 differs from $2:"
    cat "$work/$1-$2.diff"
    return 1
  fi
}

# upgrade_from VERSION DB: install VERSION, update to the default, snapshot.
upgrade_from() {
  local version=$1 db=$2 got
  newdb "$db"
  psql_db "$db" -c "CREATE EXTENSION corpus VERSION '$version'"
  psql_db "$db" -c "ALTER EXTENSION corpus UPDATE"
  got=$(psql_db "$db" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'corpus'")
  [ "$got" = "$current" ] || fail "ALTER EXTENSION corpus UPDATE from $version ended at $got, not $current"
  snapshot "$db"
}

newdb upg_fresh
psql_db upg_fresh -c "CREATE EXTENSION corpus"
snapshot upg_fresh
lines=$(wc -l < "$work/upg_fresh.catalog")
[ "$lines" -gt 1 ] || fail "the catalog snapshot of a fresh install is empty"
echo "upgrade: fresh install of $current: $lines catalog facts"

# The release metadata names the version in corpus.control (PGXN wants three
# parts: 0.1 is 0.1.0).
semver=$current
while [ "$(echo "$semver" | tr -cd . | wc -c)" -lt 2 ]; do semver="$semver.0"; done
meta=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["version"], m["provides"]["corpus"]["version"])' \
  "$here/META.json") || fail "META.json does not parse"
[ "$meta" = "$semver $semver" ] || fail "META.json versions ($meta) are not $semver"
deb=$(sed -n '1s/^corpus (\([^)-]*\).*/\1/p' "$here/debian/changelog")
[ "$deb" = "$current" ] || fail "debian/changelog is at $deb, corpus.control at $current"

# Every script shipped must carry the guard against running it in psql.
for f in "$here"/upgrade/corpus--*--*.sql "$here"/upgrade/released/corpus--*.sql; do
  [ -e "$f" ] || continue
  grep -q '^\\echo Use "\(CREATE\|ALTER\) EXTENSION corpus' "$f" || fail "$f lacks the \\echo ... \\quit guard"
done

# A released version's script is frozen: the generated one must still match.
if [ -f "$here/upgrade/released/corpus--$current.sql" ]; then
  cmp -s "$here/upgrade/released/corpus--$current.sql" "$extdir/corpus--$current.sql" \
    || fail "$current is released, but src/sql/ no longer generates upgrade/released/corpus--$current.sql: bump the version (doc/releases.md)"
fi

tested=0
for f in "$here"/upgrade/released/corpus--*.sql; do
  [ -e "$f" ] || continue
  v=$(basename "$f" .sql); v=${v#corpus--}
  [ "$v" = "$current" ] && continue
  # Always the frozen script: the stage copies the system's extension
  # directory, which may hold another build's corpus--$v.sql.
  stage_script "corpus--$v.sql" < "$f"
  db="upg_from_$(echo "$v" | tr -c 'a-zA-Z0-9\n' _)"
  upgrade_from "$v" "$db"
  compare upg_fresh "$db" || fail "upgrading from $v does not give a fresh $current"
  echo "upgrade: $v -> $current matches a fresh install"
  tested=$((tested + 1))
done

if [ "$tested" -eq 0 ]; then
  echo "upgrade: no released version before $current (upgrade/released/ holds none): checking the machinery only"
  # Two fresh installs agree.
  newdb upg_fresh2
  psql_db upg_fresh2 -c "CREATE EXTENSION corpus"
  snapshot upg_fresh2
  compare upg_fresh upg_fresh2 || fail "two fresh installs differ"
  # A do-nothing upgrade from a copy of the current script agrees.
  guard='\echo Use "ALTER EXTENSION corpus UPDATE" to load this file. \quit'
  stage_script "corpus--selftest.sql" < "$extdir/corpus--$current.sql"
  printf '%s\n' "$guard" | stage_script "corpus--selftest--$current.sql"
  upgrade_from selftest upg_selftest
  compare upg_fresh upg_selftest || fail "a do-nothing upgrade changed the catalog"
  # An upgrade that changes one function must be caught.
  fn=$(psql_db upg_fresh -At -c "SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
         AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid
         AND e.extname = 'corpus' ORDER BY 1::text LIMIT 1")
  [ -n "$fn" ] || fail "corpus has no functions"
  stage_script "corpus--selftestbad.sql" < "$extdir/corpus--$current.sql"
  printf '%s\nALTER FUNCTION %s COST 1;\n' "$guard" "$fn" | stage_script "corpus--selftestbad--$current.sql"
  upgrade_from selftestbad upg_selftestbad
  if compare upg_fresh upg_selftestbad > /dev/null; then
    fail "the comparison missed a changed cost of $fn"
  fi
  echo "upgrade: the comparison catches a changed cost of $fn"
fi
echo "upgrade: PASS"
