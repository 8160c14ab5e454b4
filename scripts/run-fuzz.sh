#!/bin/bash
# libFuzzer runs: SECONDS of fuzzing for each target, seeded from
# test/fuzz/corpus, on inputs of any length up to 1 MB from the start
# (-len_control=0: long documents are where cancel checks, limits and
# quadratic paths matter).  A finding stops the run; its input is kept in
# build/fuzz-findings/ and the report's tail is printed.
set -eu
seconds=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
findings="$here/build/fuzz-findings"
for bin in "$@"; do
  name=$(basename "$bin")
  work=$(mktemp -d)
  echo "fuzz: $name, ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -len_control=0 -max_len=1048576 -timeout=60 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$work/" \
      "$work" "$here/test/fuzz/corpus" >"$work.log" 2>&1; then
    tail -n 40 "$work.log"
    mkdir -p "$findings"
    for f in "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-*; do
      [ -e "$f" ] && cp "$f" "$findings/$name-$(basename "$f")" && echo "fuzz: input kept in $findings/$name-$(basename "$f")"
    done
    rm -rf "$work" "$work.log"
    exit 1
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$work.log" | tr '\n' ' ' | sed 's/^/fuzz:   /; s/$/\n/'
  rm -rf "$work" "$work.log"
done
echo "fuzz: $# targets clean"
