#!/bin/bash
# Line and branch coverage of the core by the unit tests, from gcov.
# Usage: scripts/coverage.sh OBJDIR MIN_PERCENT
# OBJDIR holds the .gcno/.gcda of src/core/*.c (built with --coverage and
# already exercised).  Prints one row per core file and the total; fails when
# a file's lines executed fall below MIN_PERCENT.
set -euo pipefail
objdir=$1 min=$2
cd "$(dirname "$0")/.."
# -n: summaries only, no .gcov files; -b -c: branch counts, not percentages of
# branches "executed" (reached) but of branches taken at least once.
gcov -n -b -c -o "$objdir" src/core/*.c 2>/dev/null | awk -v min="$min" '
  # gcov prints percentages with two decimals of counts below 10,000, so
  # pct * n / 100 rounds back to the exact count.
  function count(pct, n) { return int(pct * n / 100 + 0.5) }
  /^File / { f = $2; gsub(/\047/, "", f); keep = (f ~ /^src\/core\/[^\/]*\.c$/); next }
  !keep { next }
  # gcov ends with its own total, a "Lines executed" line without a "File" line
  /^Lines executed:/ { if (f in ln) { keep = 0; next }
                       split($2, a, "%"); sub(/^executed:/, "", a[1]); ln[f] = $4; lx[f] = count(a[1], $4); files[++nf] = f }
  /^Taken at least once:/ { split($4, a, "%"); sub(/^once:/, "", a[1]); bn[f] = $6; bx[f] = count(a[1], $6) }
  /^No branches/ { bn[f] = 0; bx[f] = 0 }
  function pct(x, n) { return n ? sprintf("%6.1f%%", 100 * x / n) : "     -" }
  END {
    printf "%-26s %7s %8s %9s %9s\n", "file", "lines", "% lines", "branches", "% taken"
    low = 0
    for (i = 1; i <= nf; i++) {
      f = files[i]; name = f; sub(/^src\/core\//, "", name)
      mark = (ln[f] && 100 * lx[f] / ln[f] < min) ? "  < " min "%" : ""
      if (mark != "") low++
      printf "%-26s %7d %8s %9d %9s%s\n", name, ln[f], pct(lx[f], ln[f]), bn[f], pct(bx[f], bn[f]), mark
      tl += ln[f]; tx += lx[f]; tb += bn[f]; tbx += bx[f]
    }
    printf "%-26s %7d %8s %9d %9s\n", "total", tl, pct(tx, tl), tb, pct(tbx, tb)
    if (nf == 0) { print "coverage: no gcov data (build with --coverage and run the tests first)"; exit 1 }
    if (low) { printf "coverage: %d core file(s) below %s%% of lines\n", low, min; exit 1 }
  }'
