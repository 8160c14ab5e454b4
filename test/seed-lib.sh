# Sourced by the seed-article tests (test/sql-*seeds*.sh).  The five seed
# articles are research data: they stay in ../shared/seeds (or $CORPUS_SEEDS)
# and are never copied here.
#
# seed_articles NAME: set $seeds to their directory, or print that NAME is
# skipped and exit 0 when it is absent.
seed_articles() {
  seeds=${CORPUS_SEEDS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/../shared/seeds}
  if [ ! -d "$seeds" ]; then
    echo "$1: $seeds not found, skipped"
    exit 0
  fi
}

# seed_table: load them into the table seeds(name, doc), name the file's
# three-digit number, replacing any such table.
seed_table() {
  local psql="psql -X -q -v ON_ERROR_STOP=1" f
  $psql -c "CREATE EXTENSION IF NOT EXISTS corpus" -c "SET client_min_messages = warning" \
        -c "DROP TABLE IF EXISTS seeds" -c "CREATE TABLE seeds (name text PRIMARY KEY, doc text)"
  for f in "$seeds"/*.txt; do
    echo "INSERT INTO seeds VALUES (:'name', :'doc')" | $psql -v name="$(basename "$f" .txt | cut -c1-3)" -v doc="$(cat "$f")"
  done
}
