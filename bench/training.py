"""LoRA on the bundled SmolLM2-135M-Instruct through a real sidecar: held-out eval loss before and
after, seconds per step, and /health latency while the job trains.

The job is the one python/tests/test_training_smollm2.py runs (tests/training_data.py: 16
repetitive React button pairs, 2 held out, 30 steps of one example, lr 5e-4).

Usage: bash scripts/py.sh python bench/training.py [--threads 1,2]
Writes the "## Training" section of bench/RESULTS.md (other sections are kept).
"""

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from results_md import replace_section

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python" / "tests"))
from sidecar_proc import start, stop  # noqa: E402
from training_data import SMOLLM2_JOB  # noqa: E402

SECTION = "## Training"
DEADLINE_S = 900.0
HEALTH_EVERY_S = 0.5


def one_run(threads: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        env = {"SIZA_ML_TRAIN_THREADS": str(threads), "HF_HUB_OFFLINE": "1"}
        server = start(Path(folder) / "server.log", **env)
        try:
            with server.client() as c:
                load_before = os.getloadavg()[0]
                t0 = time.monotonic()
                job = c.post("/train/start", json=SMOLLM2_JOB).json()
                health_ms: list[float] = []
                training_at = None
                while True:
                    status = c.get(f"/train/status/{job['id']}").json()
                    if status["state"] == "training" and training_at is None:
                        training_at = time.monotonic() - t0
                    if status["state"] in ("complete", "failed", "cancelled"):
                        break
                    if status["state"] == "training":
                        h0 = time.monotonic()
                        if c.get("/health", timeout=5).status_code != 200:
                            raise RuntimeError("/health failed while the job trained")
                        health_ms.append((time.monotonic() - h0) * 1000)
                    if time.monotonic() - t0 > DEADLINE_S:
                        raise TimeoutError(f"job still {status['state']} after {DEADLINE_S} s")
                    time.sleep(HEALTH_EVERY_S)
                wall = time.monotonic() - t0
        finally:
            stop(server.proc)
    if status["state"] != "complete":
        raise RuntimeError(f"job {status['state']}: {status['error']}")
    return {
        "threads": threads,
        "job": status,
        "wall_s": wall,
        "to_training_s": training_at or 0.0,
        "health_ms": health_ms,
        "load": (load_before, os.getloadavg()[0]),
    }


def row(r: dict) -> str:
    m = r["job"]["adapter"]["metrics"]
    h = sorted(r["health_ms"])
    p95 = h[min(len(h) - 1, round(0.95 * (len(h) - 1)))] if h else float("nan")
    curve = " → ".join(f"{p['eval_loss']:.3f}" for p in r["job"]["eval_curve"])
    return (
        f"| {r['threads']} | {m['initial_eval_loss']:.4f} | {m['final_eval_loss']:.4f} | "
        f"{m['s_per_step']:.2f} | {m['tokens_per_s']:.0f} | {r['to_training_s']:.1f} | "
        f"{r['wall_s']:.1f} | {statistics.median(h):.1f} / {p95:.1f} / {max(h):.1f} ({len(h)}) | "
        f"{r['load'][0]:.1f} / {r['load'][1]:.1f} | {curve} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", default="1", help="SIZA_ML_TRAIN_THREADS values, e.g. 1,2")
    args = parser.parse_args()
    runs = []
    for threads in (int(t) for t in args.threads.split(",")):
        result = one_run(threads)
        print(row(result), flush=True)
        runs.append(result)

    hp = SMOLLM2_JOB["hyperparameters"]
    section = (
        f"{SECTION}\n\n"
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
        f"- machine: {os.cpu_count()} CPUs (nproc, shared with other work), {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, torch "
        f"{metadata.version('torch')}, transformers {metadata.version('transformers')}, peft "
        f"{metadata.version('peft')}\n"
        f"- command: `bash scripts/py.sh python bench/training.py --threads {args.threads}`\n"
        "- job: `POST /train/start` on a real sidecar, base `local` = the bundled "
        "SmolLM2-135M-Instruct Q4_1 GGUF (dequantized to float32), 16 repetitive React button "
        f"prompt/completion pairs (tests/training_data.py), {hp['max_steps']} steps of "
        f"batch {hp['batch_size']}, lr {hp['learning_rate']}, LoRA r 8 / alpha 16 / dropout "
        "0.05 on q_proj + v_proj, 2 examples held out; the same job as "
        "tests/test_training_smollm2.py\n"
        "- s/step and tokens/s: training steps only (forward, backward, AdamW); to training: "
        "from the 202 to the first step (model load, tokenisation, the first eval); /health: "
        f"one request every {HEALTH_EVERY_S} s while the job trained, timed at the client\n\n"
        "| train threads | eval loss before | after | s/step | tokens/s | to training (s) | "
        "job wall (s) | /health p50 / p95 / max ms (n) | load avg before / after | "
        "eval loss curve |\n|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n"
        + "\n".join(row(r) for r in runs)
        + "\n"
    )
    replace_section(SECTION, section)


if __name__ == "__main__":
    main()
