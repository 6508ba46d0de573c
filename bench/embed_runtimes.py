"""The lean base (issue 18): embedding runtimes side by side in one run, as ratios to the seed.

Usage: bash scripts/py.sh python bench/embed_runtimes.py [--rounds 3]
Writes the "## Embedding runtimes (lean base)" section of bench/RESULTS.md.

Runtimes, all on the same all-MiniLM-L6-v2 weights, in one process, alternating each round:
- seed: SentenceTransformer(folder).encode(batch_size=32), fp32 (bench/embed_throughput.py's seed)
- torch: today's sidecar encoder (encoder.MeanPoolingEncoder, bf16 where the CPU has it natively)
- onnx: onnx_encoder.OnnxEncoder on the extension's models/ export (onnxruntime, fp32)
- onnx, ORT defaults: the same with onnxruntime's CPU memory arena and spinning threads
- onnx int8: the same export dynamically quantised (onnxruntime.quantization), for the record
RSS: each runtime in a fresh interpreter that imports only what it needs, loads the model, then
encodes 512 code-like texts; RSS from psutil after the load and after the batch.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from embed_throughput import code_texts, short_texts
from results_md import replace_section

from siza_ml.services.embeddings import _native_bf16, package_model_dir
from siza_ml.services.encoder import MeanPoolingEncoder
from siza_ml.services.onnx_encoder import BUNDLED_DIR, OnnxEncoder

HEADER = "## Embedding runtimes (lean base)"
BATCHES = (32, 64, 128)
KINDS = {"short (~10 words)": short_texts(256), "code-like (~87 tokens)": code_texts(128)}

RSS_CHILD = """
import sys, json, psutil
sys.path.insert(0, sys.argv[2])
kind = sys.argv[1]
from embed_throughput import code_texts
texts = code_texts(512)
if kind == "seed":
    from sentence_transformers import SentenceTransformer
    from siza_ml.services.embeddings import package_model_dir
    m = SentenceTransformer(str(package_model_dir()))
    enc = lambda t: m.encode(t, batch_size=32, normalize_embeddings=True)
elif kind == "torch":
    from siza_ml.services.embeddings import package_model_dir, _native_bf16
    from siza_ml.services.encoder import MeanPoolingEncoder
    e = MeanPoolingEncoder(package_model_dir())
    if _native_bf16():
        e.autocast_bf16 = True
        e.cast_linear_to_bf16()
    enc = e.encode
else:
    from siza_ml.services.onnx_encoder import OnnxEncoder, BUNDLED_DIR
    enc = OnnxEncoder(BUNDLED_DIR, cpu_arena=kind == "onnx-arena").encode
