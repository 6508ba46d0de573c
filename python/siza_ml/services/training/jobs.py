"""The job registry: <data dir>/training/jobs.json, shared by every sidecar on the data folder.

Each VS Code window runs its own sidecar on the same data folder, so the file is updated
read-merge-write under a DirLock and replaced atomically (tmp + fsync + os.replace). A record names
its owner (pid + process start time, so a reused pid is not mistaken for it): a queued, preparing
or training job whose owner is gone was interrupted by a crash or restart and reads as failed;
a job another live sidecar runs is left alone and still counts as "the one running job".
"""

import contextlib
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import psutil
from pydantic import BaseModel, ValidationError

from ...schemas.train import ACTIVE_STATES, TrainJob
from ..vectors.dirlock import DirLock, LockTimeout
from ..vectors.store_files import atomic_write, prune_set_asides
from .errors import TrainError

log = logging.getLogger("siza_ml.training")

JOBS_FILE = "jobs.json"
FORMAT = 1
INTERRUPTED = "interrupted by a sidecar restart"
# Finished jobs kept in the file (newest first); running ones are always kept.
MAX_KEPT = 100
LOCK_TIMEOUT_S = 10.0
T = TypeVar("T")


class Owner(BaseModel):
    pid: int
    started: float


class JobRecord(TrainJob):
    owner: Owner | None = None


def current_owner() -> Owner:
    process = psutil.Process()
    return Owner(pid=process.pid, started=process.create_time())


def owner_alive(owner: Owner | None) -> bool:
    if owner is None:
        return False
    try:
        return abs(psutil.Process(owner.pid).create_time() - owner.started) < 1.0
    except psutil.Error:
        return False


def utc_now() -> str:
    # Milliseconds: jobs sort by creation time, and two may start within one second.
    now = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1000):03d}Z"


def is_active(job: TrainJob) -> bool:
    return job.state in ACTIVE_STATES


def _orphaned(job: JobRecord) -> bool:
    return is_active(job) and not owner_alive(job.owner)


def _as_interrupted(job: JobRecord) -> JobRecord:
    return job.model_copy(
        update={
            "state": "failed",
            "error": INTERRUPTED,
            "finished_at": job.finished_at or utc_now(),
        }
    )


class JobFile:
    """jobs.json: whole-file reads (cached by stat) and locked read-modify-write updates."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / JOBS_FILE
        self._cache: tuple[tuple[int, int, int], dict[str, JobRecord]] | None = None

    def _parse(self, data: bytes) -> dict[str, JobRecord]:
        doc = json.loads(data)
        if not isinstance(doc, dict) or not isinstance(doc.get("jobs"), list):
            raise ValueError("not a jobs document")
        jobs: dict[str, JobRecord] = {}
        for raw in doc["jobs"]:
            try:
                job = JobRecord.model_validate(raw)
            except ValidationError as exc:
                log.warning("%s: skipping an unreadable job record: %s", self.path, exc)
                continue
            jobs[job.id] = job
        return jobs

    def read(self) -> dict[str, JobRecord]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return {}
        key = (st.st_mtime_ns, st.st_size, st.st_ino)
        if self._cache and self._cache[0] == key:
            return dict(self._cache[1])
        try:
            jobs = self._parse(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError) as exc:
            self._set_aside(exc)
            return {}
        self._cache = (key, jobs)
        return dict(jobs)

    def _set_aside(self, exc: Exception) -> None:
        # Kept for a human to look at; a fresh registry starts. Only unreadable files get here.
        target = self.path.with_name(f"{JOBS_FILE}.corrupt-{int(time.time())}")
        with contextlib.suppress(OSError):
            self.path.replace(target)
            log.warning("%s is unreadable (%s); moved to %s", self.path, exc, target.name)
            prune_set_asides(self.path)  # the newest 3 are kept

    def _write(self, jobs: dict[str, JobRecord]) -> None:
        finished = sorted(
            (j for j in jobs.values() if not is_active(j)), key=lambda j: j.created_at
        )
        for old in finished[:-MAX_KEPT] if len(finished) > MAX_KEPT else []:
            del jobs[old.id]
        doc = {"format": FORMAT, "jobs": [j.model_dump(mode="json") for j in jobs.values()]}
        atomic_write(self.path, json.dumps(doc, separators=(",", ":")).encode())

    def update(self, fn: Callable[[dict[str, JobRecord]], T]) -> T:
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = DirLock(self.folder / "jobs.lock", LOCK_TIMEOUT_S)
        try:
            lock.acquire()
        except LockTimeout as exc:
            raise TrainError(f"the job registry is busy: {exc}", status=503) from exc
        try:
            jobs = self.read()
            result = fn(jobs)
            self._write(jobs)
            self._cache = None
            return result
        finally:
            lock.release()


class JobRegistry:
    """Jobs on disk, seen through owner liveness (an orphan reads as failed, interrupted)."""

    def __init__(self, folder: Path) -> None:
        self.file = JobFile(folder)
        self.owner = current_owner()

    @staticmethod
    def _mark_orphans(jobs: dict[str, JobRecord]) -> list[str]:
        marked = [job_id for job_id, job in jobs.items() if _orphaned(job)]
        for job_id in marked:
            jobs[job_id] = _as_interrupted(jobs[job_id])
        return marked

    def recover(self) -> list[str]:
        """At start: jobs left running by a sidecar that died are recorded as failed."""
        if not self.file.path.exists():
            return []
        marked = self.file.update(self._mark_orphans)
        for job_id in marked:
            log.warning("training job %s was %s", job_id, INTERRUPTED)
        return marked

    def create(self, job: JobRecord) -> None:
        """Records a new job; TrainError 409 when one is running (here or in another sidecar)."""

        def add(jobs: dict[str, JobRecord]) -> None:
            self._mark_orphans(jobs)
            running = next((j for j in jobs.values() if is_active(j)), None)
            if running is not None:
                where = "" if running.owner == self.owner else " in another sidecar"
                raise TrainError(
                    f"training job {running.id} is {running.state}{where}; one job runs at a "
                    "time (cancel it or wait for it to finish)",
                    status=409,
                )
            jobs[job.id] = job.model_copy(update={"owner": self.owner})

        self.file.update(add)

    def save(self, job: JobRecord) -> bool:
        """Writes this sidecar's job; True when a cancel was requested on disk (by another)."""

        def put(jobs: dict[str, JobRecord]) -> bool:
            on_disk = jobs.get(job.id)
            requested = bool(on_disk and on_disk.cancel_requested)
            update = {"owner": self.owner, "cancel_requested": job.cancel_requested or requested}
            jobs[job.id] = job.model_copy(update=update)
            return requested

        return self.file.update(put)

    def request_cancel(self, job_id: str) -> JobRecord | None:
        """For a job another sidecar runs: flag it on disk; its runner reads the flag."""

        def flag(jobs: dict[str, JobRecord]) -> JobRecord | None:
            self._mark_orphans(jobs)
            job = jobs.get(job_id)
            if job is not None and is_active(job):
                job = jobs[job_id] = job.model_copy(update={"cancel_requested": True})
            return job

        return self.file.update(flag)

    def get(self, job_id: str) -> JobRecord | None:
        job = self.file.read().get(job_id)
        return _as_interrupted(job) if job is not None and _orphaned(job) else job

    def all(self) -> list[JobRecord]:
        jobs = [_as_interrupted(j) if _orphaned(j) else j for j in self.file.read().values()]
        return sorted(jobs, key=lambda j: (j.created_at, j.id), reverse=True)
