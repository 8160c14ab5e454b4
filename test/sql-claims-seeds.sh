#!/bin/bash
# corpus.claims() on the seed articles, scored with the shared scorer against
# the 24 hand-annotated count claims (../shared/data/claims/seeds.jsonl).
# Fails below the targets: claim F1 0.90, value accuracy 0.90, subject and
# source accuracy 0.80.  Run under scripts/with-cluster.sh; skips when
# ../shared is absent.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared"
gold="$shared/data/claims/seeds.jsonl"
if [ ! -f "$gold" ] || [ ! -d "$shared/eval" ]; then
  echo "sql-claims-seeds: $gold not found, skipped"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$shared/eval/sql_predict.py" claims "$gold" >"$out/pred" 2>"$out/timing"
python3 "$shared/eval/score_claims.py" "$gold" "$out/pred" --json "$out/score" >/dev/null
python3 - "$out/score" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
targets = {'F1': 0.90, 'value_acc': 0.90, 'subject_acc': 0.80, 'source_acc': 0.80}
line = ', '.join(f"{k} {s[k]:.3f}" for k in targets)
low = [k for k, t in targets.items() if s[k] < t]
if low:
    print(f"sql-claims-seeds: FAILED ({line}; below target: {', '.join(low)})")
    for m in s.get('misses', [])[:20]:
        print('  ', m)
    sys.exit(1)
print(f"sql-claims-seeds: {s['claims_gold']} gold claims, {s['claims_pred']} predicted: {line}")
PY
