#!/usr/bin/env python3
"""Convert NER JSON lines ({"id","text","entities":[{"start","end","type"}]}, code-point
offsets) into the plain format tools/train_ner reads, with UTF-8 byte offsets:

    D <TAB> nbytes <TAB> nentities <NEWLINE> text bytes <NEWLINE>
    start <TAB> end <TAB> TYPE <NEWLINE>   (one line per entity)

usage: conll_to_tsv.py IN.jsonl OUT.tsv
"""
import json
import sys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding='utf-8') as f, open(dst, 'wb') as out:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            text = d['text']
            raw = text.encode('utf-8')
            ents = d.get('entities', [])
            out.write(f"D\t{len(raw)}\t{len(ents)}\n".encode())
            out.write(raw + b"\n")
            for e in ents:
                s = len(text[:e['start']].encode('utf-8'))
                t = len(text[:e['end']].encode('utf-8'))
                out.write(f"{s}\t{t}\t{e['type']}\n".encode())


if __name__ == '__main__':
    main()
