#!/bin/bash
# Cancel latency: every text function, on hostile documents, must stop soon
# after statement_timeout fires.  Each query runs the function over and over
# on a document of CORPUS_CANCEL_MB megabytes (one long line of news text,
# an article of short paragraphs, nested brackets and quotation marks, "1,"
# repeated), so that it would run for minutes; the timeout lands inside a
# call, and the query must end with SQLSTATE 57014 within CORPUS_CANCEL_SLACK_MS
# of it (generous: the test machine is shared).  The document is kept
# uncompressed, so reading it costs little of the timeout.
#
# Run under scripts/with-cluster.sh.  CORPUS_CANCEL_MB=100 with a larger
# CORPUS_CANCEL_TIMEOUT_MS measures big documents by hand; every figure is
# printed.  Prints "cancel: PASS" or "cancel: FAIL" and exits non-zero on failure.
set -euo pipefail
mb=${CORPUS_CANCEL_MB:-2}
timeout_ms=${CORPUS_CANCEL_TIMEOUT_MS:-400}
slack_ms=${CORPUS_CANCEL_SLACK_MS:-1000}

# name|query over r.doc: the document with a different number appended in each
# of a great many rows, so that every row calls the function anew (rows come
# from a set-returning function in the select list, which streams them)
functions=$(cat <<'END'
sentences|SELECT count(*) FROM r, corpus.sentences(r.doc)
article|SELECT count((corpus.article(r.doc)).title) FROM r
entities|SELECT count(*) FROM r, corpus.entities(r.doc)
entity_array|SELECT count(corpus.entity_array(r.doc)) FROM r
quantities|SELECT count(*) FROM r, corpus.quantities(r.doc)
dates|SELECT count(*) FROM r, corpus.dates(r.doc)
dates_ref|SELECT count(*) FROM r, corpus.dates(r.doc, '2014-07-21')
timexes|SELECT count(*) FROM r, corpus.timexes(r.doc, '2014-07-21')
quotes|SELECT count(*) FROM r, corpus.quotes(r.doc)
claims|SELECT count(*) FROM r, corpus.claims(r.doc)
claims_ref|SELECT count(*) FROM r, corpus.claims(r.doc, '2014-07-21')
extract|SELECT count(corpus.extract(r.doc)) FROM r
extract_ref|SELECT count(corpus.extract(r.doc, '2014-07-21')) FROM r
parse_quantity|SELECT count(corpus.parse_quantity(repeat(' ', 1000) || length(r.doc))) FROM r
entity_key|SELECT count(corpus.entity_key(r.doc)) FROM r
same_entity|SELECT count(corpus.same_entity(r.doc, r.doc || 'x')) FROM r
name_similarity|SELECT count(corpus.name_similarity(r.doc, 'x' || r.doc)) FROM r
quote_key|SELECT count(corpus.quote_key(r.doc)) FROM r
html_text|SELECT count(corpus.html_text(r.doc)) FROM r
places|SELECT count(*) FROM r, corpus.places(r.doc)
place|SELECT count(corpus.place(r.doc)) FROM r
END
)
only=${CORPUS_CANCEL_ONLY:-}
[ -z "$only" ] || functions=$(grep -E "^($only)\|" <<<"$functions")

# kind|repeated unit (E'' string)
kinds=$(cat <<'END'
line|'Kerry met Ban Ki-moon in Cairo on Monday, and officials said 25 people were killed (AP). "We will go on," he said on July 21, 2014. '
article|E'Truce Talks Resume\n\nCAIRO — Kerry met Ban Ki-moon in Cairo on Monday.\n"We will go on," he said.\nAbout 25 people were killed, officials said on July 21, 2014.\n\n'
brackets|'((([[[{{{"“‘«<('
ones|'1,'
END
)

script=$(mktemp)
out=$(mktemp)
errs=$(mktemp)
trap 'rm -f "$script" "$out" "$errs"' EXIT
{
  echo "SET client_min_messages = warning;"
  # JIT compiles the query at its start, within the timeout and uninterruptibly
  echo "SET jit = off;"
  echo "CREATE EXTENSION IF NOT EXISTS corpus;"
  echo "DROP TABLE IF EXISTS cancel_docs;"
  echo "CREATE TABLE cancel_docs (kind text, doc text);"
  echo "ALTER TABLE cancel_docs ALTER doc SET STORAGE EXTERNAL;"
  while IFS='|' read -r kind unit; do
    echo "INSERT INTO cancel_docs SELECT '$kind', repeat(u, $mb * 1000000 / octet_length(u)) FROM (SELECT $unit::text AS u) s;"
  done <<<"$kinds"
  # models load on first use, before any timeout
  echo "SELECT count(*) FROM corpus.entities('Kerry met Ban.'), corpus.same_entity('Ban', 'Ban Ki-moon');"
  while IFS='|' read -r kind unit; do
    while IFS='|' read -r name query; do
      echo "SELECT clock_timestamp() AS t0 \\gset"
      echo "SET statement_timeout = $timeout_ms;"
      echo "WITH r AS (SELECT doc || generate_series(1, 1000000000) AS doc FROM cancel_docs WHERE kind = '$kind') $query;"
      echo "\\set st :SQLSTATE"
      echo "RESET statement_timeout;"
      echo "SELECT 'row', '$kind', '$name', :'st', round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz));"
    done <<<"$functions"
  done <<<"$kinds"
  echo "DROP TABLE cancel_docs;"
} >"$script"

psql -X -q -At -F ' ' -f "$script" >"$out" 2>"$errs" || true
fails=0 rows=0
worst=0
while read -r tag kind name st ms; do
  [ "$tag" = row ] || continue
  rows=$((rows + 1))
  late=$((ms - timeout_ms))
  [ "$late" -gt "$worst" ] && worst=$late
  verdict=ok
  if [ "$st" != 57014 ]; then
    verdict="FAIL: SQLSTATE $st, not cancelled"
  elif [ "$late" -gt "$slack_ms" ]; then
    verdict="FAIL: ended ${late} ms after the timeout"
  fi
  printf 'cancel: %-8s %-16s %6d ms after the %d ms timeout  %s\n' "$kind" "$name" "$late" "$timeout_ms" "$verdict"
  [ "$verdict" = ok ] || fails=$((fails + 1))
done <"$out"
expected=$(($(wc -l <<<"$functions") * $(wc -l <<<"$kinds")))
if [ "$rows" -ne "$expected" ]; then
  echo "cancel: FAIL: $rows results for $expected queries"
  grep -v 'canceling statement due to statement timeout' "$errs" | tail -n 20
  exit 1
fi
if [ "$fails" -gt 0 ]; then
  echo "cancel: FAIL: $fails of $rows queries"
  exit 1
fi
echo "cancel: PASS ($rows queries on ${mb} MB documents, at most ${worst} ms after the timeout)"
