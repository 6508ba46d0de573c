"""The first complete JSON object in LLM output, whatever prose or code fences surround it."""

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

# LLM replies are short; this bounds the quadratic worst case of rescanning from every "{".
MAX_SCAN_CHARS = 50_000


def _reject_constant(name: str) -> None:
    # NaN and Infinity are not JSON; Python accepts them by default.
    raise ValueError(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def iter_json_objects(text: str) -> Iterator[dict[str, Any]]:
    """Every decodable object that starts at a "{", in order; braces inside strings are handled
    by the real JSON decoder, not counted."""
    text = text[:MAX_SCAN_CHARS]
    start = text.find("{")
    while start != -1:
        try:
            value, end = _DECODER.raw_decode(text, start)
        except (ValueError, RecursionError):
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            yield value
        start = text.find("{", end)


def extract_json_object(
    text: str, accept: Callable[[dict[str, Any]], bool] | None = None
) -> dict[str, Any] | None:
    """The first object (optionally the first that `accept` likes), or None when there is none."""
    for obj in iter_json_objects(text):
        if accept is None or accept(obj):
            return obj
    return None


def finite_number(value: object) -> float | None:
    """A JSON number or numeric string as a finite float; None for anything else (bools too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    return None
