"""Embedding throughput: our EmbeddingService vs the seed's plain encode(batch_size=32), in-process
and over HTTP against a real `python -m siza_ml`; startup, RSS and /health under load.

Usage: bash scripts/py.sh python bench/embed_throughput.py [--rounds 3]
Writes the "## Embeddings" section of bench/RESULTS.md (other sections are left alone).
"""

import argparse
import asyncio
import os
import platform
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import numpy as np
from embed_report import write_section
from embed_server import Server

from siza_ml.config import Settings
from siza_ml.services.embeddings import EmbeddingService, package_model_dir
from siza_ml.services.models import ModelRegistry
from siza_ml.services.workers import CpuWorkers

BATCHES = (1, 8, 32, 64, 128)
WORDS = [
    *(
        "button form submit table modal card header footer input select dropdown list grid",
        "navigation sidebar menu dialog tooltip badge avatar chart pagination search filter sort",
        "toggle checkbox radio slider progress spinner alert toast banner tabs accordion carousel",
    ),
]
VOCAB = " ".join(WORDS).split(" ")


def pick(i: int, j: int) -> str:
    # Deterministic word choice: the same texts every run, no RNG needed.
    return VOCAB[(i * 31 + j * 17 + i * j) % len(VOCAB)]


def short_texts(n: int) -> list[str]:
    return [" ".join(pick(i, j) for j in range(10)) + f" {i}" for i in range(n)]


def code_texts(n: int) -> list[str]:
    out = []
    for i in range(n):
        a, b, c = (pick(i, j).title() for j in (1, 4, 7))
        out.append(
            f"export function {a}{b}{i}({{ {c.lower()}, onClick }}: Props) {{ const [{a.lower()}, "
            f'set{a}] = useState(false); return (<div className="{b.lower()} {c.lower()}-{i}">'
            f"<button onClick={{() => set{a}(!{a.lower()})}}>{c}</button></div>); }}"
        )
    return out


KINDS = {"short (~10 words)": short_texts(256), "code-like (~87 tokens)": code_texts(128)}
# One text per request is slow per text; fewer of them keep the run short.
SINGLES = 64


def rate(fn, texts: list[str], bs: int) -> float:
    texts = texts[:SINGLES] if bs == 1 else texts
    start = time.perf_counter()
    for i in range(0, len(texts), bs):
        fn(texts[i : i + bs])
    return len(texts) / (time.perf_counter() - start)


async def arate(fn: Callable[[list[str]], Awaitable[object]], texts: list[str], bs: int) -> float:
    texts = texts[:SINGLES] if bs == 1 else texts
    start = time.perf_counter()
    for i in range(0, len(texts), bs):
        await fn(texts[i : i + bs])
    return len(texts) / (time.perf_counter() - start)


async def in_process(rounds: int) -> dict:
    from sentence_transformers import SentenceTransformer

    t0 = time.perf_counter()
    seed = SentenceTransformer(str(package_model_dir()))  # the seed: eager, fp32, batch 32
    seed_load = time.perf_counter() - t0
    ours = EmbeddingService(Settings(), ModelRegistry.default(), CpuWorkers(2))

    async def seed_fn(chunk: list[str]) -> np.ndarray:
        # In a worker thread as well, as a server would call it: the same thread hop for both.
        return await ours.workers.run(seed.encode, chunk, batch_size=32, normalize_embeddings=True)

    await ours.embed(["load"])
    await seed_fn(["warm"])
    table, worst_cos = [], 1.0
    for kind, texts in KINDS.items():
        cos = np.sum(await ours.embed(texts) * await seed_fn(texts), axis=1)
        worst_cos = min(worst_cos, float(cos.min()))
        for bs in BATCHES:
            s = o = 0.0
            for _ in range(rounds):  # alternating, so both see the same neighbours
                s = max(s, await arate(seed_fn, texts, bs))
                o = max(o, await arate(ours.embed, texts, bs))
            table.append((kind, bs, s, o))
            print(f"in-process {kind} bs={bs}: seed {s:.0f}/s, ours {o:.0f}/s ({o / s:.2f}x)")

    # Many callers with one text each: coalesced by the batcher vs one model call per caller.
    async def clients(naive: bool, texts: list[str], n: int = 16) -> float:
        queue = list(texts)

        async def client() -> None:
            while queue:
                text = [queue.pop()]
                await (ours.workers.run(ours.encode_sync, text) if naive else ours.embed(text))

        start = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(n)))
        return len(texts) / (time.perf_counter() - start)

    texts = KINDS["short (~10 words)"]
    naive = merged = 0.0
    for _ in range(rounds):
        naive = max(naive, await clients(True, texts))
        merged = max(merged, await clients(False, texts))
    print(
        f"16 concurrent single-text callers: one call each {naive:.0f}/s, coalesced {merged:.0f}/s"
    )
    await ours.aclose()
    return {
        "table": table,
        "worst_cos": worst_cos,
        "precision": ours.precision,
        "load_s": ours.load_s,
        "seed_load_s": seed_load,
        "concurrent": (naive, merged),
    }


