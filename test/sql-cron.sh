#!/bin/bash
# Scheduled refresh with pg_cron (Debian postgresql-15-cron).
#
# Run under scripts/with-cluster.sh.  Starts a throwaway cluster with
# shared_preload_libraries = 'pg_cron', builds the README's materialized view
# over corpus.claims() with the unique index REFRESH ... CONCURRENTLY needs,
# adds an article, schedules the concurrent refresh with cron.schedule(), and
# waits (bounded) until cron.job_run_details records a successful run and the
# view holds the new article.  Skips with a message when pg_cron is absent.
# Prints "cron: PASS", "cron: SKIP: why" or "cron: FAIL: why".
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/cluster-lib.sh"
: "${CORPUS_STAGE:?run under scripts/with-cluster.sh}" "${CORPUS_TMP:?run under scripts/with-cluster.sh}"

fail() { echo "cron: FAIL: $*"; [ -f "$dir/server.log" ] && tail -n 20 "$dir/server.log"; exit 1; }
wait_max=${CRON_WAIT_SECONDS:-90}

if [ ! -f "$CORPUS_STAGE$(pg_config --pkglibdir)/pg_cron.so" ] \
   || [ ! -f "$CORPUS_STAGE$(pg_config --sharedir)/extension/pg_cron.control" ]; then
  echo "cron: SKIP: pg_cron is not installed (apt-get install postgresql-15-cron)"
  exit 0
fi

dir="$CORPUS_TMP/cron"
port=5435
# removed on exit, so the check can run again under the same cluster
trap 'cluster_stop "$dir"; rm -rf "$dir"' EXIT
# Background workers run the jobs: the cluster listens on a socket only, and
# pg_cron's default libpq connection would go to localhost.
cluster_start "$CORPUS_STAGE" "$dir" "$port" "shared_preload_libraries = 'pg_cron'
cron.database_name = 'postgres'
cron.use_background_workers = on"
export PGHOST="$dir/sock" PGPORT=$port
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

q <<'SQL'
CREATE EXTENSION corpus;
CREATE EXTENSION pg_cron;
CREATE TABLE articles (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO articles VALUES
  (1, E'Talks resume in Cairo\n\nCAIRO (Reuters) - Negotiators returned to Cairo on Monday. At least 40 people were killed overnight, medics said.\n\nNo statement followed.'),
  (2, E'Aid convoy reaches the north\n\nGAZA CITY - Forty trucks crossed at dawn, officials said. About 3,000 families have fled their homes since Friday.');
CREATE MATERIALIZED VIEW article_claims AS
  SELECT a.id, c.start, c.len, c.kind, c.value, c.subject, c.source, c.asof, c.key
  FROM articles a, corpus.claims(a.body) c;
-- REFRESH ... CONCURRENTLY needs a unique index on plain columns covering every row.
CREATE UNIQUE INDEX article_claims_key ON article_claims (id, start);
INSERT INTO articles VALUES
  (3, E'Ministers meet in Paris\n\nPARIS - Foreign ministers met on Saturday. They called for a 12-hour truce after more than 600 Palestinians were killed. Talks continue next week.');
SQL
before=$(q -At -c "SELECT count(*) FROM article_claims WHERE id = 3")
[ "$before" -eq 0 ] || fail "the view already holds the new article"
expected=$(q -At -c "SELECT count(*) FROM articles a, corpus.claims(a.body)")

# Every minute (pg_cron 1.4 has no schedules in seconds), so the first run
# comes within 60 s; nightly use is '30 3 * * *'.
job=$(q -At -c "SELECT cron.schedule('corpus-refresh', '* * * * *', 'REFRESH MATERIALIZED VIEW CONCURRENTLY article_claims')") \
  || fail "cron.schedule failed"
[ -n "$job" ] || fail "cron.schedule returned no job id"

status=""
for _ in $(seq 1 "$wait_max"); do
  status=$(q -At -c "SELECT status || ': ' || coalesce(return_message, '') FROM cron.job_run_details
                     WHERE jobid = $job AND status IN ('succeeded', 'failed') ORDER BY runid LIMIT 1")
  [ -n "$status" ] && break
  sleep 1
done
q -c "SELECT cron.unschedule($job)" >/dev/null
[ -n "$status" ] || fail "no finished run of job $job within $wait_max s"
case "$status" in succeeded*) ;; *) fail "the refresh job failed: $status" ;; esac
echo "cron: job $job ran: $status"

after=$(q -At -c "SELECT count(*) FROM article_claims")
new=$(q -At -c "SELECT count(*) FROM article_claims WHERE id = 3")
[ "$new" -gt 0 ] && [ "$after" -eq "$expected" ] \
  || fail "after the refresh the view has $after rows ($new of the new article), expected $expected"
echo "cron: the scheduled concurrent refresh brought the view to $after claims"
echo "cron: PASS"
