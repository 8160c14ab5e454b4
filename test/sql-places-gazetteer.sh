#!/bin/bash
# A missing, truncated or corrupt gazetteer file: corpus.places() and
# corpus.place() raise CONFIG_FILE_ERROR (SQLSTATE F0000) with a message
# naming the file, the backend survives, and the restored file loads again
# in a new session.  Run under scripts/with-cluster.sh.
set -euo pipefail
: "${CORPUS_STAGE:?run under scripts/with-cluster.sh}"
file="$CORPUS_STAGE$(pg_config --sharedir)/extension/corpus/places.bin"
[ -f "$file" ] || { echo "places-gazetteer: FAIL: $file is not installed"; exit 1; }
saved="$CORPUS_TMP/places.bin.saved"
cp "$file" "$saved"
restore() { cp "$saved" "$file"; }
trap restore EXIT
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS corpus"

# expect WHAT PATTERN: a fresh session's call fails with F0000 and the message, then answers again.
expect() {
  local what=$1 pattern=$2 out
  out=$(psql -X -v VERBOSITY=verbose -c "SELECT count(*) FROM corpus.places('Talks resumed in Cairo on Monday, officials said.')" \
          -c "SELECT corpus.place('Cairo')" -c "SELECT 1 AS alive" 2>&1 || true)
  if ! grep -q "ERROR:  F0000: .*$pattern" <<<"$out" || ! grep -q "alive" <<<"$out"; then
    echo "places-gazetteer: FAIL: $what"; echo "$out"; exit 1
  fi
  echo "places-gazetteer: $what: $(grep -m1 'ERROR' <<<"$out")"
}

rm "$file"
expect "missing file" 'could not open model .*places.bin'
head -c 100 "$saved" > "$file"
expect "truncated file" 'gazetteer .* is corrupt: bad size'
printf 'not a gazetteer' > "$file"
expect "another file" 'is truncated or not a gazetteer file'
cp "$saved" "$file"
printf '\x01' | dd of="$file" bs=1 seek=4000 conv=notrunc status=none
expect "a flipped byte" 'checksum mismatch'

restore
got=$(psql -X -At -c "SELECT name FROM corpus.places('Talks resumed in Cairo on Monday, officials said.')")
[ "$got" = Cairo ] || { echo "places-gazetteer: FAIL: restored file gives '$got'"; exit 1; }
echo "places-gazetteer: PASS"
