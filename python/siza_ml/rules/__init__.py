"""Rules as data: the JSON files here are shared with the TypeScript tier (see README.md)."""

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

RULES_DIR = Path(__file__).resolve().parent
GOLDEN_DIR = RULES_DIR / "golden"

# The only flags both Python `re` and JavaScript RegExp spell the same way.
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}
_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")


@cache
def load_json(name: str) -> dict[str, Any]:
    """A rules file by name; cached because the files ship with the sidecar and never change."""
    with (RULES_DIR / name).open(encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: top level must be an object")
    return data


def expand(regex: str, fragments: dict[str, str]) -> str:
    """Replaces {{name}} with a shared fragment (a doubled brace is never a valid quantifier)."""

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise ValueError(f"unknown fragment {{{{{m.group(1)}}}}} in {regex!r}")
        return fragments[m.group(1)]

    return _FRAGMENT.sub(sub, regex)


def compile_pattern(
    spec: dict[str, Any], fragments: dict[str, str] | None = None
) -> re.Pattern[str]:
    """{"regex", "flags"} -> a compiled pattern with JavaScript's ASCII-only \\w, \\b, \\d."""
    flags = re.ASCII
    for letter in spec.get("flags", ""):
        if letter not in _FLAGS:
            raise ValueError(f"unsupported flag {letter!r} in {spec!r} (allowed: i, m, s)")
        flags |= _FLAGS[letter]
    return re.compile(expand(spec["regex"], fragments or {}), flags)
