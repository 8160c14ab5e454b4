#!/bin/bash
# corpus.quotes() on the five seed articles in ../shared/seeds: every quote,
# its sentence, resolved speaker, written mention and verb, and the Mashaal
# quote that two outlets carry joined by key.  The seed texts are not ours
# to copy, so quotes are compared by the md5 of their text.
# Run under scripts/with-cluster.sh; skips when ../shared is absent.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/test/seed-lib.sh"
seed_articles sql-quotes-seeds
psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS corpus'
got=$(mktemp)
trap 'rm -f "$got"' EXIT
for f in "$seeds"/00[0-4]_*.txt; do
  b=$(basename "$f")
  echo "SELECT '${b:0:3}', sentence, speaker, speaker_mention, verb, md5(mention) FROM corpus.quotes(:'doc') ORDER BY start" |
    psql -X -At -F '|' -v ON_ERROR_STOP=1 -v doc="$(cat "$f")" >>"$got"
done
# the same Mashaal quote in seeds 000 and 001, found by a join on key
echo "SELECT 'join', a.speaker, b.speaker_mention FROM corpus.quotes(:'a') a JOIN corpus.quotes(:'b') b USING (key)" |
  psql -X -At -F '|' -v ON_ERROR_STOP=1 -v a="$(cat "$seeds"/000_*.txt)" -v b="$(cat "$seeds"/001_*.txt)" >>"$got"
expected=$(cat <<'END'
000|5|a French diplomatic source|a French diplomatic source|told|051186ff48bad5310d30440489601c31
000|14|John Kerry|Kerry|said|892d72312fe40c858eed5be5edf09b51
000|15|John Kerry|Kerry|said|8fc0708a28b1fcc744471c64bb642a2b
000|21|Khaled Mashaal|Hamas leader Khaled Mashaal|said|43deba442dc55896f4f467ac10c84105
000|22|Khaled Mashaal|Hamas leader Khaled Mashaal|said|6cbf715835283497cd068c1e26ee7217
001|5|John Kerry|Kerry|stated|3df2e341ccbb78312e1e82019f41f0a5
001|12|Ban Ki-moon|Ban|stated|38a3cc33b882c99716a19c7942d8ec12
001|13|Benjamin Netanyahu|Netanyahu|stated|bc73f1dbe7a2914a8f2ebe57d78eda38
001|20|Khaled Mashaal|Mashaal|added|36572c82606f952f576c678801e00cdd
002|7|John Kerry|Kerry|said|59f34bb9875b475884974b286538fb23
002|14|the official|the official|said|a5edc2b4ac2853dedee888695736a1ad
002|17|John Kerry|he|said|5c38ef1f448fff1743bfc7d697fed528
002|18|John Kerry|he|said|e6cfe853dd81bba218894a4ba11773eb
002|20|Tzipi Livni|Justice Minister Tzipi Livni|told|9a87a790728780e51444d38b6990e66f
003|19|State Department|one senior State Department official|said|dc42507fd1a457ae08a44822b655e685
003|20|State Department|one senior State Department official|said|5332a5bd8fa2ce7fe0b72a3b1955aade
003|24|the U.S. official|the U.S. official|said|434581d5be21b830226183718abbd2ec
003|25|the U.S. official|he|added|ba136b26a109989f8f2ec815721d6aab
003|32|one senior Egyptian official|one senior Egyptian official|said|73263b3090476dc6b8143f6e7e3e7099
003|36|Sameh Shukri|Shukri|said|e6ccfc3559be578125aa90b669e76816
003|38|Ban Ki-moon|Ban|said|3618d70ac180efd9d65d4675eea0f18c
004|4|the source|the source|said|de7db2bed85ca450164d531e58615157
join|Khaled Mashaal|Mashaal
END
)
if ! diff -u <(echo "$expected") "$got"; then
  echo "sql-quotes-seeds: FAILED"
  exit 1
fi
echo "sql-quotes-seeds: $(wc -l <"$got") rows as expected"
