"""Pure helpers of the metrics report: `since` parsing, percentiles, per-event aggregation."""

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

# Larger values are almost surely JavaScript milliseconds (Date.now()), not seconds.
MAX_EPOCH_S = 1e11
SINCE_HELP = "ISO 8601 (e.g. 2026-01-31T12:00:00Z) or epoch seconds (e.g. 1767182400)"


def parse_since(raw: str) -> float:
    """`since` as epoch seconds; ValueError with a message the client can act on."""
    text = raw.strip()
    try:
        value = float(text)
    except ValueError:
        pass
    else:
        if not math.isfinite(value) or not 0 <= value <= MAX_EPOCH_S:
            raise ValueError(f"since: epoch seconds must be between 0 and {MAX_EPOCH_S:.0e}")
        return value
    # fromisoformat accepts a trailing Z only from Python 3.11; the sidecar supports 3.10.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.timestamp()
    except (ValueError, OverflowError, OSError) as exc:
        raise ValueError(f"since must be {SINCE_HELP}") from exc


def iso(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, tz=timezone.utc).isoformat(timespec="milliseconds")


def percentile(sorted_values: list[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default, Excel PERCENTILE.INC)."""
    if not sorted_values:
        raise ValueError("percentile of no values")
    rank = (len(sorted_values) - 1) * pct / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(sorted_values) - 1)
    fraction = rank - low
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * fraction


def event_stats(durations: list[float], errors: int) -> dict[str, float | int]:
    ordered = sorted(durations)
    # Microsecond resolution: more digits would only be float noise.
    return {
        "count": len(ordered),
        "errors": errors,
        "mean_ms": round(math.fsum(ordered) / len(ordered), 3),
        "p50_ms": round(percentile(ordered, 50), 3),
        "p95_ms": round(percentile(ordered, 95), 3),
        "max_ms": ordered[-1],
    }


def aggregate(records: Iterable[dict[str, Any]]) -> tuple[dict[str, dict], dict[str, int]]:
    """Per-event latency stats and per-tier counts of already validated records."""
    durations: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    tiers: Counter[str] = Counter()
    for record in records:
        name = record["event"]
        durations[name].append(record["duration_ms"])
        errors[name] += 0 if record["ok"] else 1
        tiers[record["tier"]] += 1
    events = {name: event_stats(values, errors[name]) for name, values in sorted(durations.items())}
    return events, dict(sorted(tiers.items()))


def valid_record(record: object) -> bool:
    """Guards the report against hand-edited or truncated lines in the JSONL files."""
    if not isinstance(record, dict):
        return False
    ts, name, ms = record.get("ts"), record.get("event"), record.get("duration_ms")
    return (
        isinstance(ts, (int, float))
        and isinstance(name, str)
        and isinstance(ms, (int, float))
        and not isinstance(ms, bool)
        and math.isfinite(ms)
        and isinstance(record.get("ok"), bool)
        and isinstance(record.get("tier"), str)
    )
