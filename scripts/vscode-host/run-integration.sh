#!/usr/bin/env bash
# The real-VS-Code tier: code-server with a fresh user-data folder (so the extension's global storage is
# empty and the venv is bootstrapped from nothing), the extension loaded from this checkout, its mocha
# suite run in the real extension host by headless Chromium. Afterwards: no sidecar process may remain.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/scripts/vscode-host
source "$HERE/env.sh"
source "$HERE/code-server.sh"
bash "$HERE/setup.sh"
cd "$ROOT"
node esbuild.mjs >/dev/null

OUT=${SIZA_TEST_OUT:-$ROOT/test-output/vscode} # another folder for a partial run keeps the last full run's output
RUN=$(mktemp -d "${TMPDIR:-/tmp}/siza-vscode-XXXXXX")
rm -rf "$OUT" && mkdir -p "$OUT"
cp -r "$ROOT/test/fixtures/sample-workspace" "$RUN/ws"
keep_logs() { # the extension's own log channel, as the extension host wrote it
  cp "$RUN/code-server.log" "$OUT/" 2>/dev/null || true
  find "$RUN/user-data/logs" -path '*siza.siza-gen-vscode*' -name '*.log' -exec cp {} "$OUT/siza-gen.log" \; 2>/dev/null || true
}
cleanup() { stop_code_server; keep_logs; rm -rf "$RUN"; }
trap cleanup EXIT
trap "exit 130" INT TERM

# the suite consents to the sidecar's first install as a person's user setting would (src/sidecar/consent.ts);
# 00-consent.test.ts sets it back to "ask" and answers the question itself
mkdir -p "$RUN/user-data/User"
echo '{ "siza.sidecar.installConsent": "allow" }' >"$RUN/user-data/User/settings.json"
start_code_server "$RUN" "$RUN/ws" --vscode-option enable-smoke-test-driver
echo "code-server at $CS_URL (run folder $RUN)"
rc=0
node "$HERE/run-tests.js" "$ROOT" "$ROOT/dist/test/integration/index" "$RUN/ws" "$OUT" 2>&1 | tee "$OUT/run.log" || rc=$?
[ "${PIPESTATUS[0]}" = 0 ] || rc=1

# Deactivation must leave no sidecar: every pid the suite saw is gone once the test host has exited.
pids=$(node -e 'const f=require(process.argv[1]);console.log((f.sidecarPids||[]).join(" "))' "$OUT/facts.json" 2>/dev/null || true)
# a run of some files only (SIZA_TEST_FILES) may not start the sidecar; the whole suite must
[ -n "$pids" ] || [ -n "${SIZA_TEST_FILES:-}" ] || { echo "FAIL: the suite recorded no sidecar pid"; rc=1; }
for pid in $pids; do
  for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "FAIL: sidecar pid $pid is still running after the extension host ended"
    ps -o pid,ppid,etime,cmd -p "$pid" || true
    rc=1
  fi
done
[ $rc = 0 ] && echo "no sidecar process left (pids: $pids)"
keep_logs
# which path stopped the last sidecar: the extension's deactivate (expected) or the sidecar's parent watchdog
grep -E "Stopping sidecar|siza_ml stopped|parent .* gone" "$OUT/siza-gen.log" | tail -3 || true
echo "facts: $(cat "$OUT/facts.json" 2>/dev/null)"
exit $rc
