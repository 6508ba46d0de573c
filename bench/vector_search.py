"""Vector store: upsert throughput and search latency, in-process (10k, 100k) and over HTTP (10k).

Random normalised 384-d vectors, real FAISS and real files (fsynced journal, snapshots).
Usage: bash scripts/py.sh python bench/vector_search.py [--sizes 10000 100000] [--queries 300]
Writes its section "## Vector store" of bench/RESULTS.md.
"""

import argparse
import http.client
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import numpy as np
from results_md import replace_section

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "python"), str(ROOT / "python" / "tests")]

from sidecar_proc import start, stop  # noqa: E402
from siza_ml.services.vectors.codec import encode_vector  # noqa: E402
from siza_ml.services.vectors.store import VectorStore  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
DIMS, BATCH, K = 384, 256, 10
MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def unit(n: int, seed: int) -> np.ndarray:
    vecs = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def metas(start_at: int, n: int) -> list[dict]:
    # 10% of the items are "react": the filtered search keeps one in ten.
    return [{"framework": "react" if (start_at + i) % 10 == 0 else "vue"} for i in range(n)]


def pct(times_s: list[float]) -> str:
    ms = sorted(t * 1000 for t in times_s)
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]  # nearest rank
    return f"{statistics.median(ms):.2f} / {p95:.2f}"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def in_process(n: int, queries: int, folder: Path) -> dict[str, str]:
    store, vecs = VectorStore(folder / "vectors", DIMS, MODEL), unit(n, seed=n)
    ids = [f"c{i}" for i in range(n)]
    t0 = time.perf_counter()
    for s in range(0, n, BATCH):
        m = metas(s, min(BATCH, n - s))
        store.upsert("workspace", ids[s : s + BATCH], vecs[s : s + BATCH], m)
    upsert_s = time.perf_counter() - t0
    qs = unit(queries, seed=1)
    it = iter(range(10**9))
    plain = timed(lambda: store.search("workspace", qs[next(it) % queries], K, None), queries)
    where = {"framework": "react"}
    filt = timed(lambda: store.search("workspace", qs[next(it) % queries], K, where), queries)
    replace = timed(
        lambda: store.upsert("workspace", ids[:BATCH], vecs[:BATCH], metas(0, BATCH)), 5
    )
    rebuild = timed(lambda: store.rebuild("workspace"), 1)[0]
    t0 = time.perf_counter()
    reopened = VectorStore(folder / "vectors", DIMS, MODEL)
    if reopened.stats("workspace")["count"] != n:
        raise RuntimeError("the reopened store lost vectors")
    reopen_s = time.perf_counter() - t0
    size_mb = reopened.stats("workspace")["file_bytes"] / 1e6
    return {
        "vectors": f"{n:,}",
        "upsert (vectors/s, batches of 256, fsynced)": f"{n / upsert_s:,.0f}",
        "replace 256 (ms, median)": f"{statistics.median(replace) * 1000:.1f}",
        "search k=10 p50 / p95 (ms)": pct(plain),
        "search k=10, filter 10% p50 / p95 (ms)": pct(filt),
        "rebuild + snapshot (s)": f"{rebuild:.2f}",
        "open from disk (s)": f"{reopen_s:.2f}",
        "files (MB)": f"{size_mb:.1f}",
    }


def over_http(n: int, queries: int, folder: Path) -> dict[str, str]:
    s = start(
        folder / "server.log", SIZA_ML_DATA_DIR=str(folder / "data"), SIZA_ML_LOG_LEVEL="warning"
    )
    try:
        vecs, qs = unit(n, seed=n), unit(queries, seed=2)
        with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=60) as c:
            t0 = time.perf_counter()
            for b in range(0, n, BATCH):
                items = [
                    {"id": f"c{b + i}", "vector": encode_vector(v), "metadata": m}
                    for i, (v, m) in enumerate(
                        zip(vecs[b : b + BATCH], metas(b, min(BATCH, n - b)), strict=True)
                    )
                ]
                c.post("/vectors/workspace/upsert", json={"items": items}).raise_for_status()
            upsert_s = time.perf_counter() - t0
        # Searches over a plain keep-alive http.client: httpx's own overhead (~3 ms) is not ours.
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
        headers = {**s.auth(), "Content-Type": "application/json"}
        it = iter(range(10**9))

        def one(extra: dict) -> None:
            body = json.dumps({"vector": encode_vector(qs[next(it) % queries]), "k": K, **extra})
            conn.request("POST", "/vectors/workspace/search", body=body, headers=headers)
            response = conn.getresponse()
            if response.status != 200 or len(json.loads(response.read())["results"]) != K:
                raise RuntimeError(f"search failed: {response.status}")

        one({})  # first request: FAISS import and collection open are not search latency
        plain = timed(lambda: one({}), queries)
        filt = timed(lambda: one({"filter": {"framework": "react"}}), queries)
        conn.close()
    finally:
        stop(s.proc)
    return {
        "vectors": f"{n:,}",
        "upsert (vectors/s, batches of 256, fsynced)": f"{n / upsert_s:,.0f}",
        "search k=10 p50 / p95 (ms)": pct(plain),
        "search k=10, filter 10% p50 / p95 (ms)": pct(filt),
    }


def table(rows: list[dict[str, str]], title: str) -> str:
    keys = list(rows[0])
    lines = [f"{title}\n", "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(r.get(k, "") for k in keys) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def write_section(body: str) -> None:
    replace_section("## Vector store", "## Vector store\n\n" + body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--http-size", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        local = [in_process(n, args.queries, Path(tmp) / f"local{n}") for n in args.sizes]
        for row in local:
            print(row)
        http = [over_http(args.http_size, args.queries, Path(tmp))]
        print(http[0])
    import faiss

    body = (
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
        f"- machine: {os.cpu_count()} CPUs (nproc, shared with other work), "
        f"Python {platform.python_version()}, faiss-cpu {faiss.__version__}, "
        f"numpy {np.__version__}\n"
        f"- command: `bash scripts/py.sh python bench/vector_search.py` ({args.queries} queries)\n"
        "- data: random unit 384-d vectors; metadata `framework` = react for 1 in 10\n"
        "- latency: sequential single queries, timed at the caller; p95 by nearest rank\n"
        "- every upsert is journaled and fsynced before it returns; snapshots come when the\n"
        "  journal outgrows the index (included in the upsert figures)\n\n"
        + table(local, "In-process (`VectorStore`, temporary dir):")
        + "\n"
        + table(
            http,
            "Over HTTP (real `python -m siza_ml`; upserts with httpx, searches with keep-alive "
            "http.client, one at a time):",
        )
    )
    write_section(body)
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
