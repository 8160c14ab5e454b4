#!/bin/bash
# Speed of the name functions on one core: 1,000,000 synthetic news-style
# names (titles, particles, transliteration variants, organizations).
# Run inside scripts/with-cluster.sh (psql connects through PGHOST etc.).
# Prints "#bench names entity_key calls_per_s=... net_calls_per_s=..." (net:
# less the time of the same scan with lower()) and the same for
# same_entity; the goal is >= 1,000,000 entity_key calls per second.
set -euo pipefail
N=${NAMES_BENCH_ROWS:-1000000}
psql -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS corpus;
DROP TABLE IF EXISTS corpus_bench_names;
CREATE TABLE corpus_bench_names AS
SELECT (ARRAY['', 'President ', 'Dr. ', 'Sheikh ', '', 'Prime Minister ', '', 'Col. '])[1 + i % 8]
    || (ARRAY['Muammar', 'Moammar', 'Khaled', 'Khalid', 'Mohamed', 'Mohammed', 'Muhammad', 'Binyamin',
              'Benjamin', 'Abdel Fattah', 'Abd al-Rahman', 'Mahmoud', 'Yusuf', 'Youssef', 'Vladimir',
              'Hassan', 'Hussein'])[1 + (i / 8) % 17]
    || ' '
    || (ARRAY['Gaddafi', 'al-Qadhafi', 'Mashaal', 'Meshaal', 'el-Sisi', 'Morsi', 'Mursi', 'Netanyahu',
              'Abbas', 'bin Laden', 'Nasrallah', 'Putin', 'Zelenskyy', 'Ki-moon', 'Al-Tikriti',
              'Lines Ltd.', 'Trading Company LLC', 'Beltran Leyva', 'Naumov', 'Kadyrov', 'Haniyeh',
              'Erdogan', 'Nuruddin'])[1 + (i / 136) % 23] AS n
FROM generate_series(1, $N) AS i;
VACUUM ANALYZE corpus_bench_names;
SET max_parallel_workers_per_gather = 0;
SELECT count(n) FROM corpus_bench_names;
SQL
run() {
  local what=$1 expr=$2
  local ms
  ms=$(psql -X -q -At -v ON_ERROR_STOP=1 <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
SET max_parallel_workers_per_gather = 0;
\timing on
SELECT count($expr) FROM corpus_bench_names;
SELECT count($expr) FROM corpus_bench_names;
SQL
)
  local net=""
  if [ -n "${base_ms:-}" ]; then
    # the function alone: the same query's time less the scan baseline
    net=" net_calls_per_s=$(awk -v n="$N" -v ms="$ms" -v b="$base_ms" 'BEGIN { printf "%.0f", (ms > b) ? n / ((ms - b) / 1000) : 0 }')"
  else
    base_ms=$ms
  fi
  echo "#bench names $what rows=$N ms=$ms calls_per_s=$(awk -v n="$N" -v ms="$ms" 'BEGIN { printf "%.0f", n / (ms / 1000) }')$net"
}
run baseline_lower 'lower(n)'
run entity_key 'corpus.entity_key(n)'
run same_entity 'NULLIF(corpus.same_entity(n, $$Muammar Gaddafi$$), false)'

# corpus.identities over N distinct synthetic names: 100 given names, each with
# N / 100 surnames built from syllables, every tenth name a bare surname
ms=$(psql -X -q -At -v ON_ERROR_STOP=1 <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
CREATE TEMP TABLE corpus_bench_identities AS
SELECT ('PER:' || CASE WHEN i % 10 = 0 THEN '' ELSE g.given[1 + i % 100] || ' ' END
        || initcap(s.syl[1 + (i / 100) % 40] || s.syl[1 + (i / 4000) % 40] || s.syl[1 + (i / 160000) % 40]))::corpus.entity AS e
FROM generate_series(0, $N - 1) AS i,
     (SELECT array_agg(n) AS given FROM (SELECT initcap(a || b) AS n FROM unnest(ARRAY['al', 'be', 'ca', 'do', 'el', 'fa', 'gi', 'ha', 'jo', 'ka']) a,
             unnest(ARRAY['ren', 'mir', 'tan', 'sol', 'vik', 'nor', 'bel', 'dan', 'lis', 'rok']) b) x) g,
     (SELECT ARRAY['ba', 'ko', 'ri', 'mu', 'sa', 'te', 'lo', 'ni', 'da', 'fu', 'ge', 'hi', 'ja', 'ku', 'le', 'mo', 'na', 'po', 'ru', 'si',
                   'ta', 'vu', 'we', 'ya', 'zo', 'bri', 'kra', 'dro', 'ske', 'tru', 'gla', 'ple', 'sno', 'fri', 'blu', 'cha', 'sha', 'tho', 'whe', 'qui'] AS syl) s;
\timing on
SELECT count(*) FROM corpus.identities((SELECT array_agg(e) FROM corpus_bench_identities));
SQL
)
echo "#bench names identities distinct_names=$N ms=$ms"
psql -X -q -c 'DROP TABLE corpus_bench_names'
