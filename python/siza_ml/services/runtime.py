"""Process facts for /health and /ready; versions come from package metadata, never imports."""

import os
import platform
import time
from importlib import metadata

import psutil

from .. import __version__
from ..schemas import Memory, Versions

_MB = 1024 * 1024

# Contract field -> distribution names to try (first installed wins).
_DISTRIBUTIONS: dict[str, tuple[str, ...]] = {
    "fastapi": ("fastapi",),
    "uvicorn": ("uvicorn",),
    "torch": ("torch",),
    "transformers": ("transformers",),
    "sentence_transformers": ("sentence-transformers",),
    "faiss": ("faiss-cpu", "faiss-gpu", "faiss"),
    "peft": ("peft",),
}


def dist_version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


class Runtime:
    def __init__(self) -> None:
        self.pid = os.getpid()
        self.started_at = time.monotonic()
        self._process = psutil.Process(self.pid)
        self._versions: Versions | None = None

    def mark_started(self) -> None:
        self.started_at = time.monotonic()

    def uptime_s(self) -> float:
        return round(time.monotonic() - self.started_at, 3)

    @staticmethod
    def python_version() -> str:
        return platform.python_version()

    def memory(self) -> Memory:
        vm = psutil.virtual_memory()
        return Memory(
            rss_mb=round(self._process.memory_info().rss / _MB, 1),
            system_total_mb=round(vm.total / _MB, 1),
            system_available_mb=round(vm.available / _MB, 1),
        )

    def versions(self) -> Versions:
        # Installed versions cannot change under a running process, so read metadata once.
        if self._versions is None:
            found = {field: dist_version(*names) for field, names in _DISTRIBUTIONS.items()}
            self._versions = Versions(siza_ml=__version__, **found)
        return self._versions
