#!/bin/sh
# Ten-fold estimate of the tagger with its document rules on the CoNLL-2003
# training set: each tenth of the documents (line number modulo 10) is
# tagged by a model trained on the other nine, then read through the rules
# (tools/ner_tag), and the whole is scored once.  Dev stays a fair estimate
# only for what was not written looking at it; this is the figure to choose
# document rules by.
#
# usage: tools/ner_tenfold.sh OUTDIR   (make ner-tenfold; the models are kept
# in OUTDIR and trained again only when missing, so that a change to the
# rules alone costs the tagging, not the training)
set -eu
out=$1
data=${NER_DATA:-../shared/data/ner}
shared_eval=${SHARED_EVAL:-../shared/eval}
mkdir -p "$out"
python3 - "$data/conll2003_train.jsonl" "$out" <<'PY'
import sys
docs = [l for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
for k in range(10):
    with open(f'{sys.argv[2]}/test-{k}.jsonl', 'w', encoding='utf-8') as t, \
         open(f'{sys.argv[2]}/train-{k}.jsonl', 'w', encoding='utf-8') as r:
        for i, line in enumerate(docs):
            (t if i % 10 == k else r).write(line)
PY
: > "$out/pred.tsv"
for k in 0 1 2 3 4 5 6 7 8 9; do
  python3 tools/conll_to_tsv.py "$out/test-$k.jsonl" "$out/test-$k.tsv"
  if [ ! -f "$out/fold-$k.bin" ]; then
    python3 tools/conll_to_tsv.py "$out/train-$k.jsonl" "$out/train-$k.tsv"
    build/tools/train_ner build/ner_gazetteer.tsv build/ner_clusters.tsv "$out/train-$k.tsv" \
      "$out/test-$k.tsv" "$out/fold-$k.bin" "${NER_EPOCHS:-20}" "${NER_BITS:-18}" "${NER_ORDERS:-8}" > "$out/train-$k.log" 2>&1
  fi
  build/tools/ner_tag "$out/fold-$k.bin" "$out/test-$k.tsv" | sed "s/^/$k	/" >> "$out/pred.tsv"
done
# byte offsets and fold-local document numbers to the scorer's ids
python3 - "$out" <<'PY' > "$out/pred.jsonl"
import collections, json, sys
out = sys.argv[1]
found = collections.defaultdict(list)
for line in open(f'{out}/pred.tsv'):
    k, d, s, e, kind = line.rstrip('\n').split('\t')
    found[(int(k), int(d))].append({'start': int(s), 'end': int(e), 'type': kind})
for k in range(10):
    for d, line in enumerate(open(f'{out}/test-{k}.jsonl', encoding='utf-8')):
        print(json.dumps({'id': json.loads(line)['id'], 'entities': found[(k, d)]}))
PY
cat "$out"/test-?.jsonl > "$out/gold.jsonl"
python3 "$shared_eval/score_ner.py" --offsets byte "$out/gold.jsonl" "$out/pred.jsonl"
