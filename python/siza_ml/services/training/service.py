"""What the /train routes call: accepts a job (data checked before answering), runs it in its own
thread, answers status from memory (the running job) or jobs.json (the rest), lists adapters.

The job thread is not a CpuWorkers thread: a job holds its thread for minutes, and the workers
must stay free for /embed, /score and the rest. torch's intra-op thread count is per OS thread
once that thread has run torch code, but set_num_threads also sets the process default that
fresh threads start with (and MKL's global count); so the job sets SIZA_ML_TRAIN_THREADS in its
own thread at start and restores the previous default when it ends. The inter-op pool is left
alone: only TorchScript's fork/wait uses it, and it can be sized once per process only.
"""

import asyncio
import logging
import secrets
import threading
import time

from ...config import Settings
from ...schemas.train import (
    AdapterInfo,
    DatasetInfo,
    TrainJob,
    TrainJobSummary,
    TrainStartRequest,
    TrainSummary,
)
from ..workers import CpuWorkers
from . import adapters, data
from .errors import TrainError
from .jobs import INTERRUPTED, JobRecord, JobRegistry, is_active, utc_now
from .models import resolve_base
from .runner import Cancelled, LiveJob, RunContext, run

log = logging.getLogger("siza_ml.training")

# jobs.json is rewritten at most this often while a job trains (and at every state change).
PERSIST_EVERY_S = 2.0
# On shutdown, how long to wait for the job to reach a step boundary before recording it anyway.
STOP_WAIT_S = 3.0


def new_job_id() -> str:
    return f"{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{secrets.token_hex(3)}"


