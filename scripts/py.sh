#!/usr/bin/env bash
# Runs a tool of the dev venv (ruff, pytest, python), creating the venv first when needed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
bash "$ROOT/scripts/dev-venv.sh"
tool=$1
shift
export PYTHONPATH="$ROOT/python${PYTHONPATH:+:$PYTHONPATH}" HF_HUB_OFFLINE=1 HF_HOME="${HF_HOME:-$ROOT/.venv/hf-home}"
# a venv keeps its programs in bin/, on Windows in Scripts/ (tool.exe)
if [ "${OS:-}" = Windows_NT ]; then exec "$ROOT/.venv/Scripts/$tool.exe" "$@"; fi
exec "$ROOT/.venv/bin/$tool" "$@"
