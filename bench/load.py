"""HTTP load on a real sidecar over loopback: requests/s and p50/p95 latency per concurrency.

Usage: bash scripts/py.sh python bench/load.py [--requests 1000] [--levels 1,10,50]
Writes the "## HTTP load" section of bench/RESULTS.md (other sections are kept).
"""

import argparse
import asyncio
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from results_md import replace_section

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## HTTP load"
STARTUP_DEADLINE_S = 60.0
# Each level stops at this many seconds even if its request count is not reached.
LEVEL_DEADLINE_S = 60.0
TARGETS = {
    "GET /health": ("GET", "/health", None),
    "POST /metrics/record": (
        "POST",
        "/metrics/record",
        {"event": "bench.load", "duration_ms": 1.0, "meta": {"bench": True}},
    ),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path) -> tuple[subprocess.Popen, str, str]:
    port, token = free_port(), secrets.token_urlsafe(24)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIZA_ML_")}
    env.update(PYTHONPATH=str(ROOT / "python"), SIZA_ML_TOKEN=token, SIZA_ML_DATA_DIR=str(data_dir))
    cmd = [sys.executable, "-m", "siza_ml", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)  # noqa: S603, RUF100
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        try:
            auth = {"Authorization": f"Bearer {token}"}
            if httpx.get(f"{url}/health", headers=auth, timeout=1).status_code == 200:
                return proc, url, token
        except httpx.TransportError:
            time.sleep(0.05)
    proc.terminate()
    raise TimeoutError("sidecar did not answer /health")


async def run_level(url: str, token: str, target: str, concurrency: int, total: int) -> dict:
    method, path, body = TARGETS[target]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(
        base_url=url, headers=headers, limits=limits, timeout=30
    ) as client:
        for _ in range(min(50, total)):  # warm the connections and the server's code paths
            await client.request(method, path, json=body)
        stop_at = time.monotonic() + LEVEL_DEADLINE_S
        remaining = total

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0 and time.monotonic() < stop_at:
                remaining -= 1
                t0 = time.perf_counter()
                r = await client.request(method, path, json=body)
                latencies.append((time.perf_counter() - t0) * 1000)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "target": target,
        "concurrency": concurrency,
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": q[49],
        "p95": q[94],
        "statuses": statuses,
    }


def write_section(rows: list[dict], total: int, load: str) -> None:
    table = [
        "| endpoint | concurrency | requests | req/s | p50 ms | p95 ms | statuses |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(r["statuses"].items()))
        table.append(
            f"| {r['target']} | {r['concurrency']} | {r['requests']} | {r['rps']:.0f} "
            f"| {r['p50']:.2f} | {r['p95']:.2f} | {codes} |"
        )
    section = "\n".join(
        [
            SECTION,
            "",
            f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
            f"- machine: {os.cpu_count()} CPUs (shared with other work), {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}",
            f"- load average (1 min) before / after: {load}",
            f"- command: `bash scripts/py.sh python bench/load.py --requests {total}`",
            "- client: httpx.AsyncClient on the same machine (its CPU competes with the server's);"
            " keep-alive connections, one per concurrent worker; latency is client-side, per"
            " request; percentiles: linear interpolation (statistics.quantiles, inclusive)",
            "",
            *table,
            "",
        ]
    )
    replace_section(SECTION, section, RESULTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000, help="per endpoint and level")
    parser.add_argument("--levels", default="1,10,50")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]

    load_before = os.getloadavg()[0]
    scratch = tempfile.TemporaryDirectory(prefix="siza-bench-load-")
    proc, url, token = start_server(Path(scratch.name))
    try:
        rows = []
        for target in TARGETS:
            for c in levels:
                row = asyncio.run(run_level(url, token, target, c, args.requests))
                rows.append(row)
                print(
                    f"{target:22} c={c:<3} n={row['requests']:<5} {row['rps']:7.0f} req/s "
                    f"p50 {row['p50']:7.2f} ms  p95 {row['p95']:7.2f} ms  {row['statuses']}"
                )
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        scratch.cleanup()
    if not args.no_write:
        write_section(rows, args.requests, f"{load_before:.2f} / {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
