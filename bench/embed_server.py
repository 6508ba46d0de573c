"""A real `python -m siza_ml` for the embedding bench: spawn, time, call, stop."""

import os
import secrets
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tempfile import TemporaryDirectory
from types import TracebackType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEADLINE_S = 120.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """Spawned on enter (the clock starts there), SIGTERMed on exit; data in a temp dir."""

    def __init__(self, **env: str) -> None:
        self.extra_env = env
        self.port, self.token = free_port(), secrets.token_urlsafe(24)
        self.base = f"http://127.0.0.1:{self.port}"
        self.headers = {"Authorization": f"Bearer {self.token}"}

    def __enter__(self) -> "Server":
        self._tmp = TemporaryDirectory(prefix="siza-embed-bench-")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIZA_ML_")}
        # Same launch as the extension: source tree on PYTHONPATH, token in the env.
        env.update(
            PYTHONPATH=str(ROOT / "python"),
            SIZA_ML_TOKEN=self.token,
            SIZA_ML_DATA_DIR=self._tmp.name,
            **self.extra_env,
        )
        cmd = [sys.executable, "-m", "siza_ml", "--port", str(self.port), "--log-level", "warning"]
        self.spawned_at = time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)  # noqa: S603
        self.client = httpx.Client(base_url=self.base, headers=self.headers, timeout=DEADLINE_S)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.client.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._tmp.cleanup()

    def wait_health(self) -> float:
        """Seconds from spawn to the first 200 on /health."""
        while time.perf_counter() - self.spawned_at < DEADLINE_S:
            if self.proc.poll() is not None:
                raise RuntimeError(f"sidecar exited with code {self.proc.returncode}")
            try:
                if httpx.get(f"{self.base}/health", headers=self.headers, timeout=1).is_success:
                    return time.perf_counter() - self.spawned_at
            except httpx.TransportError:
                pass
            time.sleep(0.01)
        raise TimeoutError(f"no 200 on /health within {DEADLINE_S} s")

    def post(self, path: str, body: dict[str, Any], timeout: float = DEADLINE_S) -> dict[str, Any]:
        r = self.client.post(path, json=body, timeout=timeout)
        r.raise_for_status()
        return r.json()

    def ready(self) -> dict[str, Any]:
        r = self.client.get("/ready")
        r.raise_for_status()
        return r.json()

    def embed_texts(self, texts: list[str]) -> None:
        # One text: the single route, as the extension calls it; more: the batch route.
        if len(texts) == 1:
            self.post("/embed", {"text": texts[0]})
        else:
            self.post("/embed/batch", {"texts": texts})

    def concurrent_singles(self, texts: list[str], workers: int) -> float:
        """Sentences/s with `workers` clients each sending one /embed at a time."""
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda t: self.post("/embed", {"text": t}), texts))
        return len(texts) / (time.perf_counter() - start)

    def health_latencies(self, n: int) -> list[float]:
        """Milliseconds per GET /health, on a connection of its own (not queued behind ours)."""
        out = []
        with httpx.Client(base_url=self.base, headers=self.headers, timeout=10) as c:
            for _ in range(n):
                t = time.perf_counter()
                c.get("/health").raise_for_status()
                out.append((time.perf_counter() - t) * 1000)
        return out
