"""glibc allocator settings for a long-running sidecar, and giving freed memory back to the system.

glibc makes up to 8 arenas per core, one per thread that contends for malloc, and each keeps the
blocks its thread freed: the sidecar's worker, tokenizer and torch threads each held on to batch
memory. Two arenas (glibc's MALLOC_ARENA_MAX, see mallopt(3)), plus `malloc_trim(0)` after large
work, keep the RSS near the idle size (bench/RESULTS.md "Sidecar memory").

Not MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_: fixing either turns off glibc's adaptive mmap
threshold, so every activation tensor was mmapped, faulted in and unmapped again: ~50 % more CPU
per embedded text, measured, for 40-54 MiB less after indexing.
"""

import ctypes
import ctypes.util
import logging
import os
import sys
from functools import cache

log = logging.getLogger("siza_ml.memory")

ALLOCATOR_ENV = {"MALLOC_ARENA_MAX": "2"}
# Set by the re-exec below; its presence means "do not exec again" whatever the user set.
_MARK = "SIZA_ML_ALLOCATOR_SET"


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None  # musl has no malloc_trim


def reexec_with_allocator_env() -> None:
    """Replaces this process (same pid) with one that has ALLOCATOR_ENV, once, on glibc.

    glibc reads these at start-up only; an exec keeps the pid, which the extension checks
    against /health. A variable the user set is kept as it is.
    """
    if _libc() is None or os.environ.get(_MARK):
        return
    missing = {k: v for k, v in ALLOCATOR_ENV.items() if k not in os.environ}
    if not missing:
        return
    env = {**os.environ, **missing, _MARK: "1"}
    sys.stdout.flush()
    sys.stderr.flush()
    # orig_argv: the interpreter's own options (-I, -X ...) and `-m siza_ml ...`, as launched.
    os.execve(sys.executable, sys.orig_argv, env)  # noqa: S606 (our own interpreter and argv)


def trim() -> bool:
    """Hands freed heap memory back to the system (glibc); False where there is no malloc_trim."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
