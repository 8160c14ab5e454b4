#!/usr/bin/env python3
"""Score predictions on the two halves of a development set and on all of it.

usage: halves.py GOLD.jsonl SCORER [SCORER ARGS...] PRED.jsonl
Runs `python3 SCORER ARGS... GOLD_PART PRED` for each part.  The halves are fixed by the item id alone:
sha256(id), first 8 hex digits, even for "tune" (the half rules were tuned on), odd for "check" (kept
aside, the figure to quote).
"""
import hashlib, json, os, subprocess, sys, tempfile


def half(item_id):
    return 'tune' if int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) % 2 == 0 else 'check'


def main():
    gold, scorer, pred = sys.argv[1], sys.argv[2:-1], sys.argv[-1]
    items = [l for l in open(gold, encoding='utf-8') if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for name in ('tune', 'check', 'all'):
            path = os.path.join(tmp, name + '.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                f.writelines(l for l in items if name == 'all' or half(json.loads(l)['id']) == name)
            out = subprocess.run([sys.executable, *scorer, path, pred], capture_output=True, text=True, check=True)
            print(f'{name:5} {out.stdout.strip()}')


if __name__ == '__main__':
    main()
