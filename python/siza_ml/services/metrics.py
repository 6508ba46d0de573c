"""Metrics store: records buffered in memory, flushed in batches to rotated JSONL off the loop."""

import asyncio
import contextlib
import json
import logging
import os
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, BinaryIO

from ..config import Settings
from .metrics_stats import aggregate, iso, valid_record
from .workers import CpuWorkers

log = logging.getLogger("siza_ml.metrics")

FLUSH_INTERVAL_S = 1.0
FLUSH_EVERY = 256
# When the disk stalls, the oldest unflushed records go first so memory stays bounded.
MAX_PENDING = 50_000
MEMORY_RECORDS = 20_000
REPORT_MAX_RECORDS = 100_000


def _ends_torn(f: BinaryIO) -> bool:
    size = f.seek(0, os.SEEK_END)
    if not size:
        return False
    f.seek(size - 1)
    return f.read(1) != b"\n"


class MetricsStore:
    """One writer per sidecar process; `record` is O(1) and never touches the disk."""

    def __init__(
        self,
        path: Path,
        max_bytes: int,
        backups: int,
        *,
        memory_records: int = MEMORY_RECORDS,
        report_max_records: int = REPORT_MAX_RECORDS,
    ) -> None:
        self.path = path
        self.max_bytes = max(1, max_bytes)
        self.backups = max(0, backups)
        self.report_max_records = report_max_records
        self.started_at = time.time()
        self.dropped = 0
        # Held only for list operations, so the event loop never waits on file I/O.
        self._lock = threading.Lock()
        # Serialises a flush (swap + write) against a report's read: each record is seen once.
        self._file_lock = threading.Lock()
        self._pending: list[dict[str, Any]] = []
        self._recent: deque[dict[str, Any]] = deque(maxlen=memory_records)
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "MetricsStore":
        path = settings.data_root / "metrics" / "metrics.jsonl"
        return cls(path, settings.metrics_max_bytes, settings.metrics_backups)

    def record(
        self,
        event: str,
        duration_ms: float,
        *,
        ok: bool,
        tier: str,
        status: int | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        rec: dict[str, Any] = {
            "ts": time.time(),
            "event": event,
            "duration_ms": round(duration_ms, 3),
            "ok": ok,
            "tier": tier,
        }
        if status is not None:
            rec["status"] = status
        if meta:
            rec["meta"] = meta
        with self._lock:
            self._recent.append(rec)
            self._pending.append(rec)
            overflow = len(self._pending) - MAX_PENDING
            if overflow > 0:
                del self._pending[:overflow]
                self.dropped += overflow
            due = len(self._pending) >= FLUSH_EVERY
        if due and self._wake is not None:
            self._wake.set()

    async def start(self, workers: CpuWorkers) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._flush_loop(workers), name="siza-metrics-flush")

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        # Shutdown: nothing else is served any more, so a direct write is fine here.
        self.flush_sync()

    async def _flush_loop(self, workers: CpuWorkers) -> None:
        assert self._wake is not None  # noqa: S101 - set by start()
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), FLUSH_INTERVAL_S)
            self._wake.clear()
            if not self._pending:
                continue
            try:
                await workers.run(self.flush_sync)
            except Exception:
                log.exception("metrics flush failed")

    def flush_sync(self) -> int:
        """Append the pending records; on a write error they are counted as dropped."""
        with self._file_lock:
            with self._lock:
                batch, self._pending = self._pending, []
            if not batch:
                return 0
            data = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in batch).encode()
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._rotate_if_needed(len(data))
                with self.path.open("a+b") as f:
                    if _ends_torn(f):
                        data = b"\n" + data  # a line torn by a crash must not swallow our first one
                    f.write(data)  # "a" mode: always at the end
            except OSError as exc:
                with self._lock:
                    self.dropped += len(batch)
                log.warning("metrics: %d records not written to %s: %s", len(batch), self.path, exc)
                return 0
            return len(batch)

    def files(self) -> list[Path]:
        """Newest first: the live file, then its backups .1, .2, ..."""
        return [self.path, *(self.path.with_name(f"{self.path.name}.{i}") for i in self._nums())]

    def _nums(self) -> range:
        return range(1, self.backups + 1)

    def _rotate_if_needed(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size == 0 or size + incoming <= self.max_bytes:
            return
        files = self.files()
        if self.backups == 0:
            self.path.unlink()
            return
        # Same scheme as logging.RotatingFileHandler: .1 is the newest backup.
        for i in range(self.backups - 1, 0, -1):
            if files[i].exists():
                files[i].replace(files[i + 1])
        self.path.replace(files[1])

    def _memory_covers(self, since: float | None) -> bool:
        if since is None:
            return False
        with self._lock:
            full = len(self._recent) == self._recent.maxlen
            oldest = self._recent[0]["ts"] if full else self.started_at
        return since >= oldest

    async def report(self, since: float | None, workers: CpuWorkers) -> dict[str, Any]:
        return await workers.run(self.report_sync, since)

    def report_sync(self, since: float | None) -> dict[str, Any]:
        now = time.time()
        if self._memory_covers(since):
            with self._lock:
                records = [r for r in self._recent if r["ts"] >= (since or 0.0)]
            source, truncated = "memory", False
        else:
            records, truncated = self._read_all(since)
            source = "files"
        events, tiers = aggregate(records)
        start = since if since is not None else min((r["ts"] for r in records), default=now)
        return {
            "events": events,
            "tiers": tiers,
            "since": iso(start),
            "window": {
                "end": iso(now),
                "seconds": round(max(0.0, now - start), 3),
                "records": len(records),
                "truncated": truncated,
                "source": source,
                "dropped": self.dropped,
            },
        }

    def _read_all(self, since: float | None) -> tuple[list[dict[str, Any]], bool]:
        """Pending records plus the files, newest first, bounded by `report_max_records`."""
        with self._file_lock:
            with self._lock:
                records = [r for r in self._pending if since is None or r["ts"] >= since]
            budget = self.report_max_records - len(records)
            for path in self.files():
                try:
                    lines = path.read_bytes().splitlines()
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    log.warning("metrics: cannot read %s: %s", path, exc)
                    continue
                for line in reversed(lines):
                    if budget <= 0:
                        return records, True
                    budget -= 1
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue  # a line cut by a crash or edited by hand
                    if not valid_record(rec):
                        continue
                    # Lines are appended in time order: everything further back is older too.
                    if since is not None and rec["ts"] < since:
                        return records, False
                    records.append(rec)
        return records, False
