#!/bin/bash
# make fingerprint: one md5 per SQL function over its output on the whole
# bench corpus, to prove that a refactoring changes nothing (or exactly what
# it says it changes).  Run under scripts/with-cluster.sh; prints
# "function md5 rows" lines.  Skips without ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/bench/bench-lib.sh

# With CORPUS_FP_DUMP=DIR the rows are also written to DIR/NAME.txt, to diff.
dump() {
  [ -n "${CORPUS_FP_DUMP:-}" ] || return 0
  mkdir -p "$CORPUS_FP_DUMP"
  $PSQL -c "SET max_parallel_workers_per_gather = 0; SET DateStyle = ISO;
    COPY ($2) TO STDOUT" > "$CORPUS_FP_DUMP/$1.txt"
}
# fp NAME QUERY: md5 of every output row of QUERY (over article b) in order
fp() {
  dump "$1" "SELECT b.id, x.o, x.r FROM bench b,
    LATERAL (SELECT row_number() OVER () AS o, t::text AS r FROM ($2) t) x ORDER BY b.id, x.o"
  $PSQL -At -F ' ' -c "SET max_parallel_workers_per_gather = 0; SET DateStyle = ISO;
    SELECT '$1', md5(coalesce(string_agg(x.r, E'\n' ORDER BY b.id, x.o), '')), count(*)
    FROM bench b, LATERAL (SELECT row_number() OVER () AS o, t::text AS r FROM ($2) t) x"
}
# fp_scalar NAME EXPR: md5 of one value per article
fp_scalar() {
  dump "$1" "SELECT id, $2 FROM bench ORDER BY id"
  $PSQL -At -F ' ' -c "SET max_parallel_workers_per_gather = 0; SET DateStyle = ISO;
    SELECT '$1', md5(string_agg(coalesce(($2)::text, 'NULL'), E'\n' ORDER BY id)), count(*) FROM bench"
}
fp sentences "SELECT * FROM corpus.sentences(b.doc)"
fp article "SELECT * FROM corpus.article(b.doc)"
fp entities "SELECT * FROM corpus.entities(b.doc)"
fp_scalar entity_array "corpus.entity_array(doc)"
fp quantities "SELECT * FROM corpus.quantities(b.doc)"
fp dates "SELECT * FROM corpus.dates(b.doc)"
fp dates_ref "SELECT * FROM corpus.dates(b.doc, '2005-03-15')"
fp timexes "SELECT * FROM corpus.timexes(b.doc)"
fp timexes_ref "SELECT * FROM corpus.timexes(b.doc, '2005-03-15')"
fp places "SELECT * FROM corpus.places(b.doc)"
fp quotes "SELECT * FROM corpus.quotes(b.doc)"
fp claims "SELECT * FROM corpus.claims(b.doc)"
fp claims_ref "SELECT * FROM corpus.claims(b.doc, '2005-03-15')"
fp_scalar extract "corpus.extract(doc)"
fp_scalar extract_ref "corpus.extract(doc, '2005-03-15')"
fp entity_key "SELECT corpus.entity_key(e.name) FROM corpus.entities(b.doc) e"
fp same_entity "SELECT corpus.same_entity(e.name, f.name), corpus.name_similarity(e.name, f.name)
                         FROM corpus.entities(b.doc) e, corpus.entities(b.doc) f
                         WHERE e.kind = f.kind AND e.start < f.start AND f.start - e.start < 400"
fp parse_quantity "SELECT corpus.parse_quantity(q.mention) FROM corpus.quantities(b.doc) q
                            WHERE q.kind <> 'ordinal'"
