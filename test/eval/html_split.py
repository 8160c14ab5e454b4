#!/usr/bin/env python3
"""Score html_text predictions on the two halves of the development pages and on all of them.

usage: html_split.py SCORER GOLD.jsonl PRED.jsonl
The halves are fixed by the page id alone: sha256(id), first 8 hex digits, even for "tune" (the half
the extractor's rules were tuned on), odd for "check" (kept aside, the figure to quote).
"""
import hashlib, json, os, subprocess, sys, tempfile


def half(page_id):
    return 'tune' if int(hashlib.sha256(page_id.encode()).hexdigest()[:8], 16) % 2 == 0 else 'check'


def main():
    scorer, gold, pred = sys.argv[1:4]
    pages = [l for l in open(gold, encoding='utf-8') if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for name in ('tune', 'check', 'all'):
            path = os.path.join(tmp, name + '.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                f.writelines(l for l in pages if name == 'all' or half(json.loads(l)['id']) == name)
            out = subprocess.run([sys.executable, scorer, path, pred], capture_output=True, text=True, check=True)
            print(f'{name:5} {out.stdout.strip()}')


if __name__ == '__main__':
    main()