def over_http(rounds: int) -> dict:
    out: dict = {}
    with Server() as srv:
        out["spawn_to_health_s"] = srv.wait_health()
        out["rss_before_mb"] = srv.ready()["memory"]["rss_mb"]
        t = time.perf_counter()
        srv.post("/embed", {"text": "first"})
        out["first_embed_s"] = time.perf_counter() - t
        out["spawn_to_first_embed_s"] = time.perf_counter() - srv.spawned_at
        out["rss_first_mb"] = srv.ready()["memory"]["rss_mb"]
        out["table"] = []
        for kind, texts in KINDS.items():
            for bs in BATCHES:
                fn = srv.embed_texts
                o = max(rate(fn, texts, bs) for _ in range(rounds))
                out["table"].append((kind, bs, o))
                print(f"http {kind} bs={bs}: {o:.0f}/s")
        texts = KINDS["short (~10 words)"]
        seq = max(rate(srv.embed_texts, texts, 1) for _ in range(rounds))
        conc = max(srv.concurrent_singles(texts, 16) for _ in range(rounds))
        out["concurrent"] = (seq, conc)
        out["health_idle_ms"] = srv.health_latencies(50)
        out["health_busy_ms"], out["busy_batch"] = health_during_batch(srv)
        out["rss_loaded_mb"] = srv.ready()["memory"]["rss_mb"]
    with Server(SIZA_ML_WARMUP="1") as srv:
        out["warm_spawn_to_health_s"] = srv.wait_health()
        lat, loaded_at = [], None
        while loaded_at is None and time.perf_counter() - srv.spawned_at < 120:
            lat.extend(srv.health_latencies(5))
            if srv.ready()["models"][0]["loaded"]:
                loaded_at = time.perf_counter() - srv.spawned_at
        out["warm_spawn_to_loaded_s"], out["warm_health_ms"] = loaded_at, lat
    return out


def health_during_batch(srv: Server) -> tuple[list[float], tuple[int, float]]:
    texts = code_texts(1024)
    done: dict[str, float] = {}

    def batch() -> None:
        t = time.perf_counter()
        srv.post("/embed/batch", {"texts": texts}, timeout=300)
        done["s"] = time.perf_counter() - t

    worker = threading.Thread(target=batch)
    worker.start()
    time.sleep(0.3)
    lat: list[float] = []
    while worker.is_alive():
        lat.extend(srv.health_latencies(1))
        time.sleep(0.02)
    worker.join()
    return lat, (len(texts), done["s"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    import torch

    load_before = os.getloadavg()
    machine = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "system": f"{platform.system()} {platform.release()}",
        "command": " ".join(["bash scripts/py.sh python", *sys.argv]),
        "rounds": args.rounds,
    }
    local = asyncio.run(in_process(args.rounds))
    remote = over_http(args.rounds)
    machine["load"] = (load_before, os.getloadavg())
    write_section(Path(__file__).with_name("RESULTS.md"), machine, local, remote, httpx.__version__)


if __name__ == "__main__":
    main()
