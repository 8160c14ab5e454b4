#!/usr/bin/env python3
"""Score predictions on the two halves of a development set and on all of it.

usage: halves.py GOLD.jsonl SCORER [SCORER ARGS...] PRED.jsonl
Runs `python3 SCORER ARGS... GOLD_PART PRED` for each part; when an argument is `{gold}` the part's file
takes its place instead (`score_norm.py --gold {gold} --pred` then PRED).  Every line the scorer prints is
prefixed with the part's name.  The halves are fixed by the item id alone: sha256(id), first 8 hex
digits, even for "tune" (the half rules were tuned on), odd for "check" (kept aside, the figure to quote).
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
            args = [path if a == '{gold}' else a for a in scorer]
            if '{gold}' not in scorer:
                args.append(path)
            out = subprocess.run([sys.executable, *args, pred], capture_output=True, text=True, check=True)
            for line in out.stdout.strip().splitlines():
                print(f'{name:5} {line}')


if __name__ == '__main__':
    main()
