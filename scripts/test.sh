#!/usr/bin/env bash
# `npm test`: every tier, in order python -> unit -> real VS Code; all run, and it fails if any failed.
# Installs what it needs on first use (npm packages, the dev venv, the VS Code test host).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/test-output
mkdir -p "$OUT"
export HF_HUB_OFFLINE=1 HF_HOME=${HF_HOME:-$ROOT/.venv/hf-home}

bash scripts/deps.sh || exit 1
# Each tier writes a results file stamped with this run's id; the totals come from those files only
# (scripts/test-results.py), never from console output or a file an earlier run left behind.
export SIZA_TEST_RUN_ID="test-$(date +%s)-$$-$RANDOM"
rm -f "$OUT"/python-results.xml "$OUT"/unit-results.json "$OUT"/vscode/mocha-results.json

passed=0 failed=0 failed_tiers=()
tier() { # tier NAME COMMAND...: runs one tier, adds its test counts to the totals
  local name=$1 s=$SECONDS
  shift
  echo "=== tier: $name"
  "$@" 2>&1 | tee "$OUT/$name.log"
  local rc=${PIPESTATUS[0]}
  local p f
  case $name in
    python) read -r p f < <(python3 scripts/test-results.py junit "$OUT/python-results.xml" "$SIZA_TEST_RUN_ID") ;;
    unit) read -r p f < <(python3 scripts/test-results.py mocha "$OUT/unit-results.json" "$SIZA_TEST_RUN_ID") ;;
    vscode) read -r p f < <(python3 scripts/test-results.py mocha "$OUT/vscode/mocha-results.json" "$SIZA_TEST_RUN_ID") ;;
  esac
  p=${p:-0} f=${f:-0}
  # a tier that failed without a failing test (crash, timeout, leftover process) still counts as a failure
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  if [ "$rc" = 0 ] && [ "$p" = 0 ]; then echo "tier $name ran no test"; f=1; fi
  passed=$((passed + p)) failed=$((failed + f))
  [ "$f" = 0 ] || failed_tiers+=("$name")
  echo "=== tier $name: $p passed, $f failed in $((SECONDS - s)) s"
}

tier python bash scripts/py.sh pytest -q -p no:cacheprovider -rfEs python/tests \
  --junitxml="$OUT/python-results.xml" -o junit_suite_name="$SIZA_TEST_RUN_ID"
# the unit tier's parity test embeds with the real ONNX model (skipped quickly when models/ is current)
bash scripts/build-model.sh || { failed=$((failed + 1)) failed_tiers+=(build:model); }
SIZA_TEST_RESULTS=$OUT/unit-results.json tier unit npx mocha --reporter ./test/reporter.cjs 'test/unit/**/*.test.ts'
tier vscode bash scripts/vscode-host/run-integration.sh

echo
[ ${#failed_tiers[@]} = 0 ] || echo "failed tiers: ${failed_tiers[*]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
