#!/bin/bash
# Run unit test binaries; each prints "NAME: N passed, N failed" last.
# Prints the total on one line and fails if any test failed.
set -u
passed=0; failed=0; status=0
for bin in "$@"; do
  out=$("$bin" 2>&1); rc=$?
  echo "$out"
  line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  p=$(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
  f=$(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
  if [ -z "$line" ] || [ $rc -ne 0 ]; then
    echo "$bin: exited $rc"; status=1; failed=$((failed + 1))
  else
    passed=$((passed + p)); failed=$((failed + f))
  fi
done
[ $failed -eq 0 ] || status=1
echo "unit: $passed passed, $failed failed"
exit $status
