"""Bounded off-loop execution for CPU work, so /health answers while a batch is encoded."""

from collections.abc import Callable
from functools import partial
from typing import TypeVar

import anyio.to_thread
from anyio import CapacityLimiter

T = TypeVar("T")


class CpuWorkers:
    """At most `limit` CPU jobs run at once, in threads; the event loop never waits on them."""

    def __init__(self, limit: int) -> None:
        self.limiter = CapacityLimiter(max(1, limit))

    async def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        return await anyio.to_thread.run_sync(partial(fn, *args, **kwargs), limiter=self.limiter)

    @property
    def busy(self) -> int:
        return int(self.limiter.borrowed_tokens)
