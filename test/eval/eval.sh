#!/bin/bash
# make eval: accuracy of each extractor with the shared scorers on the
# development sets.  Run under scripts/with-cluster.sh.  Tasks whose SQL
# function is not in this build, and everything when ../shared is absent,
# are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${CORPUS_SHARED:-../shared}
if [ ! -d "$shared/eval" ]; then
  echo "eval: $shared not found (research data stays outside the project): skipped"
  exit 0
fi
shared=$(cd "$shared" && pwd)
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS corpus"
out=${CORPUS_EVAL_OUT:-$CORPUS_TMP/eval}
mkdir -p "$out"

has() {
  [ "$(psql -X -At -c "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'corpus' AND p.proname = '$1'")" != 0 ]
}

# run TASK FUNCTION GOLD SCORER...: predict through SQL, then score
run() {
  # TASK may be TASK:NAME, to predict TASK into files named NAME
  local task=${1%%:*} name=${1#*:} fn=$2 gold=$3; shift 3
  if ! has "$fn"; then
    echo "== $name: corpus.$fn is not in this build: skipped"
    return
  fi
  echo "== $name on $(basename "$gold")"
  python3 "$shared/eval/sql_predict.py" "$task" "$gold" > "$out/$name.pred" 2> "$out/$name.timing"
  grep '^#timing' "$out/$name.timing" || true
  "$@" "$out/$name.pred"
}

d=$shared/data
run ner entities "$d/ner/conll2003_dev.jsonl" python3 "$shared/eval/score_ner.py" "$d/ner/conll2003_dev.jsonl"
run names same_entity "$d/names/pairs_dev.tsv" python3 "$shared/eval/score_pairs.py" --format pair "$d/names/pairs_dev.tsv"
if has same_entity; then
  echo "== names: key equality (corpus.entity_key(a) = corpus.entity_key(b))"
  cut -f1,2,4 "$out/names.pred" > "$out/names-key.pred"
  python3 "$shared/eval/score_pairs.py" --format pair "$d/names/pairs_dev.tsv" "$out/names-key.pred"
fi
# Recognizers-Text numbers, numbers with units and dates: the shared scorer
# on the tuning half, the half kept aside and all (test/eval/halves.py).
norm_halves() {
  run "$1" "$2" "$3" python3 test/eval/halves.py "$3" "$shared/eval/score_norm.py" --gold {gold} --pred
}
norm_halves numbers quantities "$d/numbers/number_dev.jsonl"
norm_halves numbers:number_with_unit quantities "$d/numbers/number_with_unit_dev.jsonl"
# NewsQuant news sentences: recall of value and qualifier, precision, on the
# tuning half, the half kept aside and all (test/eval/halves.py).
run quantities:newsquant quantities "$d/numbers/newsquant_dev.jsonl" python3 test/eval/halves.py "$d/numbers/newsquant_dev.jsonl" "$shared/eval/score_newsquant.py"
norm_halves dates dates "$d/numbers/dates_dev.jsonl"
run quotes quotes "$d/quotes/polnear_dev.jsonl" python3 "$shared/eval/score_quotes.py" "$d/quotes/polnear_dev.jsonl"
run claims claims "$d/claims/seeds.jsonl" python3 "$shared/eval/score_claims.py" "$d/claims/seeds.jsonl"
# ACLED event notes: recall of the stated fatality figure and false alarms,
# on the tuning half, the half kept aside and all notes (test/eval/halves.py).
run claims:acled claims "$d/claims/acled_dev.jsonl" python3 test/eval/halves.py "$d/claims/acled_dev.jsonl" "$shared/eval/score_reports.py" acled
# General news: 210 bench articles whose claims were annotated by hand
# (test/eval/claims_news_gold.tsv), precision and recall by half.
if has claims && [ -f "$d/news/bench.jsonl" ]; then
  echo "== claims: general news against test/eval/claims_news_gold.tsv"
  python3 test/eval/claims_news.py "$d/news/bench.jsonl" test/eval/claims_news_gold.tsv || true
fi
# HTML pages: article text scored on the tuning half, the half kept aside,
# and all pages (test/eval/halves.py); then title, publication time and
# byline against the hand-written table test/eval/html_meta_gold.tsv.
run html html_text "$d/html/aeb_dev.jsonl" python3 test/eval/halves.py "$d/html/aeb_dev.jsonl" "$shared/eval/score_article.py"
if has html_article; then
  echo "== html: metadata against test/eval/html_meta_gold.tsv"
  python3 test/eval/html_meta.py "$d/html/aeb_dev.jsonl" test/eval/html_meta_gold.tsv || true
fi

# Places: TR-News dev, scored on all of it and on two fixed halves (by the
# md5 of the article id): rules are tuned on the first, checked on the second.
places_gold=$d/places/trnews_dev.jsonl
run places places "$places_gold" python3 "$shared/eval/score_places.py" "$places_gold" --errors "$out/places.errors"
if has places; then
  python3 - "$places_gold" "$out" <<'PY'
import hashlib, json, sys
gold, out = sys.argv[1], sys.argv[2]
halves = {'tune': open(out + '/places-tune.jsonl', 'w'), 'check': open(out + '/places-check.jsonl', 'w')}
for line in open(gold, encoding='utf-8'):
    if line.strip():
        half = 'tune' if int(hashlib.md5(json.loads(line)['id'].encode()).hexdigest(), 16) % 2 == 0 else 'check'
        halves[half].write(line)
PY
  for half in tune check; do
    echo "== places, $half half"
    python3 "$shared/eval/score_places.py" "$out/places-$half.jsonl" "$out/places.pred" --errors "$out/places-$half.errors"
  done
fi

# TIMEX3: TempEval-3's training corpus (TimeBank 1.2 and AQUAINT) predicted
# once through corpus.timexes, scored with the TempEval-3 measures (strict
# and relaxed extents, value, type) on the tuning half, the half kept aside
# and all documents (test/eval/halves.py), then on each corpus alone.
if [ -f "$d/dates/tbaq_timebank.jsonl" ] && [ -f "$d/dates/tbaq_aquaint.jsonl" ]; then
  cat "$d/dates/tbaq_timebank.jsonl" "$d/dates/tbaq_aquaint.jsonl" > "$out/tbaq.jsonl"
  run timex timexes "$out/tbaq.jsonl" python3 test/eval/halves.py "$out/tbaq.jsonl" "$shared/eval/score_timex.py"
  if has timexes; then
    for corpus in timebank aquaint; do
      echo "== timex, $corpus only"
      python3 test/eval/halves.py "$d/dates/tbaq_$corpus.jsonl" "$shared/eval/score_timex.py" "$out/timex.pred"
    done
  fi
else
  echo "== timex: $d/dates/tbaq_*.jsonl not found: skipped"
fi
