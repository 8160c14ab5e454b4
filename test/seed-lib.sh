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