enc(["warm"])
p = psutil.Process()
loaded = p.memory_info().rss
enc(texts)
mods = sorted(m for m in ("torch", "transformers", "onnxruntime") if m in sys.modules)
print(json.dumps({"loaded": loaded, "after": p.memory_info().rss, "modules": mods}))
"""


def rate(fn, texts: list[str], bs: int) -> float:
    start = time.perf_counter()
    for i in range(0, len(texts), bs):
        fn(texts[i : i + bs])
    return len(texts) / (time.perf_counter() - start)


def runtimes(int8_path: Path) -> dict:
    from sentence_transformers import SentenceTransformer

    folder = package_model_dir()
    seed = SentenceTransformer(str(folder))
    torch_enc = MeanPoolingEncoder(folder)
    if _native_bf16():
        torch_enc.autocast_bf16 = True
        torch_enc.cast_linear_to_bf16()
    onnx_enc = OnnxEncoder(BUNDLED_DIR)
    # onnxruntime's defaults: the CPU memory arena and spinning intra-op threads
    arena = OnnxEncoder(BUNDLED_DIR, cpu_arena=True)
    int8 = OnnxEncoder(BUNDLED_DIR)
    int8.session = quantised_session(int8_path)
    return {
        "seed": lambda t: seed.encode(t, batch_size=32, normalize_embeddings=True),
        "torch": torch_enc.encode,
        "onnx": onnx_enc.encode,
        "onnx, ORT defaults": arena.encode,
        "onnx int8": int8.encode,
    }


def quantised_session(path: Path):
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(BUNDLED_DIR / "onnx" / "model.onnx", path, weight_type=QuantType.QInt8)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads, opts.inter_op_num_threads = os.cpu_count() or 1, 1
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def measure(rounds: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        fns = runtimes(Path(tmp) / "int8.onnx")
        cosine: dict[str, float] = {}
        table = []
        for kind, texts in KINDS.items():
            ref = fns["torch"](texts)  # today's sidecar vectors
            for name, fn in fns.items():
                cos = float(np.min(np.sum(fn(texts) * ref, axis=1)))
                cosine[name] = min(cosine.get(name, 1.0), cos)
            for bs in BATCHES:
                best = dict.fromkeys(fns, 0.0)
                for _ in range(rounds):  # alternating: the neighbours' load hits every runtime
                    for name, fn in fns.items():
                        best[name] = max(best[name], rate(fn, texts, bs))
                table.append((kind, bs, best))
                print(kind, bs, {k: round(v) for k, v in best.items()}, flush=True)
    return {"cosine": cosine, "table": table}


def rss() -> dict:
    here = str(Path(__file__).parent)
    out = {}
    for kind in ("seed", "torch", "onnx", "onnx-arena"):
        proc = subprocess.run(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", RSS_CHILD, kind, here],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(Path(here).parent / "python")},
        )
        out[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
        print("rss", kind, out[kind], flush=True)
    return out


def render(machine: dict, res: dict, mem: dict) -> str:
    names = list(res["table"][0][2])
    mib = 1024 * 1024
    lines = [
        HEADER,
        "",
        f"- date: {machine['date']}",
        f"- machine: {machine['cpus']} CPUs (shared with other work; load average "
        f"{machine['load'][0]:.1f} before, {machine['load'][1]:.1f} after), {machine['system']}, "
        f"Python {machine['python']}, onnxruntime {machine['ort']}, torch {machine['torch']}",
        f"- command: `{machine['command']}`; sentences/s, best of {machine['rounds']} rounds, "
        "the runtimes alternating inside each round, so the ratio to the seed is what to trust",
        "- seed: SentenceTransformer fp32, batch_size=32; torch: today's sidecar encoder "
        f"({'bf16' if machine['bf16'] else 'fp32'}); onnx: the extension's models/ export on "
        "onnxruntime (fp32, the base install's encoder: no memory arena, no spinning threads); "
        "onnx, ORT defaults: the same with its arena and spinning; onnx int8: that export "
        "dynamically quantised",
        "",
        "| texts | N per call | "
        + " | ".join(names)
        + " | "
        + " | ".join(f"{n} / seed" for n in names[1:])
        + " |",
        "|---|---:|" + "---:|" * (2 * len(names) - 1),
    ]
    for kind, bs, best in res["table"]:
        cells = [f"{best[n]:.0f}" for n in names]
        ratios = [f"{best[n] / best['seed']:.2f}x" for n in names[1:]]
        lines.append(f"| {kind} | {bs} | " + " | ".join(cells + ratios) + " |")
    lines += [
        "",
        "Lowest cosine to today's vectors (the torch encoder) over all bench texts: "
        + ", ".join(f"{n} {c:.6f}" for n, c in res["cosine"].items()),
        "",
        "RSS of a fresh interpreter with only that runtime (model loaded / after 512 code-like "
        "texts): "
        + "; ".join(
            f"{k} {v['loaded'] / mib:.0f} / {v['after'] / mib:.0f} MiB "
            f"(imports {', '.join(v['modules']) or 'none'})"
            for k, v in mem.items()
        ),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import onnxruntime
    import torch

    before = os.getloadavg()[0]
    machine = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "ort": onnxruntime.__version__,
        "torch": torch.__version__,
        "bf16": _native_bf16(),
        "system": f"{platform.system()} {platform.release()}",
        "command": " ".join(["bash scripts/py.sh python", *sys.argv]),
        "rounds": args.rounds,
    }
    res = measure(args.rounds)
    mem = rss()
    machine["load"] = (before, os.getloadavg()[0])
    replace_section(HEADER, render(machine, res, mem))


if __name__ == "__main__":
    main()
