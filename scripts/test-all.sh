#!/bin/bash
# Every test, in the order CI runs them.  Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
steps=0
step() { [ -n "${current:-}" ] && steps=$((steps + 1)); current=$*; printf '\n==== %s\n' "$*"; }

step "build (warnings are errors)"
make -s all COPT=-Werror

step "core unit tests"
make -s unit

step "core unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
make -s unit-asan

step "SQL regression tests (installcheck on a throwaway cluster)"
if ! scripts/with-cluster.sh make -s installcheck; then
  [ -f regression.diffs ] && cat regression.diffs
  exit 1
fi

for t in test/sql-*.sh; do
  [ -e "$t" ] || continue
  step "$t"
  scripts/with-cluster.sh "$t"
done

step "Debian package: dpkg-buildpackage, contents, installcheck on what the .deb installs"
test/deb.sh

step "fuzz smoke runs"
make -s fuzz-smoke

step "done"
echo "steps: $steps passed, 0 failed"
