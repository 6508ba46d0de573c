#!/usr/bin/env bash
# The dev venv (.venv): the sidecar's pinned requirements, the team server's (requirements-team.txt),
# plus the test and lint tools. siza_ml itself is
# not installed: like the extension, everything runs it from python/ with PYTHONPATH. Reinstalls only
# when the requirement files change.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# a venv keeps its programs in bin/, on Windows in Scripts/ (python.exe)
if [ "${OS:-}" = Windows_NT ]; then VPY=.venv/Scripts/python.exe; else VPY=.venv/bin/python; fi
stamp=.venv/.siza-dev-stamp
want=$(cat python/requirements.txt python/requirements-nodeps.txt python/requirements-dev.txt python/requirements-team.txt |
  sha256sum | cut -d' ' -f1)
if [ -x "$VPY" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then exit 0; fi
echo "dev-venv: installing the sidecar requirements into .venv" >&2
if [ ! -x "$VPY" ]; then
  # Debian and Ubuntu ship python3 without its venv/ensurepip modules (package python3-venv): say so and
  # name the package, instead of venv's traceback
  if ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then
    ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")' 2>/dev/null || echo 3)
    echo "dev-venv: $PY ($("$PY" --version 2>&1)) cannot create a virtual environment: its venv/ensurepip" \
      "modules are missing. Install them with: apt install python3-venv (or python$ver-venv), then run this again." >&2
    exit 1
  fi
  "$PY" -m venv .venv
fi
rm -f "$stamp"
"$VPY" -m pip install --disable-pip-version-check --progress-bar off -q \
  -r python/requirements.txt -r python/requirements-dev.txt -r python/requirements-team.txt
"$VPY" -m pip install --disable-pip-version-check --progress-bar off -q --no-deps -r python/requirements-nodeps.txt
echo "$want" >"$stamp"
