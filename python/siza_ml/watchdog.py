"""Exit when the extension host (our parent) dies, so no orphan sidecar keeps the port."""

import logging
import os
import signal
import threading
import time

import psutil

log = logging.getLogger("siza_ml.watchdog")

POLL_S = 1.0
# Time uvicorn gets for a graceful shutdown before we stop waiting for it.
GRACE_S = 5.0


def parent_alive(pid: int) -> bool:
    if not psutil.pid_exists(pid):
        return False
    try:
        # A zombie parent is dead; it only waits to be reaped by its own parent.
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


class ParentWatchdog:
    def __init__(self, parent_pid: int, poll_s: float = POLL_S, grace_s: float = GRACE_S) -> None:
        self.parent_pid = parent_pid
        self.poll_s = poll_s
        self.grace_s = grace_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="siza-ml-watchdog", daemon=True)

    def start(self) -> None:
        log.info("watching parent pid %d", self.parent_pid)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.poll_s):
            if not parent_alive(self.parent_pid):
                break
        else:
            return  # stopped by a normal shutdown
        log.warning("parent pid %d is gone; shutting down", self.parent_pid)
        # SIGTERM lets uvicorn run its graceful shutdown (lifespan exit, open responses).
        os.kill(os.getpid(), signal.SIGTERM)
        # Not cancellable by stop(): a process that finished shutdown but still hangs must die too.
        time.sleep(self.grace_s)
        log.error("still alive %.0f s after SIGTERM; exiting hard", self.grace_s)
        os._exit(1)
