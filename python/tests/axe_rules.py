"""axe-core's real rule metadata, dumped by Node from the extension's node_modules (the package the
extension ships), for tests of the axe references and of /ingest/axe-rules."""

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
# The same fields src/core/a11y/axeRules.ts sends.
DUMP = (
    "const axe = require('axe-core');"
    "const rules = axe.getRules().map((r) => ({id: r.ruleId, description: r.description,"
    " help: r.help, helpUrl: r.helpUrl, tags: r.tags}));"
    "process.stdout.write(JSON.stringify({version: axe.version, rules}));"
)


@cache
def _dump() -> dict[str, Any] | None:
    node = shutil.which("node")
    if node is None or not (REPO / "node_modules" / "axe-core").is_dir():
        return None
    out = subprocess.run(
        [node, "-e", DUMP], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(out.stdout)


def axe_dump() -> dict[str, Any]:
    """{"version", "rules": [{id, description, help, helpUrl, tags}]}; skips without Node/npm ci."""
    found = _dump()
    if found is None:
        pytest.skip("needs node and node_modules/axe-core (npm ci)")
    return found
