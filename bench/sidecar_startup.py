"""Spawn-to-first-200 on /health of `python -m siza_ml`; stdlib only.

Usage: .venv/bin/python bench/sidecar_startup.py [--runs 5] [--python PATH]
"""

import argparse
import http.client
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "sidecar-startup.md"
POLL_S = 0.02
DEADLINE_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health_ok(port: int, token: str) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        conn.request("GET", "/health", headers={"Authorization": f"Bearer {token}"})
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def one_run(python: str) -> float:
    port, token = free_port(), secrets.token_urlsafe(24)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIZA_ML_")}
    # Same launch as the extension: source tree on PYTHONPATH, token in the env.
    env.update(PYTHONPATH=str(ROOT / "python"), SIZA_ML_TOKEN=token)
    cmd = [python, "-m", "siza_ml", "--port", str(port), "--log-level", "warning"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)  # noqa: S603, RUF100
    try:
        while time.perf_counter() - start < DEADLINE_S:
            if proc.poll() is not None:
                raise RuntimeError(f"sidecar exited with code {proc.returncode}")
            if health_ok(port, token):
                return time.perf_counter() - start
            time.sleep(POLL_S)
        raise TimeoutError(f"no 200 on /health within {DEADLINE_S} s")
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable, help="interpreter to run")
    args = parser.parse_args()

    times = [one_run(args.python) for _ in range(args.runs)]
    lo, mid, hi = min(times), statistics.median(times), max(times)
    summary = f"min {lo:.3f} s, median {mid:.3f} s, max {hi:.3f} s"
    print(f"{args.runs} runs: {summary}")

    exe = Path(sys.executable)
    exe_shown = exe.relative_to(ROOT) if exe.is_relative_to(ROOT) else exe
    command = " ".join([str(exe_shown), *sys.argv])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        "# Sidecar startup: spawn to first 200 on /health\n\n"
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
        f"- machine: {os.cpu_count()} CPUs (nproc), {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()}\n"
        f"- command: `{command}` (run from the repository root)\n"
        f"- runs: {args.runs}, polling every {POLL_S * 1000:.0f} ms\n\n"
        "| min (s) | median (s) | max (s) |\n|---|---|---|\n"
        f"| {lo:.3f} | {mid:.3f} | {hi:.3f} |\n\n"
        "Per run (s): " + ", ".join(f"{t:.3f}" for t in times) + "\n"
    )


if __name__ == "__main__":
    main()
