#!/usr/bin/env python3
"""Check corpus.html_article()'s title, publication time and byline against test/eval/html_meta_gold.tsv.

usage: html_meta.py PAGES.jsonl GOLD.tsv
PAGES: the development pages ({"id", "html", ...}, from ../shared; never committed).  GOLD: one row per
page, written by hand from the pages: id, title, published (UTC, ISO 8601, empty when the page states
no time), byline (names joined by ", ", empty when the page names no author).  Reads the database with
$CORPUS_PSQL (default psql).  A field is right when it matches after normalisation: titles and names
compared case-folded with quotes, dashes and spaces unified, bylines as sets of names, times within a
minute (a page that prints a date without a time or zone has a date in the table: the UTC date must match).  Prints, per field, right / pages that state it, and the values given where the page states none.
"""
import csv, datetime as dt, io, json, os, re, shlex, subprocess, sys, unicodedata

PSQL = shlex.split(os.environ.get('CORPUS_PSQL', 'psql'))


def psql(sql, stdin=None):
    r = subprocess.run(PSQL + ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-F', '\t', '-c', sql],
                       input=stdin, capture_output=True, text=True)
    if r.returncode:
        sys.exit('psql failed: ' + r.stderr.strip())
    return r.stdout


def norm(s):
    s = unicodedata.normalize('NFKC', s or '').casefold()
    s = re.sub(r'[‘’‚‛`´]', "'", s)
    s = re.sub(r'[“”„‟«»]', '"', s)
    s = re.sub(r'[‐‑‒–—―]', '-', s)
    return re.sub(r'\s+', ' ', s).strip()


def names(s):
    return {n for n in (norm(x) for x in re.split(r',|;|&| and ', s or '')) if n}


def when(s):
    if not s:
        return None
    t = dt.datetime.fromisoformat(s.replace('Z', '+00:00'))
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def main():
    pages_path, gold_path = sys.argv[1:3]
    pages = {d['id']: d['html'] for d in map(json.loads, open(pages_path, encoding='utf-8')) if d}
    gold = list(csv.DictReader(open(gold_path, encoding='utf-8'), delimiter='\t'))
    buf = io.StringIO()
    csv.writer(buf).writerows((g['id'], pages[g['id']]) for g in gold)
    psql('CREATE EXTENSION IF NOT EXISTS corpus; DROP TABLE IF EXISTS corpus_eval_pages; '
         'CREATE TABLE corpus_eval_pages(id text, html text)')
    psql('\\copy corpus_eval_pages FROM STDIN WITH (FORMAT csv)', stdin=buf.getvalue())
    out = psql("SELECT p.id, json_build_object('title', a.title, 'byline', a.byline, "
               "'published', to_char(a.published AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')) "
               "FROM corpus_eval_pages p, corpus.html_article(p.html) a")
    psql('DROP TABLE corpus_eval_pages')
    got = {line.split('\t', 1)[0]: json.loads(line.split('\t', 1)[1]) for line in out.splitlines()}
    same = {
        'title': lambda g, p: norm(g) == norm(p),
        'published': lambda g, p: p is not None and (p[:10] == g if len(g) == 10 else
                                                     abs((when(g) - when(p)).total_seconds()) <= 60),
        'byline': lambda g, p: names(g) == names(p),
    }
    ok = True
    for field, eq in same.items():
        stated = [g for g in gold if g[field]]
        right = [g for g in stated if eq(g[field], got[g['id']][field])]
        extra = [g for g in gold if not g[field] and got[g['id']][field]]
        share = len(right) / len(stated) if stated else 1.0
        ok &= share >= 0.95
        print(f'{field:9} right {len(right)}/{len(stated)} = {share:.3f}   given where none stated: {len(extra)}')
        for g in stated:
            if g not in right and os.environ.get('CORPUS_META_VERBOSE'):
                print(f'   {g["id"][:8]} want {g[field]!r} got {got[g["id"]][field]!r}')
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
