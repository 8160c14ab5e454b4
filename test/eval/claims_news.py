#!/usr/bin/env python3
"""Score corpus.claims() on general news: articles of the bench corpus annotated by hand.

usage: claims_news.py BENCH.jsonl GOLD.tsv [--show]
BENCH: ../shared/data/news/bench.jsonl (never committed).  GOLD: one row per claim, written by hand
from the articles: id, sentence (as corpus.sentences() numbers them), anchor (the words of the claim
as the article writes them, found in that sentence), kind, value (corpus text form; "?" when the text
gives no single figure, then not checked).  Kind "ignore" marks a figure whose reading is open (killed
"or wounded", a subset of another figure, a plan): a prediction there counts neither way.

The articles are those the table names.  They were drawn before annotation, without looking at
corpus.claims(), by the sha256 of their ids: 80 articles with one word of casualty, arrest or
displacement (mostly business and sport news that use the words in other senses), then 70 with two
or more.  Every sentence with such a word was read; the gold holds every count claim of the seven
kinds (kind "none" names an article read that makes none), including a single victim written without a number ("a 45-year-old man was arrested"), and not
the deaths of persons named alone.

A prediction matches a gold claim of the same sentence and kind whose anchor it overlaps (one to
one).  Printed for each half (test/eval/halves.py's split by article id) and all: precision, recall,
F1, and value accuracy on the matches.  --show lists the tuning half's misses and false claims (the kept-aside half is only counted).
"""
import csv, json, os, shlex, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from halves import half  # noqa: E402

PSQL = shlex.split(os.environ.get('CORPUS_PSQL', 'psql'))


def psql(sql):
    r = subprocess.run(PSQL + ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-F', '\t'],
                       input=sql, capture_output=True, text=True)
    if r.returncode:
        sys.exit(r.stderr)
    return r.stdout


def main():
    bench, gold_path = sys.argv[1], sys.argv[2]
    show = '--show' in sys.argv
    gold = [r for r in csv.reader(open(gold_path, encoding='utf-8'), delimiter='\t')
            if r and not r[0].startswith('#')]
    ids = {r[0] for r in gold}
    docs = {}
    for line in open(bench, encoding='utf-8'):
        d = json.loads(line)
        if d['id'] in ids:
            docs[d['id']] = d['text']
    missing = ids - docs.keys()
    if missing:
        sys.exit(f'claims_news: {len(missing)} articles of the table are not in {bench}')
    values = ','.join("('%s', '%s')" % (i.replace("'", "''"), t.replace("'", "''")) for i, t in docs.items())
    out = psql(f"WITH d(id, doc) AS (VALUES {values}) "
               "SELECT d.id, s.sentence, s.start, translate(s.mention, E'\\n\\t', '  '), 's' FROM d, corpus.sentences(d.doc) s "
               "UNION ALL SELECT d.id, c.sentence, c.start, translate(c.mention, E'\\n\\t', '  ') || E'\\x03' || c.kind || E'\\x03' || "
               "c.value::text, 'c' FROM d, corpus.claims(d.doc) c")
    sentences, preds = {}, []
    for line in out.splitlines():
        did, sent, start, text, what = line.split('\t')
        if what == 's':
            sentences[(did, int(sent))] = (int(start), text)
        else:
            mention, kind, value = text.split('\x03')
            preds.append({'id': did, 'sentence': int(sent), 'start': int(start),
                          'end': int(start) + len(mention), 'kind': kind, 'value': value, 'mention': mention})
    golds = []
    for did, sent, anchor, kind, value in gold:
        if kind == 'none':
            continue
        start, text = sentences[(did, int(sent))]
        at = text.find(anchor)
        if at < 0:
            sys.exit(f'claims_news: "{anchor}" is not in sentence {sent} of {did}')
        golds.append({'id': did, 'sentence': int(sent), 'start': start + at, 'end': start + at + len(anchor),
                      'kind': kind, 'value': value, 'anchor': anchor})
    score(golds, preds, show)


def score(golds, preds, show):
    for name in ('tune', 'check', 'all'):
        g = [x for x in golds if name == 'all' or half(x['id']) == name]
        p = [x for x in preds if name == 'all' or half(x['id']) == name]
        used, tp, fp, val_ok, val_n, wrong = set(), 0, 0, 0, 0, []
        for x in p:
            hit = None
            for k, y in enumerate(g):
                if k in used or y['id'] != x['id'] or y['start'] >= x['end'] or x['start'] >= y['end']:
                    continue
                if y['kind'] == 'ignore' or y['kind'] == x['kind']:
                    hit = k
                    break
            if hit is None:
                fp += 1
                wrong.append(('false', x))
                continue
            used.add(hit)
            if g[hit]['kind'] == 'ignore':
                continue
            tp += 1
            if g[hit]['value'] != '?':
                val_n += 1
                if g[hit]['value'] == x['value']:
                    val_ok += 1
                else:
                    wrong.append(('value', {**x, 'gold': g[hit]['value']}))
        n = sum(1 for y in g if y['kind'] != 'ignore')
        missed = [y for k, y in enumerate(g) if k not in used and y['kind'] != 'ignore']
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / n if n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f'{name:5} claims {n}: precision {prec:.3f} ({tp}/{tp + fp}), recall {rec:.3f}, F1 {f1:.3f}, '
              f'value {val_ok}/{val_n}')
        if show and name == 'tune':
            for y in missed:
                print(f'  missed {y["id"]}#{y["sentence"]} {y["kind"]} {y["value"]} «{y["anchor"]}»')
            for what, x in wrong:
                extra = f' (gold {x["gold"]})' if what == 'value' else ''
                print(f'  {what} {x["id"]}#{x["sentence"]} {x["kind"]} {x["value"]}{extra} «{x["mention"]}»')


if __name__ == '__main__':
    main()
