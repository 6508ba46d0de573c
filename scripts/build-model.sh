#!/usr/bin/env bash
# `npm run build:model`: the in-process tier's ONNX model under models/ (scripts/export_onnx.py, dev venv).
# Quick when models/ is already current: the export is skipped when its input hash matches.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/py.sh python scripts/export_onnx.py "$@"
