"""A cross-process lock that the extension's in-process tier honours too (protocol v2).

The same protocol as src/store/lock.ts (docs/vector-store-format.md, "Locking"): the lock is a
directory made with mkdir (atomic everywhere) holding an `owner` JSON file {version, nonce, pid,
host, acquiredAt}; the owner touches the directory's mtime every STALE_S / 2 seconds. A lock whose
owner is not running on this host, or whose mtime is older than STALE_S, is stale: it is renamed
aside (of two breakers only one rename wins) and removed. The nonce is checked before release,
by the heartbeat and by `assert_held()` before every write, so an owner that was stopped past
STALE_S (a laptop asleep, a SIGSTOP) raises LockLost instead of writing over the new owner.
"""

import contextlib
import datetime
import json
import logging
import os
import random
import secrets
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any

STALE_S = 10.0
PROTOCOL = 2
OWNER_FILE = "owner"

log = logging.getLogger("siza_ml.lock")


class LockTimeout(Exception):
    """The lock stayed held by someone else for the whole timeout."""


class LockLost(Exception):
    """Another process broke this lock as stale: the write in progress is abandoned."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(path: Path) -> dict[str, Any] | None:
    """The owner record; None while it is written, or for an empty protocol-1 lock."""
    try:
        owner = json.loads((path / OWNER_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    ok = isinstance(owner, dict) and isinstance(owner.get("nonce"), str)
    return owner if ok and isinstance(owner.get("pid"), int) else None


def _who(owner: dict[str, Any] | None) -> str:
    return f"pid {owner['pid']} on {owner.get('host')}" if owner else "no one"


class DirLock:
    def __init__(self, path: Path, timeout: float, stale: float | None = None) -> None:
        self.path, self.timeout = path, timeout
        self.stale = STALE_S if stale is None else stale
        self.nonce = secrets.token_hex(16)
        self._held = False
        self._lost_to: str | None = None
        self._stop: threading.Event | None = None

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        self.nonce = secrets.token_hex(16)  # one per acquisition: an old release can never match
        while not self._try_create():
            if self._break_if_stale():
                continue
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{self.path} is held by another process")
            time.sleep(delay * (0.5 + random.random()))  # noqa: S311 (jitter, not crypto)
            delay = min(delay * 2, 0.2)
        self._held, self._lost_to = True, None
        self._stop = threading.Event()
        threading.Thread(target=self._heartbeat, args=(self._stop,), daemon=True).start()

    def _try_create(self) -> bool:
        try:
            os.mkdir(self.path)
        except FileExistsError:
            return False
        owner = {
            "version": PROTOCOL,
            "nonce": self.nonce,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "acquiredAt": datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z"),
        }
        tmp = self.path / f"{OWNER_FILE}.{self.nonce}.tmp"
        try:
            tmp.write_text(json.dumps(owner, separators=(",", ":")))
            os.replace(tmp, self.path / OWNER_FILE)
        except BaseException:
            shutil.rmtree(self.path, ignore_errors=True)  # disk full: never leave an ownerless lock
            raise
        return True

    def _break_if_stale(self) -> bool:
        """Move a stale lock aside and remove it; True to try mkdir again at once."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return True  # released meanwhile
        owner = read_owner(self.path)
        age = time.time() - st.st_mtime
        dead = owner is not None and owner.get("host") == socket.gethostname()
        dead = dead and not _alive(owner["pid"])
        if not dead and age <= self.stale:
            return False
        aside = self.path.with_name(f"{self.path.name}.stale-{secrets.token_hex(6)}")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return True  # another breaker won
        try:
            moved_ino = aside.stat().st_ino
        except FileNotFoundError:
            moved_ino = st.st_ino
        if moved_ino != st.st_ino:
            # Between our look and our rename the lock was broken and taken afresh: give it back.
            with contextlib.suppress(OSError):
                os.rename(aside, self.path)
        else:
            why = "not running" if dead else f"silent for {age:.0f} s"
            log.warning("broke the stale lock %s of %s (%s)", self.path.name, _who(owner), why)
        shutil.rmtree(aside, ignore_errors=True)
        return True

    def assert_held(self) -> None:
        """Raise LockLost unless the lock on disk is still ours; call it before every write."""
        if not self._held:
            raise LockLost(f"{self.path} is not held")
        if self._lost_to is None:
            owner = read_owner(self.path)
            if owner is None or owner["nonce"] != self.nonce:
                self._lose(owner)
        if self._lost_to is not None:
            raise LockLost(
                f"the lock {self.path.name} was broken as stale and is now held by "
                f"{self._lost_to}; this write was abandoned"
            )

    def _lose(self, owner: dict[str, Any] | None) -> None:
        self._lost_to = _who(owner)
        if self._stop is not None:
            self._stop.set()
        log.warning("lost the lock %s (now held by %s)", self.path.name, self._lost_to)

    def release(self) -> None:
        """Remove the lock only if it is still ours: never someone else's."""
        if self._stop is not None:
            self._stop.set()
        self._stop = None
        if not self._held:
            return
        self._held = False
        if self._lost_to is not None:
            return
        owner = read_owner(self.path)
        if owner is None or owner["nonce"] != self.nonce:
            self._lose(owner)
            return
        aside = self.path.with_name(f"{self.path.name}.released-{self.nonce}")
        os.rename(self.path, aside)
        moved = read_owner(aside)
        if moved is None or moved["nonce"] != self.nonce:
            with contextlib.suppress(OSError):
                os.rename(aside, self.path)  # broken and retaken in between: not ours to remove
        shutil.rmtree(aside, ignore_errors=True)

    def _heartbeat(self, stop: threading.Event) -> None:
        # A long operation (a snapshot of a big collection) must not look like a dead owner.
        while not stop.wait(self.stale / 2):
            owner = read_owner(self.path)
            if owner is None or owner["nonce"] != self.nonce:
                self._lose(owner)
                return
            with contextlib.suppress(OSError):
                os.utime(self.path)
