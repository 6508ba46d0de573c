"""axe-core's real rule metadata, dumped by Node from the extension's node_modules (the package the
extension ships), for tests of the axe references and of /ingest/axe-rules."""

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
# The same fields src/core/a11y/axeRules.ts sends.
DUMP = (
    "const axe = require('axe-core');"
    "const rules = axe.getRules().map((r) => ({id: r.ruleId, description: r.description,"
    " help: r.help, helpUrl: r.helpUrl, tags: r.tags}));"
    "process.stdout.write(JSON.stringify({version: axe.version, rules}));"
)


@cache
def _dump() -> dict[str, Any]:
    node = shutil.which("node")
    # A failure, not a skip: the extension's tests need Node and npm ci anyway, so a skip here
    # would only ever hide these tests.
    assert node is not None, "these tests need node on PATH"
    assert (REPO / "node_modules" / "axe-core").is_dir(), "run npm ci first (node_modules/axe-core)"
    out = subprocess.run(
        [node, "-e", DUMP], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(out.stdout)


def axe_dump() -> dict[str, Any]:
    """{"version", "rules": [{id, description, help, helpUrl, tags}]}; fails without Node/npm ci."""
    return _dump()
