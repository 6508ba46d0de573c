#!/usr/bin/env bash
# `npm test`: every tier, in order python -> unit -> real VS Code; all run, and it fails if any failed.
# Installs what it needs on first use (npm packages, the dev venv, the VS Code test host).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/test-output
mkdir -p "$OUT"
export HF_HUB_OFFLINE=1 HF_HOME=${HF_HOME:-$ROOT/.venv/hf-home}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund || exit 1
fi
bash scripts/dev-venv.sh || exit 1

passed=0 failed=0 failed_tiers=()
tier() { # tier NAME COMMAND...: runs one tier, adds its test counts to the totals
  local name=$1 s=$SECONDS
  shift
  echo "=== tier: $name"
  "$@" 2>&1 | tee "$OUT/$name.log"
  local rc=${PIPESTATUS[0]}
  local p f
  case $name in
    python) p=$(grep -oE '[0-9]+ passed' "$OUT/$name.log" | tail -1 | cut -d' ' -f1)
            f=$(grep -oE '[0-9]+ (failed|error)' "$OUT/$name.log" | tail -1 | cut -d' ' -f1) ;;
    *) p=$(grep -oE '[0-9]+ passing' "$OUT/$name.log" | tail -1 | cut -d' ' -f1)
       f=$(grep -oE '[0-9]+ failing' "$OUT/$name.log" | tail -1 | cut -d' ' -f1) ;;
  esac
  if [ "$name" = vscode ] && [ -f "$OUT/vscode/mocha-results.json" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.passed.length, r.failed.length)' "$OUT/vscode/mocha-results.json")
  fi
  p=${p:-0} f=${f:-0}
  # a tier that failed without a failing test (crash, timeout, leftover process) still counts as a failure
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  if [ "$rc" = 0 ] && [ "$p" = 0 ]; then echo "tier $name ran no test"; f=1; fi
  passed=$((passed + p)) failed=$((failed + f))
  [ "$f" = 0 ] || failed_tiers+=("$name")
  echo "=== tier $name: $p passed, $f failed in $((SECONDS - s)) s"
}

tier python bash scripts/py.sh pytest -q -p no:cacheprovider python/tests
# the unit tier's parity test embeds with the real ONNX model (skipped quickly when models/ is current)
bash scripts/build-model.sh || { failed=$((failed + 1)) failed_tiers+=(build:model); }
tier unit npx mocha 'test/unit/**/*.test.ts'
tier vscode bash scripts/vscode-host/run-integration.sh

echo
[ ${#failed_tiers[@]} = 0 ] || echo "failed tiers: ${failed_tiers[*]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
