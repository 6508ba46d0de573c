"""Metrics: an event the extension records, and the aggregated report."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# No control characters: names end up in log lines and JSONL.
EventName = Annotated[
    str, StringConstraints(min_length=1, max_length=128, pattern=r"^[^\x00-\x1f\x7f]+$")
]
TierName = Annotated[
    str, StringConstraints(min_length=1, max_length=32, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
]
MetaKey = Annotated[str, StringConstraints(min_length=1, max_length=64)]
# Flat, small, JSON-safe values: integers stay within what a JavaScript number holds exactly.
MetaValue = (
    Annotated[str, StringConstraints(max_length=256)]
    | bool
    | Annotated[int, Field(ge=-(2**53), le=2**53)]
    | Annotated[float, Field(allow_inf_nan=False)]
    | None
)
MAX_META_KEYS = 16
# A day: anything longer is a clock bug, not a latency.
MAX_DURATION_MS = 86_400_000.0


class MetricEvent(BaseModel):
    # Strict: "1" is not a duration and 0 is not a bool, as the schema says (schemathesis checks).
    model_config = ConfigDict(extra="forbid", strict=True)

    event: EventName
    duration_ms: float = Field(ge=0, le=MAX_DURATION_MS, allow_inf_nan=False)
    tier: TierName = "in-process"
    ok: bool = True
    meta: dict[MetaKey, MetaValue] = Field(default_factory=dict, max_length=MAX_META_KEYS)


class MetricAck(BaseModel):
    accepted: Literal[True] = True


class EventStats(BaseModel):
    count: int
    errors: int
    mean_ms: float
    p50_ms: float
    p95_ms: float
    max_ms: float


class ReportWindow(BaseModel):
    end: str
    seconds: float
    records: int
    # True when the scan cap was reached: older records inside `since` were not counted.
    truncated: bool
    source: Literal["memory", "files"]
    dropped: int


class MetricsReport(BaseModel):
    events: dict[str, EventStats]
    tiers: dict[str, int]
    since: str
    window: ReportWindow
