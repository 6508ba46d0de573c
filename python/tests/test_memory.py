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


def test_sidecar_runs_with_two_arenas_under_the_spawned_pid(tmp_path: Path):
    s = start(tmp_path / "sidecar.log")
    try:
        assert environ_of(s.proc.pid)["MALLOC_ARENA_MAX"] == "2"
        with s.client() as c:
            health = c.get("/health").json()
        assert health["pid"] == s.proc.pid  # exec, not a child: the extension's pid check holds
        cmdline = Path(f"/proc/{s.proc.pid}/cmdline").read_bytes().split(b"\0")
        assert cmdline[:3] == [sys.executable.encode(), b"-m", b"siza_ml"]
    finally:
        stop(s.proc)


def test_a_value_the_user_set_is_kept(tmp_path: Path):
    s = start(tmp_path / "sidecar.log", MALLOC_ARENA_MAX="4")
    try:
        assert environ_of(s.proc.pid)["MALLOC_ARENA_MAX"] == "4"
    finally:
        stop(s.proc)
