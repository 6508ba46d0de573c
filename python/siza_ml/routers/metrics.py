"""Metrics: the extension records its own timings; a report aggregates them with the sidecar's."""

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AfterValidator

from ..deps import MetricsDep, WorkersDep
from ..schemas.metrics import MetricAck, MetricEvent, MetricsReport
from ..services.metrics_stats import SINCE_HELP, parse_since

router = APIRouter(prefix="/metrics", tags=["metrics"])


def _check_since(value: str | None) -> str | None:
    if value is not None:
        parse_since(value)  # ValueError -> 422 with pydantic's detail
    return value


SinceQuery = Annotated[
    str | None,
    Query(max_length=64, description=f"{SINCE_HELP}; omitted: every retained record"),
    AfterValidator(_check_since),
]


@router.post("/record", status_code=202)
async def record(event: MetricEvent, store: MetricsDep) -> MetricAck:
    # async: record() is O(1) in memory and must run on the loop (it wakes the flusher's Event).
    store.record(event.event, event.duration_ms, ok=event.ok, tier=event.tier, meta=event.meta)
    return MetricAck()


@router.get("/report")
async def report(store: MetricsDep, workers: WorkersDep, since: SinceQuery = None) -> MetricsReport:
    bound = parse_since(since) if since is not None else None
    return MetricsReport.model_validate(await store.report(bound, workers))
