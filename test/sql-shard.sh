#!/bin/bash
# Sharding over postgres_fdw: corpus functions run where the rows live.
#
# Run under scripts/with-cluster.sh (the main cluster is the coordinator).
# Starts two throwaway clusters as shards, partitions an articles table by
# hash over foreign-table partitions (postgres_fdw with extensions 'corpus'),
# loads articles through the coordinator, indexes the filter expression on
# each shard, and checks that
#   1. EXPLAIN VERBOSE sends the filter (with the corpus function) to every
#      shard in the Remote SQL,
#   2. each shard answers that remote query with its index,
#   3. the sharded query returns exactly the rows of an unsharded local table.
# Prints "shard: PASS" or "shard: FAIL: why" and exits non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/cluster-lib.sh"

# The query under test.  FILTER is a WHERE clause over column body, INDEX the
# shard index that serves it, FUNC the function that must appear in the
# Remote SQL, SETUP SQL run on every node after CREATE EXTENSION corpus.
# The default is the lookup users run: articles naming two entities, served
# by a GIN index over corpus.entity_array(body).
FILTER=${SHARD_FILTER:-"corpus.entity_array(body) @> ARRAY['PER:John Kerry', 'LOC:Cairo']::corpus.entity[]"}
INDEX=${SHARD_INDEX:-"USING gin (corpus.entity_array(body))"}
FUNC=${SHARD_FUNC:-"corpus.entity_array("}
SETUP=${SHARD_SETUP-""}

: "${CORPUS_STAGE:?run under scripts/with-cluster.sh}" "${CORPUS_TMP:?run under scripts/with-cluster.sh}"

fail() { echo "shard: FAIL: $*"; exit 1; }

shards=("$CORPUS_TMP/shard1" "$CORPUS_TMP/shard2")
ports=(5433 5434)
coord() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# the shards and the coordinator's tables go on exit, so the check can run
# again under the same cluster
stop_shards() {
  for d in "${shards[@]}"; do cluster_stop "$d"; rm -rf "$d"; done
  coord -c "DROP TABLE IF EXISTS articles, articles_local" -c "DROP EXTENSION IF EXISTS postgres_fdw CASCADE" \
    >/dev/null 2>&1 || true
}
trap stop_shards EXIT

on_shard() { local i=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -h "${shards[$i]}/sock" -p "${ports[$i]}" -U postgres -d postgres "$@"; }

# ---------------------------------------------------------------- shards
for i in 0 1; do
  cluster_start "$CORPUS_STAGE" "${shards[$i]}" "${ports[$i]}"
  on_shard "$i" <<SQL
CREATE EXTENSION corpus;
$SETUP
CREATE TABLE articles_p$i (id int PRIMARY KEY, body text NOT NULL);
SQL
done

# ---------------------------------------------------------------- coordinator
coord <<SQL
CREATE EXTENSION IF NOT EXISTS corpus;
$SETUP
CREATE EXTENSION postgres_fdw;
SQL

# postgres_fdw ships an expression only if every function, operator and type
# in it is built in or a member of a listed extension.  The implicit array
# type of an extension's type (corpus._entity for corpus.entity[]) is not a
# member unless the install script says ALTER EXTENSION corpus ADD TYPE _name
# (PG15 allows it); without that, an array constant such as
# ARRAY[...]::corpus.entity[] keeps the filter on the coordinator.
missing=$(coord -At -c "
  SELECT string_agg(format('%s (array of %s)', a.oid::regtype, t.oid::regtype), ', ')
  FROM pg_depend d JOIN pg_type t ON d.classid = 'pg_type'::regclass AND d.objid = t.oid
  JOIN pg_type a ON a.oid = t.typarray
  WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'corpus')
    AND NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.classid = 'pg_type'::regclass AND m.objid = a.oid
                    AND m.refobjid = d.refobjid AND m.deptype = 'e')")
[ -z "$missing" ] || fail "array types not in extension corpus, so postgres_fdw will not ship them: $missing"
for i in 0 1; do
  coord <<SQL
CREATE SERVER shard$i FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '${shards[$i]}/sock', port '${ports[$i]}', dbname 'postgres', extensions 'corpus');
CREATE USER MAPPING FOR postgres SERVER shard$i OPTIONS (user 'postgres');
SQL
done
coord <<'SQL'
CREATE TABLE articles (id int NOT NULL, body text NOT NULL) PARTITION BY HASH (id);
CREATE FOREIGN TABLE articles_p0 PARTITION OF articles FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shard0 OPTIONS (table_name 'articles_p0');
CREATE FOREIGN TABLE articles_p1 PARTITION OF articles FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shard1 OPTIONS (table_name 'articles_p1');
CREATE TABLE articles_local (id int PRIMARY KEY, body text NOT NULL);

