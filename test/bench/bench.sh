#!/bin/bash
# make bench: speed of every extraction function on the news bench corpus,
# next to to_tsvector('english', doc) measured in the same run, with the peak
# memory of the backend.  Run under scripts/with-cluster.sh.  One core:
# parallel workers off, except for the parallel speed-up line at the end.
# Every time is the best of CORPUS_BENCH_RUNS (3) scans: on a shared machine
# a single scan can take half as long again as the next.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/bench/bench-lib.sh
chars=$($PSQL -At -c "SELECT sum(length(doc)) FROM bench")
docs=$($PSQL -At -c "SELECT count(*) FROM bench")
echo "bench: $docs articles, $chars characters ($(du -h "$CORPUS_TMP/bench.csv" | cut -f1) as CSV)"

# run_query NAME SQL: prints the best seconds and the backend's peak RSS (kB)
run_query() {
  local out
  out=$($PSQL -At <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT pg_backend_pid() AS pid \gset
-- warm the cache and load any model before timing
SELECT count(v) FROM (SELECT $2 AS v FROM (SELECT doc FROM bench LIMIT 50) AS bench) q;
$(timed "SELECT count(v) FROM (SELECT $2 AS v FROM bench) q;")
\setenv BACKEND_PID :pid
\! echo rss \$(awk '/VmHWM/ {print \$2}' /proc/\$BACKEND_PID/status)
SQL
)
  echo "secs $(echo "$out" | best)"
  echo "$out" | grep '^rss'
}

declare -A QUERIES=(
  [to_tsvector]="to_tsvector('english', doc)"
  [sentences]="corpus.sentences(doc)"
  [article]="corpus.article(doc)"
  [entities]="corpus.entities(doc)"
  [entity_array]="corpus.entity_array(doc)"
  [quantities]="corpus.quantities(doc)"
  [dates]="corpus.dates(doc)"
  [timexes]="corpus.timexes(doc)"
  [quotes]="corpus.quotes(doc)"
  [claims]="corpus.claims(doc)"
  [extract]="corpus.extract(doc)"
)
ORDER="to_tsvector sentences article entities entity_array quantities dates timexes quotes claims extract"
QUERIES[places]="corpus.places(doc)"
ORDER="$ORDER places"

exists() {
  [ "$1" = to_tsvector ] && return 0
  [ "$($PSQL -At -c "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'corpus' AND p.proname = '$1'")" != 0 ]
}

printf '\n%-14s %10s %14s %12s %14s\n' function seconds chars/s vs_tsvector peak_rss_MB
base=""
for f in $ORDER; do
  if ! exists "$f"; then
    printf '%-14s %s\n' "$f" "(not in this build: skipped)"
    continue
  fi
  out=$(run_query "$f" "${QUERIES[$f]}")
  secs=$(echo "$out" | awk '$1 == "secs" {print $2}'); rss=$(echo "$out" | awk '$1 == "rss" {print $2}')
  cps=$(python3 -c "print(round($chars / $secs))")
  [ -z "$base" ] && base=$cps
  printf '%-14s %10.2f %14s %12.2f %14.1f\n' "$f" "$secs" "$cps" "$(python3 -c "print($cps / $base)")" \
    "$(python3 -c "print($rss / 1024)")"
done

# first_call LABEL CALL NOTE SQL: a fresh backend's first call (SQL), which
# loads a data file: its time and the backend's resident and private memory
# before and after
first_call() {
  local label=$1 call=$2 note=$3 sql=$4 ms
  ms=$($PSQL -At <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv BACKEND_PID :pid
\! echo before \$(awk '/^(VmRSS|RssAnon)/ {printf "%s %s ", \$1, \$2}' /proc/\$BACKEND_PID/status) > "$CORPUS_TMP/$label.mem"
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$sql \g /dev/null
SELECT round((extract(epoch FROM clock_timestamp()) - :t0) * 1000) AS ms \gset
\! echo after \$(awk '/^(VmRSS|RssAnon)/ {printf "%s %s ", \$1, \$2}' /proc/\$BACKEND_PID/status) >> "$CORPUS_TMP/$label.mem"
\echo :ms
SQL
)
  python3 - "$CORPUS_TMP/$label.mem" "$ms" "$label" "$call" "$note" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    f = line.split()
    rows[f[0]] = {f[i].rstrip(':'): int(f[i + 1]) / 1024 for i in range(1, len(f), 2)}
b, a = rows['before'], rows['after']
print(f"{sys.argv[3]}: first {sys.argv[4]} call in a new backend {sys.argv[2]} ms ({sys.argv[5]}); backend RSS "
      f"{b['VmRSS']:.1f} MB before, {a['VmRSS']:.1f} MB after (private {b['RssAnon']:.1f} -> {a['RssAnon']:.1f} MB)")
PY
}

if exists entities; then
  first_call model "entities()" "loads the model" \
    "SELECT count(*) FROM corpus.entities('John Kerry met Ban Ki-moon in Cairo.')"
fi

if exists identities; then
  # corpus.identities over every entity mention of the corpus (one call)
  $PSQL -At <<SQL | best | awk -v n="$($PSQL -At -c "SELECT count(*) FROM bench, unnest(corpus.entity_array(doc))")" \
    '{printf "\nidentities: %d entity mentions of the corpus resolved in %.2f s\n", n, $1}'
CREATE TEMP TABLE bench_mentions AS SELECT e FROM bench, unnest(corpus.entity_array(doc)) e;
$(timed "SELECT count(*) FROM corpus.identities((SELECT array_agg(e) FROM bench_mentions));")
SQL
fi

if exists entity_key; then
  echo
  test/bench/bench_names.sh
fi