class TrainingService:
    def __init__(self, settings: Settings, workers: CpuWorkers) -> None:
        self.settings = settings
        self.workers = workers
        self.adapters_dir = settings.data_root / "adapters"
        self._registry: JobRegistry | None = None
        self._live: LiveJob | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._last_persist = 0.0

    @property
    def registry(self) -> JobRegistry:
        # Built on first use: create_app() (e.g. for the OpenAPI document) touches no files.
        if self._registry is None:
            self._registry = JobRegistry(self.settings.data_root / "training")
        return self._registry

    async def start(self) -> None:
        try:
            await self.workers.run(self.registry.recover)
        except Exception as exc:  # the sidecar must start even if the job file cannot be read
            log.warning("could not check %s for interrupted jobs: %s", self.registry.file.path, exc)

    async def aclose(self) -> None:
        live, thread = self._live, self._thread
        if live is None or thread is None:
            return
        self._stopping = True
        live.cancel.set()
        await asyncio.to_thread(thread.join, STOP_WAIT_S)
        if thread.is_alive():  # mid-step: record it now; the daemon thread ends with the process
            live.change(lambda r: self._finish(r, "failed", INTERRUPTED))
            self._persist(live, force=True)

    # --- starting -------------------------------------------------------------------------

    def _examples(self, req: TrainStartRequest) -> tuple[list[data.Example], str]:
        if req.examples is not None:
            return data.check_inline(req.examples), "inline"
        assert req.dataset_path is not None  # noqa: S101 - the schema requires one of the two
        path = data.dataset_file(self.settings.data_root, req.dataset_path)
        shown = path.relative_to(self.settings.data_root.resolve()).as_posix()
        return data.load_jsonl(path, shown), shown

    def _accept(self, req: TrainStartRequest) -> RunContext:
        """Everything that can be refused with a clear 4xx, checked before the job exists."""
        hp = req.hyperparameters
        base = resolve_base(self.settings, req.base_model, req.model_path)
        examples, source = self._examples(req)
        train, held_out = data.split(examples, hp.eval_fraction, hp.seed)
        total = hp.max_steps or hp.epochs * data.steps_per_epoch(len(train), hp.batch_size)
        if total > self.settings.train_max_steps:
            raise TrainError(
                f"this job would take {total} steps; the limit is {self.settings.train_max_steps} "
                "(SIZA_ML_TRAIN_MAX_STEPS): lower epochs or max_steps"
            )
        record = JobRecord(
            id=new_job_id(),
            state="queued",
            base_model=req.base_model,
            model_id=base.model_id,
            created_at=utc_now(),
            hyperparameters=hp,
            dataset=DatasetInfo(
                source=source,
                examples=len(examples),
                train_examples=len(train),
                eval_examples=len(held_out),
            ),
        )
        record.progress.total_steps = total
        self.registry.create(record)  # 409 when a job runs here or in another sidecar
        live = LiveJob(record.model_copy(update={"owner": self.registry.owner}))
        ctx = RunContext(live, base, train, held_out, self.adapters_dir, lambda _: None)
        ctx.persist = lambda force: self._persist(live, force)
        return ctx

    async def start_job(self, req: TrainStartRequest) -> TrainJob:
        ctx = await self.workers.run(self._accept, req)
        self._live = ctx.job
        self._thread = threading.Thread(
            target=self._job_thread, args=(ctx,), name=f"train-{ctx.job.id}", daemon=True
        )
        accepted = _public(ctx.job.snapshot())  # before the thread can move it on
        self._thread.start()
        return accepted

    # --- the job's thread -----------------------------------------------------------------

    @staticmethod
    def _finish(r: JobRecord, state: str, error: str | None = None) -> None:
        r.state = state  # type: ignore[assignment]
        r.error = error
        r.finished_at = r.finished_at or utc_now()
        r.progress.eta_s = None

    def _persist(self, live: LiveJob, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_persist < PERSIST_EVERY_S:
            return
        self._last_persist = now
        try:
            if self.registry.save(live.snapshot()):
                live.change(lambda r: setattr(r, "cancel_requested", True))
                live.cancel.set()  # another sidecar asked (through jobs.json)
        except Exception as exc:  # a busy lock or a full disk must not kill the job
            log.warning("could not record training job %s: %s", live.id, exc)

    def _job_thread(self, ctx: RunContext) -> None:
        import torch

        live = ctx.job
        previous = torch.get_num_threads()
        torch.set_num_threads(self.settings.train_threads)

        def preparing(r: JobRecord) -> None:
            r.state, r.started_at = "preparing", utc_now()

        live.change(preparing)
        ctx.persist(True)
        try:
            path, metrics = run(ctx)
            info = adapters.info_from(path, base_model=ctx.base.model_id, job_id=live.id)
            info.metrics = metrics

            def complete(r: JobRecord) -> None:
                self._finish(r, "complete")
                r.adapter = info

            live.change(complete)
            log.info("training job %s complete: adapter %s", live.id, path)
        except Cancelled:
            state, error = ("failed", INTERRUPTED) if self._stopping else ("cancelled", None)
            live.change(lambda r: self._finish(r, state, error))
        except TrainError as exc:
            message = str(exc)
            live.change(lambda r: self._finish(r, "failed", message))
        except Exception as exc:
            log.exception("training job %s failed", live.id)
            message = f"{type(exc).__name__}: {exc}"
            live.change(lambda r: self._finish(r, "failed", message))
        finally:
            torch.set_num_threads(previous)
            ctx.persist(True)
            if self._live is live:
                self._live = None

    # --- reading ---------------------------------------------------------------------------

    def _job(self, job_id: str) -> JobRecord | None:
        live = self._live
        if live is not None and live.id == job_id:
            return live.snapshot()
        return self.registry.get(job_id)

    async def status(self, job_id: str) -> TrainJob:
        job = await self.workers.run(self._job, job_id)
        if job is None:
            raise TrainError(f"no training job {job_id!r}", status=404)
        return _public(job)

    def _cancel(self, job_id: str) -> JobRecord | None:
        live = self._live
        if live is not None and live.id == job_id:
            if is_active(live.snapshot()):
                live.change(lambda r: setattr(r, "cancel_requested", True))
                live.cancel.set()
            return live.snapshot()
        job = self.registry.get(job_id)
        if job is not None and is_active(job):
            return self.registry.request_cancel(job_id)
        return job  # finished (or unknown): nothing to do

    async def cancel(self, job_id: str) -> TrainJob:
        job = await self.workers.run(self._cancel, job_id)
        if job is None:
            raise TrainError(f"no training job {job_id!r}", status=404)
        return _public(job)

    def _summary(self) -> TrainSummary:
        jobs = {j.id: j for j in self.registry.all()}
        live = self._live
        if live is not None:
            jobs[live.id] = live.snapshot()
        ordered = sorted(jobs.values(), key=lambda j: (j.created_at, j.id), reverse=True)
        active = next((j.id for j in ordered if is_active(j)), None)
        return TrainSummary(
            jobs=[_summary(j) for j in ordered],
            adapters=adapters.list_all(self.adapters_dir),
            active=active,
        )

    async def summary(self) -> TrainSummary:
        return await self.workers.run(self._summary)

    async def adapters(self) -> list[AdapterInfo]:
        return await self.workers.run(adapters.list_all, self.adapters_dir)

    async def delete_adapter(self, name: str) -> None:
        await self.workers.run(adapters.delete, self.adapters_dir, name, self.settings)


def _public(job: JobRecord) -> TrainJob:
    return TrainJob.model_validate(job.model_dump(exclude={"owner"}))


def _summary(job: JobRecord) -> TrainJobSummary:
    return TrainJobSummary(
        id=job.id,
        state=job.state,
        base_model=job.base_model,
        model_id=job.model_id,
        created_at=job.created_at,
        finished_at=job.finished_at,
        progress=job.progress,
        error=job.error,
        adapter=job.adapter.name if job.adapter else None,
    )
