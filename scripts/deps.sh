#!/usr/bin/env bash
# What `npm test` and `npm start` install on first use: the npm packages (npm ci, when node_modules is
# missing or older than the lock file) and the dev venv (.venv, scripts/dev-venv.sh). Quick when current.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # package.json's allowScripts denies onnxruntime-node's postinstall (it would fetch CUDA binaries from
  # GitHub; the CPU ones ship in the package); the variable says the same to an npm that predates allowScripts
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund
fi
bash scripts/dev-venv.sh
