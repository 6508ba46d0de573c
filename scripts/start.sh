#!/usr/bin/env bash
# `npm start`: sets up a real VS Code (code-server) on this machine, installs the extension's .vsix into it,
# opens a sample workspace, waits until the sidecar is ready, and prints the URL. Ctrl-C stops it.
# State (the sidecar's venv, settings, the sample workspace) persists in .vscode-test/start between runs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/scripts/vscode-host
source "$HERE/env.sh"
source "$HERE/code-server.sh"
cd "$ROOT"
bash scripts/deps.sh
bash "$HERE/setup.sh"
npm run --silent package

START=${SIZA_START_DIR:-$(dirname "$SIZA_HOST_DIR")/start}
WS=$START/workspace
mkdir -p "$START"
[ -d "$WS" ] || cp -r "$ROOT/test/fixtures/sample-workspace" "$WS"
PATH=$NODE24/bin:$PATH "$CODE_SERVER" --user-data-dir "$START/user-data" --extensions-dir "$START/extensions" \
  --install-extension "$ROOT/dist/siza-gen-linux-x64.vsix" --force >/dev/null

CS_PORT=${PORT:-8080}
export CS_PORT
trap stop_code_server EXIT
trap 'exit 130' INT TERM
# a closed tab's extension host (and its sidecar) is released after a minute, not code-server's 3 hours
start_code_server "$START" "$WS" --reconnection-grace-time 60
node "$HERE/warm-up.js" "$WS" "$START/ready.png"
cat <<MSG

  Siza Gen is running in VS Code (code-server $CODE_SERVER_VERSION):

      $CS_URL/?folder=$WS

  It listens on 127.0.0.1 only; from another machine: ssh -L $CS_PORT:127.0.0.1:$CS_PORT <this host>.
  Logs: the "Siza Gen" output channel (command "Siza Gen: Show Logs"). Ctrl-C stops it.
MSG
wait "$CS_PID"
