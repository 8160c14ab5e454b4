#!/bin/bash
# make stress: every text function on hostile and on large documents, each
# call in a fresh backend, with seconds per MB and peak memory per input byte
# (the backend's VmHWM after the call minus its VmHWM before it, once the
# function has run on a short text, so models are loaded).  Run under
# scripts/with-cluster.sh with the server's default work_mem.
#
# Checks: peak memory at most CORPUS_STRESS_BYTES_PER_BYTE (10) bytes per
# input byte plus 64 MB, and linear time: seconds per MB on the largest size
# at most three times those on the smallest (when the largest run takes more
# than a second; a shared machine makes single runs vary by half, a
# quadratic step multiplies by the size ratio).  Exits 1 when a check fails.
#
#   CORPUS_STRESS_SIZES       sizes in MB of the hostile documents ("1 10")
#   CORPUS_STRESS_NEWS_SIZES  sizes in MB of the news documents ("10 50"),
#                             concatenated from ../shared (skipped without it)
#   CORPUS_STRESS_FUNCTIONS   the functions to run (default: all)
#   CORPUS_STRESS_DOCS        the documents to run (default: all)
#   CORPUS_STRESS_TIMEOUT     statement_timeout per call ("10min")
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${CORPUS_STRESS_SIZES:-1 10}
news_sizes=${CORPUS_STRESS_NEWS_SIZES-10 50}
timeout=${CORPUS_STRESS_TIMEOUT:-10min}
per_byte=${CORPUS_STRESS_BYTES_PER_BYTE:-10}
data=${CORPUS_BENCH_DATA:-../shared/data/news/bench.jsonl}
dir="$CORPUS_TMP/stress"
mkdir -p "$dir"
PSQL="psql -X -q -v ON_ERROR_STOP=1"
$PSQL -c "CREATE EXTENSION IF NOT EXISTS corpus"

if [ ! -f "$data" ]; then
  echo "stress: $data not found (it lives in ../shared, beside the project): news documents skipped"
  news_sizes=""
fi

# One COPY text file: name, MB, document.  Each hostile document repeats a
# pattern up to the size; news concatenates the bench articles (repeated
# when the corpus is shorter than asked for).
python3 - "$dir/docs.copy" "$data" "$sizes" "$news_sizes" <<'PY'
import json, os, random, sys
out, data, sizes, news_sizes = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()
MB = 1024 * 1024
rng = random.Random(19)