# parallel_secs WORKERS TABLE: corpus.entities in FROM, as the README
# queries it, so that the workers count their own rows (Partial Aggregate)
# instead of sending every row through the Gather; the best of the runs.
# Each run starts its workers afresh: they load the model and begin with
# an empty word cache, which weighs more the smaller the table.
parallel_secs() {
  $PSQL -At <<SQL | best
SET max_parallel_workers_per_gather = $1;
SET jit = off;
SELECT count(e.name) FROM (SELECT doc FROM $2 LIMIT 50) b, corpus.entities(b.doc) e;
$(timed "SELECT count(e.name) FROM $2, corpus.entities(doc) e;")
SQL
}

# speed_up TABLE: serial and two-worker times and their ratio
speed_up() {
  local one two plan
  one=$(parallel_secs 0 "$1")
  two=$(parallel_secs 2 "$1")
  plan=$($PSQL -At -c "SET max_parallel_workers_per_gather = 2; EXPLAIN SELECT count(e.name) FROM $1, corpus.entities(doc) e" | grep -c "Partial Aggregate" || true)
  python3 -c "print(f'parallel: count(e.name) FROM $1, corpus.entities(doc) e, 0 workers {$one:.2f} s, 2 workers {$two:.2f} s: speed-up {$one / $two:.2f} (Partial Aggregate in plan: ${plan})')"
}

# two_backends TABLE: the same count over each half of TABLE in two sessions
# at once, with no parallel query: what the two cores give when no worker
# has to be launched, the ceiling of the speed-up above
two_backends() {
  local one a b
  $PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS ${1}_half0, ${1}_half1;
CREATE TABLE ${1}_half0 AS SELECT * FROM (SELECT *, row_number() OVER () % 2 AS h FROM $1) t WHERE h = 0;
CREATE TABLE ${1}_half1 AS SELECT * FROM (SELECT *, row_number() OVER () % 2 AS h FROM $1) t WHERE h = 1;
VACUUM (FREEZE, ANALYZE) ${1}_half0, ${1}_half1;
SQL
  one=$(parallel_secs 0 "$1")
  parallel_secs 0 "${1}_half0" > "$CORPUS_TMP/half0.secs" &
  b=$(parallel_secs 0 "${1}_half1")
  wait
  a=$(cat "$CORPUS_TMP/half0.secs")
  python3 -c "print(f'parallel: the same over each half of $1 in two sessions at once, no workers: {$a:.2f} s and {$b:.2f} s: speed-up {$one / max($a, $b):.2f}')"
  $PSQL -c "DROP TABLE ${1}_half0, ${1}_half1"
}

# count_secs WORKERS TABLE: count(*) over the table, planned parallel however
# cheap: what PostgreSQL itself spends on its workers, whatever they run
count_secs() {
  $PSQL -At <<SQL | best
SET max_parallel_workers_per_gather = $1;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET jit = off;
SELECT count(*) FROM $2;
$(timed "SELECT count(*) FROM $2;")
SQL
}

if exists entities; then
  # the first 8,000 articles, where the workers' start weighs more; then all
  $PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench8k;
CREATE TABLE bench8k AS SELECT * FROM bench ORDER BY id LIMIT 8000;
ALTER TABLE bench8k SET (parallel_workers = 2);
VACUUM (FREEZE, ANALYZE) bench8k;
SQL
  echo
  speed_up bench8k
  two_backends bench8k
  speed_up bench
  python3 -c "print(f'parallel: count(*) FROM bench8k, nothing of corpus: 0 workers {$(count_secs 0 bench8k) * 1000:.0f} ms, 2 workers {$(count_secs 2 bench8k) * 1000:.0f} ms (their launch)')"
  # Two articles, one a heap page (the padding is stored as it is), read by
  # workers only: a worker's first entities() call (loading the model) is the
  # time to its first joined row less the time to its first article, in
  # EXPLAIN ANALYZE's per-worker figures; the median over five queries
  $PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench2;
CREATE TABLE bench2 (doc text, pad char(5000));
ALTER TABLE bench2 ALTER pad SET STORAGE PLAIN;
ALTER TABLE bench2 SET (parallel_workers = 2);
INSERT INTO bench2 SELECT doc, '' FROM bench ORDER BY id LIMIT 2;
VACUUM (FREEZE, ANALYZE) bench2;
SQL
  for _ in 1 2 3 4 5; do
    $PSQL -At <<SQL
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET jit = off;
EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) SELECT count(e.name) FROM bench2, corpus.entities(doc) e;
SQL
  done | python3 -c '
import json, statistics, sys
def nodes(p):
    yield p
    for c in p.get("Plans", []):
        yield from nodes(c)
firsts = []
for doc in json.loads("[" + sys.stdin.read().replace("]\n[", "],[") + "]"):
    loop = next(n for n in nodes(doc[0]["Plan"]) if n["Node Type"] == "Nested Loop")
    scan = {w["Worker Number"]: w for w in loop["Plans"][0].get("Workers", [])}
    for w in loop.get("Workers", []):
        if w["Actual Rows"] > 0:
            firsts.append(w["Actual Startup Time"] - scan[w["Worker Number"]]["Actual Startup Time"])
print(f"parallel: first entities() call in a worker {statistics.median(firsts):.0f} ms (median of {len(firsts)} workers, each reading its first article)")
'
fi

# HTML pages: corpus.html_text() in MB/s next to to_tsvector over the same bytes
if exists html_text; then
  echo
  test/bench/bench_html.sh
fi

if exists place; then
  # no tagger: the gazetteer alone
  first_call gazetteer "place()" "maps data/places.bin" "SELECT corpus.place('Cairo')"
fi
