"""Coalesces concurrent embed calls into shared model batches; one batch runs at a time."""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import numpy as np

log = logging.getLogger("siza_ml.embeddings")

Encode = Callable[[list[str]], np.ndarray]
Run = Callable[..., Awaitable[np.ndarray]]


@dataclass(eq=False)
class _Job:
    texts: list[str]
    future: asyncio.Future[np.ndarray]
    # Longest first, so each chunk of a large request is padded to similar lengths.
    order: np.ndarray = field(init=False)
    taken: int = 0
    parts: list[tuple[int, np.ndarray]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.order = np.argsort([-len(t) for t in self.texts], kind="stable")

    @property
    def remaining(self) -> int:
        return len(self.texts) - self.taken

    def take(self, n: int) -> list[str]:
        idx = self.order[self.taken : self.taken + n]
        self.taken += len(idx)
        return [self.texts[i] for i in idx]

    def finish(self) -> None:
        rows = np.concatenate([vecs for _, vecs in sorted(self.parts, key=lambda p: p[0])])
        out = np.empty_like(rows)
        out[self.order] = rows  # undo the length sort
        self.future.set_result(out)


class MicroBatcher:
    """Requests that arrive while a batch is encoding (or within `window_s` of an idle start)
    share the next batch; small requests go first so a huge one cannot starve them."""

    def __init__(self, encode: Encode, run: Run, max_batch: int, window_s: float = 0.0) -> None:
        self._encode, self._run = encode, run
        self.max_batch = max(1, max_batch)
        self.window_s = window_s
        self._pending: list[_Job] = []
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.batches = 0  # encoded batches so far, for the bench and tests

    async def submit(self, texts: list[str]) -> np.ndarray:
        self._ensure_running()
        assert self._wakeup is not None  # noqa: S101 - set by _ensure_running
        job = _Job(list(texts), asyncio.get_running_loop().create_future())
        self._pending.append(job)
        self._wakeup.set()
        return await job.future

    def _ensure_running(self) -> None:
        loop = asyncio.get_running_loop()
        # A new loop (a second TestClient, a restart in-process) gets a fresh consumer.
        if self._task is None or self._task.done() or self._loop is not loop:
            self._loop, self._wakeup = loop, asyncio.Event()
            # Futures of a previous loop can never be resolved from this one.
            self._pending = [j for j in self._pending if j.future.get_loop() is loop]
            self._task = loop.create_task(self._consume(), name="embed-batcher")

    def _next_batch(self) -> tuple[list[str], list[tuple[_Job, int, int]]]:
        # Abandoned callers (client gone) cost nothing more.
        self._pending = [j for j in self._pending if not j.future.done()]
        texts: list[str] = []
        spans: list[tuple[_Job, int, int]] = []
        for job in sorted(self._pending, key=lambda j: j.remaining):
            room = self.max_batch - len(texts)
            if room <= 0:
                break
            start = job.taken
            chunk = job.take(room)
            spans.append((job, start, len(chunk)))
            texts.extend(chunk)
        return texts, spans

    async def _consume(self) -> None:
        assert self._wakeup is not None  # noqa: S101 - set before the task starts
        while True:
            await self._wakeup.wait()
            if self.window_s > 0:
                await asyncio.sleep(self.window_s)
            self._wakeup.clear()
            try:
                while True:
                    texts, spans = self._next_batch()
                    if not texts:
                        break
                    await self._encode_batch(texts, spans)
            except Exception as e:  # a bug here must not leave callers waiting forever
                log.exception("embedding batcher failed")
                for job in list(self._pending):
                    self._fail(job, e)

    async def _encode_batch(self, texts: list[str], spans: list[tuple[_Job, int, int]]) -> None:
        try:
            vecs = await self._run(self._encode, texts)
            if len(vecs) != len(texts):  # scattering would hand callers someone else's rows
                raise RuntimeError(f"the model gave {len(vecs)} vectors for {len(texts)} texts")
        except Exception as e:
            # Every caller in this batch gets the error; later batches try again.
            for job, _, _ in spans:
                self._fail(job, e)
            return
        self.batches += 1
        at = 0
        for job, start, n in spans:
            job.parts.append((start, vecs[at : at + n]))
            at += n
            if job.remaining == 0 and not job.future.done():
                job.finish()
                self._pending.remove(job)

    def _fail(self, job: _Job, error: BaseException) -> None:
        if not job.future.done():
            job.future.set_exception(error)
        with contextlib.suppress(ValueError):
            self._pending.remove(job)

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for job in list(self._pending):
            self._fail(job, RuntimeError("the embedding service is shutting down"))
        self._task = None
