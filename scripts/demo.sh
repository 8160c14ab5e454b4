#!/bin/bash
# The demo: load the sample articles in demo/articles into a throwaway
# cluster (run under scripts/with-cluster.sh) and run demo/showcase.sql.
set -euo pipefail
cd "$(dirname "$0")/.."
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION corpus;
CREATE TABLE articles (id serial PRIMARY KEY, outlet text NOT NULL, published date NOT NULL, doc text NOT NULL);
SQL
for f in demo/articles/*.txt; do
  # file names: NN-outlet-YYYY-MM-DD.txt
  base=$(basename "$f" .txt)
  outlet=$(echo "$base" | cut -d- -f2)
  day=$(echo "$base" | cut -d- -f3-5)
  echo "INSERT INTO articles (outlet, published, doc) VALUES (:'outlet', :'day', :'doc');" |
    psql -X -q -v ON_ERROR_STOP=1 -v outlet="$outlet" -v day="$day" -v doc="$(cat "$f")"
done
psql -X -v ON_ERROR_STOP=1 -f demo/showcase.sql
# A saved web page read with corpus.html_article() (demo/pages, demo/html.sql)
for f in demo/pages/*.html; do
  psql -X -v ON_ERROR_STOP=1 -v file="$(basename "$f")" -v page="$(cat "$f")" -f demo/html.sql
done
