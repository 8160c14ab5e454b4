#!/usr/bin/env python3
"""Turn WikiExtractor output (<doc id=.. url=.. title=..> blocks) into the JSON lines
{"id","title","text"} that tools/conll_to_tsv.py reads, for the word clusters' unlabeled text.

Each article's text is its title, a blank line, then its body without the title line that
WikiExtractor repeats; stubs under 20 words are left out, and runs of blank lines become one.

usage: wikiextractor_to_jsonl.py OUT.jsonl FILE...   (the files in name order, e.g. text/AA/wiki_*)
"""
import json
import re
import sys

DOC = re.compile(r'<doc id="(\d+)" url="[^"]*" title="([^"]*)">\n(.*?)</doc>', re.S)
MIN_WORDS = 20


def articles(raw):
    for m in DOC.finditer(raw):
        doc_id, title, inner = m.groups()
        # the first line of the block is the title again
        _, _, body = inner.strip().partition('\n')
        body = body.strip()
        if len(body.split()) >= MIN_WORDS:
            yield doc_id, title, re.sub(r'\n{3,}', '\n\n', body)


def main():
    out, files = sys.argv[1], sorted(sys.argv[2:])
    count = words = 0
    with open(out, 'w', encoding='utf-8') as f:
        for name in files:
            with open(name, 'rb') as src:
                raw = src.read().decode('utf-8', 'replace')
            for doc_id, title, body in articles(raw):
                f.write(json.dumps({'id': 'enwiki-' + doc_id, 'title': title,
                                    'text': title + '\n\n' + body}, ensure_ascii=False) + '\n')
                count += 1
                words += len(body.split())
    print(f'{count} articles, {words} words', file=sys.stderr)


if __name__ == '__main__':
    main()
