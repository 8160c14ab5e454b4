#!/bin/bash
# Short libFuzzer runs: RUNS inputs for each target, seeded from test/fuzz/corpus.
set -eu
runs=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
for bin in "$@"; do
  name=$(basename "$bin")
  work=$(mktemp -d)
  corpus="$here/test/fuzz/corpus"
  echo "fuzz: $name, $runs runs"
  "$bin" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=0 "$work" "$corpus" >"$work.log" 2>&1 || { tail -n 40 "$work.log"; rm -rf "$work"; exit 1; }
  rm -rf "$work" "$work.log"
done
echo "fuzz: $# targets clean"
