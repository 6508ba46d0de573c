"""The sidecar re-execs itself (same pid) with glibc's allocator settings; a set value is kept."""

import sys
from pathlib import Path

import pytest

from sidecar_proc import start, stop
from siza_ml import memory

pytestmark = pytest.mark.skipif(memory.trim() is False, reason="glibc only (malloc_trim)")


def environ_of(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


def test_sidecar_runs_with_the_allocator_settings_under_the_spawned_pid(tmp_path: Path):
    s = start(tmp_path / "sidecar.log", MALLOC_ARENA_MAX="4")
    try:
        env = environ_of(s.proc.pid)
        assert env["MALLOC_ARENA_MAX"] == "4"  # the user's own value wins
        assert env["MALLOC_MMAP_THRESHOLD_"] == "131072"
        assert env["MALLOC_TRIM_THRESHOLD_"] == "131072"
        with s.client() as c:
            health = c.get("/health").json()
        assert health["pid"] == s.proc.pid  # exec, not a child: the extension's pid check holds
        cmdline = Path(f"/proc/{s.proc.pid}/cmdline").read_bytes().split(b"\0")
        assert cmdline[:3] == [sys.executable.encode(), b"-m", b"siza_ml"]
    finally:
        stop(s.proc)