def fill(unit, n):
    return (unit * (n // len(unit) + 1))[:n]

def capitals(n):
    # distinct capitalised words: every one a new name for the tagger
    words, size = [], 0
    while size < n:
        w = chr(65 + rng.randrange(26)) + ''.join(chr(97 + rng.randrange(26)) for _ in range(rng.randrange(3, 9)))
        words.append(w)
        size += len(w) + 1
    return ' '.join(words)[:n]

def dates(n):
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
              'September', 'October', 'November', 'December']
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    parts, size = [], 0
    while size < n:
        p = '%s, %s %d, %d, ' % (days[rng.randrange(7)], months[rng.randrange(12)],
                                 rng.randrange(1, 29), rng.randrange(1990, 2030))
        parts.append(p)
        size += len(p)
    return ''.join(parts)[:n]

news = None
def news_text(n, one_line):
    global news
    if news is None:
        news = '\n\n'.join(json.loads(l)['text'] for l in open(data, encoding='utf-8') if l.strip())
    t = news.replace('\n', ' ') if one_line else news
    return fill(t + '\n\n', n)

hostile = {
    'brackets': lambda n: '(' * (n // 2) + ')' * (n - n // 2),
    'ones': lambda n: fill('1,', n),
    'numbers': lambda n: fill(' '.join(str(i) + ',' for i in range(1, 200000)) + ' ', n),
    'quotes': lambda n: fill('"', n),
    'quoted': lambda n: fill('"A" "b," he said. ', n),
    'capitals': capitals,
    'dates': dates,
    'killed': lambda n: fill('1 killed, ', n),
    'oneline': lambda n: news_text(n, True) if os.path.exists(data) else fill('the talks went on and on ', n),
    # HTML: a page of small articles, and elements never closed
    'markup': lambda n: fill('<article><h2>Talks</h2><p class="lead">The talks, said &eacute;lus, went on.</p>'
                             '<ul><li><a href="/x">Related</a></li></ul><script>var x = 1;</script></article>\n', n),
    'unclosed': lambda n: fill('<div><span>', n),
    # 9,000 nested byline elements around one long text: each is a candidate
    'bylines': lambda n: '<div class="author">' * 9000 + fill('By the river the talks went on. ', n - 9000 * 20),
}

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')

with open(out, 'w', encoding='utf-8') as f:
    for name, make in hostile.items():
        for mb in sizes:
            f.write('%s\t%s\t%s\n' % (name, mb, esc(make(int(mb) * MB))))
    for mb in news_sizes:
        f.write('news\t%s\t%s\n' % (mb, esc(news_text(int(mb) * MB, False))))
PY
$PSQL <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS stress;
CREATE TABLE stress (name text, mb int, doc text, PRIMARY KEY (name, mb));
ALTER TABLE stress ALTER doc SET STORAGE EXTERNAL;
\copy stress FROM '$dir/docs.copy'
SQL
rm -f "$dir/docs.copy"

# A short text every function has something to do with (warms the models).
warm="'U.S. Secretary John Kerry met Ban Ki-moon in Cairo on Monday, July 21, 2014. \"We will go on,\" he said. Some 600 people were killed.'"
declare -A CALLS=(
  [sentences]="SELECT count(*) FROM corpus.sentences(DOC)"
  [article]="SELECT pg_column_size(corpus.article(DOC))"
  [entities]="SELECT count(*) FROM corpus.entities(DOC)"
  [entity_array]="SELECT cardinality(corpus.entity_array(DOC))"
  [quantities]="SELECT count(*) FROM corpus.quantities(DOC)"
  [dates]="SELECT count(*) FROM corpus.dates(DOC)"
  [timexes]="SELECT count(*) FROM corpus.timexes(DOC)"
  [quotes]="SELECT count(*) FROM corpus.quotes(DOC)"
  [claims]="SELECT count(*) FROM corpus.claims(DOC)"
  [extract]="SELECT pg_column_size(corpus.extract(DOC))"
  [parse_quantity]="SELECT corpus.parse_quantity(DOC) IS NULL"
  [entity_key]="SELECT length(corpus.entity_key(DOC))"
  [same_entity]="SELECT corpus.same_entity(DOC, 'Mr ' || DOC)"
  [name_similarity]="SELECT corpus.name_similarity(DOC, 'Mr ' || DOC)"
  [quote_key]="SELECT length(corpus.quote_key(DOC))"
  [html_text]="SELECT length(corpus.html_text(DOC))"
)
CALLS[places]="SELECT count(*) FROM corpus.places(DOC)"
CALLS[place]="SELECT corpus.place(DOC) IS NULL"
functions=${CORPUS_STRESS_FUNCTIONS:-sentences article entities entity_array quantities dates timexes quotes claims extract parse_quantity entity_key same_entity name_similarity quote_key html_text places place}
docs=${CORPUS_STRESS_DOCS:-$($PSQL -At -c "SELECT string_agg(DISTINCT name, ' ') FROM stress")}

# run CALL NAME MB: prints "before KB", "secs S", "after KB" and any error
# (an error that rejects the input cleanly is not a failure: parse_quantity
# refuses what is no quantity phrase)
run() {
  local call=$1 name=$2 mb=$3 warm_call measured
  warm_call=${call//DOC/$warm}
  measured=${call//DOC/(SELECT doc FROM stress WHERE name = \'$name\' AND mb = $mb)}
  [ "$call" = "${CALLS[parse_quantity]}" ] && warm_call=${call//DOC/\'about 600 people\'}
  $PSQL -At 2>&1 <<SQL || true
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SET statement_timeout = '$timeout';
SELECT pg_backend_pid() AS pid \gset
\setenv BACKEND_PID :pid
$warm_call \g /dev/null
\set ON_ERROR_STOP 0
\! echo before \$(awk '/VmHWM/ {print \$2}' /proc/\$BACKEND_PID/status)
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$measured \g /dev/null
SELECT extract(epoch FROM clock_timestamp()) - :t0 AS secs \gset
\echo secs :secs
\! echo after \$(awk '/VmHWM/ {print \$2}' /proc/\$BACKEND_PID/status)
SQL
}

printf '%-16s %-9s %5s %9s %8s %10s %8s  %s\n' function document MB seconds s/MB peak_MB B/byte check
fail=0
for f in $functions; do
  for name in $docs; do
    first_spm=""
    for mb in $($PSQL -At -c "SELECT mb FROM stress WHERE name = '$name' ORDER BY mb"); do
      out=$(run "${CALLS[$f]}" "$name" "$mb")
      err=$(echo "$out" | grep -m1 ERROR || true)
      if echo "$err" | grep -q 'statement timeout\|out of memory' || ! echo "$out" | grep -q '^after'; then
        printf '%-16s %-9s %5s  %s\n' "$f" "$name" "$mb" "FAIL: ${err:-$out}"
        fail=1
        continue
      fi
      read -r secs before after < <(echo "$out" | awk '$1 == "secs" {s = $2} $1 == "before" {b = $2}
        $1 == "after" {a = $2} END {print s, b, a}')
      verdict=$(python3 - "$secs" "$before" "$after" "$mb" "$per_byte" "${first_spm:-}" <<'PY'
import sys
secs, before, after, mb, per_byte = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
first = float(sys.argv[6]) if sys.argv[6] else None
n = mb * 1024 * 1024
peak = (after - before) * 1024
spm = secs / mb
bad = []
if peak > per_byte * n + 64 * 1024 * 1024:
    bad.append('memory')
if first is not None and secs > 1 and spm > 3 * max(first, 0.01):
    bad.append('time x%.1f' % (spm / max(first, 0.01)))
print('%.2f %.3f %.1f %.2f %s' % (secs, spm, peak / 1048576, peak / n, 'FAIL: ' + ', '.join(bad) if bad else 'ok'))
PY
)
      read -r secs spm peak bpb check <<<"$verdict"
      [ -n "$first_spm" ] || first_spm=$spm
      printf '%-16s %-9s %5s %9s %8s %10s %8s  %s\n' "$f" "$name" "$mb" "$secs" "$spm" "$peak" "$bpb" \
        "$check${err:+ (rejected: ${err#*ERROR:  })}"
      case $check in ok) ;; *) fail=1 ;; esac
    done
  done
done
exit $fail
