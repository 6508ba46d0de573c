"""The sidecar's Framework literal is the TypeScript list (src/core/frameworks.ts), in order."""

import re
import typing
from pathlib import Path

from siza_ml.schemas.score import Framework

FRAMEWORKS_TS = Path(__file__).resolve().parents[2] / "src" / "core" / "frameworks.ts"


def typescript_frameworks() -> list[str]:
    text = FRAMEWORKS_TS.read_text(encoding="utf-8")
    m = re.search(r"export const FRAMEWORKS = \[([^\]]*)\] as const;", text)
    assert m, f"no FRAMEWORKS declaration in {FRAMEWORKS_TS}"
    return re.findall(r"'([a-z]+)'", m.group(1))


def test_python_framework_literal_is_the_typescript_list():
    ts = typescript_frameworks()
    assert len(ts) >= 5
    assert list(typing.get_args(Framework)) == ts