-- Short wire-style articles: headline, dateline, a lead with a named
-- official, a quotation.  Combinations vary place, speaker and subject so
-- that any filter selects a proper subset.
WITH place(p, pi) AS (
  SELECT * FROM unnest(ARRAY['CAIRO', 'GAZA CITY', 'PARIS', 'JERUSALEM', 'DOHA', 'WASHINGTON']) WITH ORDINALITY
), who(w, role, wi) AS (
  SELECT * FROM unnest(ARRAY['John Kerry', 'Laurent Fabius', 'Sameh Shoukry', 'Ban Ki-moon', 'Khaled Meshaal'],
                       ARRAY['U.S. Secretary of State', 'French Foreign Minister', 'Egyptian Foreign Minister',
                             'U.N. Secretary-General', 'Hamas political leader']) WITH ORDINALITY
), topic(t, ti) AS (
  SELECT * FROM unnest(ARRAY['a 72-hour truce', 'the reopening of the Rafah crossing', 'a prisoner exchange',
                             'reconstruction aid worth $4 billion']) WITH ORDINALITY
), doc AS (
  SELECT (pi - 1) * 20 + (wi - 1) * 4 + ti AS id,
         format(E'%s presses for %s\n\n%s (Reuters) - %s %s met negotiators on Tuesday to discuss %s, officials said.\n\n'
                'The talks lasted %s hours and ended without a statement from either side.\n\n'
                '"We are closer than we were a week ago," %s told reporters after the meeting.\n',
                split_part(w, ' ', 2), t, p, role, w, t, 2 + (pi + wi + ti) % 9, w) AS body
  FROM place, who, topic
)
INSERT INTO articles SELECT id, body FROM doc;
INSERT INTO articles_local SELECT id, body FROM articles;
SQL

for i in 0 1; do
  on_shard "$i" -c "CREATE INDEX articles_p${i}_filter ON articles_p$i $INDEX; ANALYZE articles_p$i;"
done
coord -c "CREATE INDEX articles_local_filter ON articles_local $INDEX; ANALYZE articles_local;"

# ---------------------------------------------------------------- checks
total=$(coord -At -c "SELECT count(*) FROM articles")
n0=$(on_shard 0 -At -c "SELECT count(*) FROM articles_p0")
n1=$(on_shard 1 -At -c "SELECT count(*) FROM articles_p1")
[ "$total" -gt 0 ] && [ "$n0" -gt 0 ] && [ "$n1" -gt 0 ] && [ $((n0 + n1)) -eq "$total" ] \
  || fail "rows not spread over both shards (total $total, shard0 $n0, shard1 $n1)"
echo "shard: $total articles, $n0 on shard0, $n1 on shard1"

query="SELECT id FROM articles WHERE $FILTER"
plan=$(coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) $query")
echo "$plan"
remote=$(printf '%s\n' "$plan" | grep -F 'Remote SQL:' || true)
[ "$(printf '%s\n' "$remote" | grep -c 'FROM public.articles_p')" -eq 2 ] \
  || fail "expected a foreign scan on each of the two shards"
[ "$(printf '%s\n' "$remote" | grep -F "$FUNC" | grep -c 'WHERE')" -eq 2 ] \
  || fail "the filter ($FUNC...) is not in the Remote SQL of both shards"
printf '%s\n' "$plan" | grep -qE '^ *Filter:' \
  && fail "part of the filter is evaluated on the coordinator"

# Each shard must be able to answer the pushed-down WHERE with its index.
for i in 0 1; do
  sql=$(printf '%s\n' "$remote" | sed -n "s/.*Remote SQL: \(.*FROM public.articles_p$i .*\)/\1/p")
  [ -n "$sql" ] || fail "no remote query for shard$i"
  splan=$(on_shard "$i" -At -c "SET enable_seqscan = off; EXPLAIN (COSTS OFF) $sql")
  printf '%s\n' "$splan" | grep -q "articles_p${i}_filter" \
    || fail "shard$i does not use its index for: $sql"$'\n'"$splan"
done

sharded=$(coord -At -c "$query ORDER BY id")
local_rows=$(coord -At -c "SELECT id FROM articles_local WHERE $FILTER ORDER BY id")
nsel=$(printf '%s\n' "$local_rows" | grep -c . || true)
[ "$nsel" -gt 0 ] && [ "$nsel" -lt "$total" ] || fail "filter selects $nsel of $total rows: not a useful test"
[ "$sharded" = "$local_rows" ] || fail "sharded rows differ from local rows"$'\n'"$(diff <(echo "$sharded") <(echo "$local_rows") || true)"
# Same check on whole rows, not only ids.
diffrows=$(coord -At -c "SELECT count(*) FROM ((SELECT * FROM articles WHERE $FILTER) EXCEPT ALL (SELECT * FROM articles_local WHERE $FILTER)) d")
[ "$diffrows" -eq 0 ] || fail "$diffrows sharded rows have no identical local row"

echo "shard: $nsel of $total rows match on both shards and locally; filter pushed down"
echo "shard: PASS"
