"""Start, probe and stop a real sidecar subprocess on a free 127.0.0.1 port."""

import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

PYTHON_DIR = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
# Generous: the machine is shared and noisy; this bounds a hang, it is not a timing assertion.
STARTUP_DEADLINE_S = 30.0


@dataclass
class Sidecar:
    proc: subprocess.Popen
    port: int
    token: str
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, headers=self.auth(), timeout=10.0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def sidecar_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIZA_ML_")}
    # Run straight from the source tree, as the extension does.
    env["PYTHONPATH"] = str(PYTHON_DIR)
    env.update(extra)
    return env


def wait_healthy(url: str, token: str, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"sidecar exited early with code {proc.returncode}")
        try:
            r = httpx.get(f"{url}/health", headers={"Authorization": f"Bearer {token}"}, timeout=2)
            if r.status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url}/health did not answer within {STARTUP_DEADLINE_S} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def start(log_path: Path, **env: str) -> Sidecar:
    port, token = free_port(), secrets.token_urlsafe(24)
    cmd = [sys.executable, "-m", "siza_ml", "--port", str(port)]
    # Metrics and indexes go beside the log, never into the developer's ~/.siza-ml.
    env.setdefault("SIZA_ML_DATA_DIR", str(log_path.parent / f"{log_path.stem}-data"))
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd, env=sidecar_env(**{"SIZA_ML_TOKEN": token, **env}), stdout=log, stderr=log
        )
    sidecar = Sidecar(proc, port, token, log_path)
    try:
        wait_healthy(sidecar.base_url, token, proc)
    except Exception:
        stop(proc)
        print(log_path.read_text(errors="replace"))
        raise
    return sidecar
