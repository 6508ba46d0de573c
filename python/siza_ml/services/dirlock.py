"""A cross-process lock that the extension's in-process tier honours too.

The protocol is the one of the npm package proper-lockfile, which the TypeScript tier uses on the
same collections: the lock is a directory created with mkdir (atomic on every filesystem), its
owner touches its mtime every STALE_S / 2 seconds, and a lock whose mtime is older than STALE_S is
stale (its owner died) and may be removed by anyone. No native code on either side.
"""

import contextlib
import os
import random
import threading
import time
from pathlib import Path

STALE_S = 10.0
UPDATE_S = STALE_S / 2


class LockTimeout(Exception):
    """The lock stayed held by someone else for the whole timeout."""


class DirLock:
    def __init__(self, path: Path, timeout: float) -> None:
        self.path, self.timeout = path, timeout
        self._stop: threading.Event | None = None
        self._beat: threading.Thread | None = None

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        while True:
            try:
                os.mkdir(self.path)
                break
            except FileExistsError:
                if self._break_if_stale():
                    continue
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{self.path} is held by another process")
            time.sleep(delay * (0.5 + random.random()))  # noqa: S311 (jitter, not crypto)
            delay = min(delay * 2, 0.2)
        self._stop = threading.Event()
        self._beat = threading.Thread(target=self._heartbeat, args=(self._stop,), daemon=True)
        self._beat.start()

    def release(self) -> None:
        if self._stop is not None:
            self._stop.set()
        self._stop = self._beat = None
        with contextlib.suppress(FileNotFoundError):
            os.rmdir(self.path)

    def _break_if_stale(self) -> bool:
        try:
            age = time.time() - self.path.stat().st_mtime
        except FileNotFoundError:
            return True  # released meanwhile: try mkdir again at once
        if age <= STALE_S:
            return False
        with contextlib.suppress(FileNotFoundError, OSError):
            os.rmdir(self.path)
        return True

    def _heartbeat(self, stop: threading.Event) -> None:
        # A long operation (a snapshot of a big collection) must not look like a dead owner.
        while not stop.wait(UPDATE_S):
            with contextlib.suppress(OSError):
                os.utime(self.path)
