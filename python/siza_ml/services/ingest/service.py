"""Ingestion's async side: read in the CPU workers, embed and upsert through the vector service, in
chunks, so /health answers throughout and memory stays bounded by one chunk."""

import asyncio
import contextlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from ...schemas.ingest import (
    AxeRule,
    AxeRulesStatus,
    IngestAxeRulesRequest,
    IngestAxeRulesResponse,
    IngestDatasetRequest,
    IngestDatasetResponse,
)
from ..scoring.references import AXE_COLLECTION, nearest_axe_rule
from ..vectors.store import UnknownCollection
from ..vectors.store_files import atomic_write
from .dataset import DatasetReader
from .errors import IngestError
from .paths import allowed_roots

log = logging.getLogger("siza_ml.ingest")

# Records per embed + upsert round (also bounded by SIZA_ML_MAX_BATCH_TEXTS).
CHUNK = 128
AXE_STAMP = Path("ingest") / "axe-rules.json"


def _lock(state: Any) -> asyncio.Lock:
    found = getattr(state, "ingest_lock", None)
    if found is None:
        found = state.ingest_lock = asyncio.Lock()
    return found


async def _count(state: Any, collection: str) -> int:
    try:
        return int((await state.vectors.stats(collection))["count"])
    except UnknownCollection:
        return 0


async def ingest_dataset(req: IngestDatasetRequest, state: Any) -> IngestDatasetResponse:
    lock = _lock(state)
    if lock.locked():
        raise IngestError(409, "another ingestion is running; try again when it has finished")
    async with lock:
        return await _ingest_dataset(req, state)


async def _ingest_dataset(req: IngestDatasetRequest, state: Any) -> IngestDatasetResponse:
    started = time.perf_counter()
    settings, workers, vectors = state.settings, state.workers, state.vectors
    reader = DatasetReader(req, settings.data_root, allowed_roots(settings.data_root))
    chunk = max(1, min(CHUNK, settings.max_batch_texts))
    count: int | None = None
    try:
        await workers.run(reader.open)
        while reader.stopped is None:
            records = await workers.run(reader.take, chunk)
            if not records:
                continue
            _, count = await vectors.upsert(
                req.collection,
                [r.id for r in records],
                [None] * len(records),
                [r.text for r in records],
                [r.metadata for r in records],
            )
    finally:
        await workers.run(reader.close)
    if reader.read == 0:
        raise IngestError(422, f"{reader.name} holds no records")
    skipped = sum(reader.skipped.values())
    log.info(
        "ingested %s into %s: read %d, kept %d, skipped %d %s",
        reader.name,
        req.collection,
        reader.read,
        reader.kept,
        skipped,
        dict(reader.skipped),
    )
    return IngestDatasetResponse(
        dataset=reader.name,
        collection=req.collection,
        read=reader.read,
        kept=reader.kept,
        skipped=skipped,
        skipped_by_reason=dict(sorted(reader.skipped.items())),
        stopped=reader.stopped or "end",
        collection_count=count if count is not None else await _count(state, req.collection),
        seconds=round(time.perf_counter() - started, 3),
    )


# ---- axe-core rules ------------------------------------------------------------------------------


def axe_rule_text(rule: AxeRule) -> str:
    """What a rule is embedded as: its id, axe's one-line help, its description and tags."""
    return f"{rule.id}: {rule.help}. {rule.description}\nTags: {', '.join(rule.tags)}"


def _read_stamp(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_stamp(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data).encode())  # tmp + fsync + os.replace


async def ingest_axe_rules(req: IngestAxeRulesRequest, state: Any) -> IngestAxeRulesResponse:
    lock = _lock(state)
    if lock.locked():
        raise IngestError(409, "another ingestion is running; try again when it has finished")
    async with lock:
        started = time.perf_counter()
        vectors, workers = state.vectors, state.workers
        stamp = state.settings.data_root / AXE_STAMP
        # Replaced whole: a rule axe-core dropped must not stay citable.
        with contextlib.suppress(UnknownCollection):
            await vectors.clear(AXE_COLLECTION)
        await workers.run(stamp.unlink, missing_ok=True)
        nearest_axe_rule(state).reset()
        step = max(1, state.settings.max_batch_texts)
        count = 0
        for start in range(0, len(req.rules), step):
            rules = req.rules[start : start + step]
            _, count = await vectors.upsert(
                AXE_COLLECTION,
                [r.id for r in rules],
                [None] * len(rules),
                [axe_rule_text(r) for r in rules],
                [
                    {
                        "source": "axe-core",
                        "version": req.version,
                        "id": r.id,
                        "help": r.help,
                        "url": r.helpUrl,
                        "tags": r.tags,
                    }
                    for r in rules
                ],
            )
        await workers.run(_write_stamp, stamp, {"version": req.version, "count": count})
        nearest_axe_rule(state).reset()
        seconds = round(time.perf_counter() - started, 3)
        log.info("ingested %d axe-core %s rules in %.2f s", len(req.rules), req.version, seconds)
        return IngestAxeRulesResponse(
            version=req.version, ingested=len(req.rules), collection_count=count, seconds=seconds
        )


async def axe_rules_status(state: Any) -> AxeRulesStatus:
    count = await _count(state, AXE_COLLECTION)
    stamp = await state.workers.run(_read_stamp, state.settings.data_root / AXE_STAMP)
    version = stamp.get("version") if stamp else None
    # The collection may have been edited through /vectors since: then no version is vouched for.
    if not isinstance(version, str) or not stamp or stamp.get("count") != count or count == 0:
        version = None
    return AxeRulesStatus(version=version, count=count)
