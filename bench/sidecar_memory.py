"""Sidecar memory, spawn to first embedding: the real `python -m siza_ml` as the extension runs it.

Usage: bash scripts/py.sh python bench/sidecar_memory.py [--files 1000] [--batch 512] [--rounds 1]
       [--baseline-rev 509f0e8]

Per sidecar: spawn to the first 200 on /health, spawn to the first /embed answered (sent as soon as
/health answers, with SIZA_ML_WARMUP=1 as the extension sets it), RSS idle (model loaded, 3 s after
the first embedding), RSS after indexing a workspace of N component files (POST /vectors/{c}/upsert
with texts, 32 items a request, as the extension's indexer sends them), RSS after one
/embed/batch of 512 texts, and the peak (VmHWM). With --baseline-rev, the same measurement runs
against that revision's python/ (a `git worktree` in /tmp) in the same run, alternating rounds.
Writes "## Sidecar memory" in bench/RESULTS.md.
"""

import argparse
import json
import os
import platform
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_md import replace_section

ROOT = Path(__file__).resolve().parents[1]
DEADLINE_S = 120.0
MIB = 1024 * 1024
# Packages whose shared libraries in the process mean the training/datasets stack was imported.
HEAVY = ("pyarrow", "pandas", "sklearn", "scipy", "sentencepiece")

# The library's components (src/core/library), rendered by the extension's own renderer: one
# component per file, cycling through 61 components x 5 frameworks, renamed ("Banner v2") after the
# first 305 so every file differs; the text embedded is the indexer's componentText().
RENDER_TS = """
import { LIBRARY, render } from '%(root)s/src/core/library';
import { LIBRARY_FRAMEWORKS } from '%(root)s/src/core/library/types';
const out = [];
for (let i = 0; i < %(n)d; i++) {
  const c = LIBRARY[i %% LIBRARY.length];
  const fw = LIBRARY_FRAMEWORKS[Math.floor(i / LIBRARY.length) %% LIBRARY_FRAMEWORKS.length];
  const round = Math.floor(i / (LIBRARY.length * LIBRARY_FRAMEWORKS.length));
  const r = render(c, fw, round === 0 ? {} : { name: c.name + ' v' + (round + 1) });
  out.push({ rel: 'src/' + fw + '/' + r.fileName, name: r.name, framework: fw, code: r.code });
}
process.stdout.write(JSON.stringify(out));
"""


def workspace(n: int) -> list[dict]:
    script = RENDER_TS % {"root": ROOT, "n": n}
    cmd = ["npx", "tsx", "--eval", script]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    files = json.loads(out.stdout)
    for f in files:
        # src/workspaceIndex/indexer.ts: componentText() and toItem()'s metadata
        f["text"] = f"{f['name']} ({f['framework']} component)\n{f['code']}"[:4000]
    return files


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_mib(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


def cpu_s(pid: int) -> float:
    """utime + stime of the process (all threads): less sensitive to neighbours than wall time."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def heavy_mapped(pid: int) -> list[str]:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return [name for name in HEAVY if f"site-packages/{name}" in maps]


def measure(python_dir: Path, files: list[dict], batch: int, label: str, extra: dict) -> dict:
    port, token = free_port(), secrets.token_urlsafe(24)
    data = Path(tempfile.mkdtemp(prefix="bench-mem-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIZA_ML_", "MALLOC_"))}
    env.update(
        PYTHONPATH=str(python_dir),
        SIZA_ML_TOKEN=token,
        SIZA_ML_WARMUP="1",
        SIZA_ML_DATA_DIR=str(data),
        HF_HUB_OFFLINE="1",
        **extra,
    )
    cmd = [sys.executable, "-m", "siza_ml", "--port", str(port), "--log-level", "warning"]
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token}"}
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    log = (data / "sidecar.log").open("wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=log)  # noqa: S603
    row: dict = {"label": label}
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=600) as c:
            while True:
                if proc.poll() is not None or time.perf_counter() - start > DEADLINE_S:
                    raise RuntimeError(f"{label}: no /health (exit code {proc.poll()})")
                try:
                    if c.get("/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.02)
            row["health_s"] = time.perf_counter() - start
            c.post("/embed", json={"text": "a submit button"}).raise_for_status()
            row["first_embed_s"] = time.perf_counter() - start
            time.sleep(3)
            row["idle"] = status_mib(proc.pid)["VmRSS"]
            t, cpu = time.perf_counter(), cpu_s(proc.pid)
            for i in range(0, len(files), 32):
                items = [
                    {
                        "id": f"{f['rel']}#{f['name']}",
                        "text": f["text"],
                        "metadata": {
                            "name": f["name"],
                            "rel": f["rel"],
                            "framework": f["framework"],
                            "preview": "\n".join(f["code"].splitlines()[:12])[:1200],
                            "source": "workspace",
                        },
                    }
                    for f in files[i : i + 32]
                ]
                c.post("/vectors/bench/upsert", json={"items": items}).raise_for_status()
            row["index_s"], row["index_cpu"] = time.perf_counter() - t, cpu_s(proc.pid) - cpu
            row["indexed"] = status_mib(proc.pid)["VmRSS"]
            texts = [f"{f['text'][:2000]} (batch)" for f in files[-batch:]]
            t, cpu = time.perf_counter(), cpu_s(proc.pid)
            c.post("/embed/batch", json={"texts": texts}).raise_for_status()
            row["batch_s"], row["batch_cpu"] = time.perf_counter() - t, cpu_s(proc.pid) - cpu
            mem = status_mib(proc.pid)
            row["batched"], row["peak"] = mem["VmRSS"], mem["VmHWM"]
            time.sleep(3)
            row["settled"] = status_mib(proc.pid)["VmRSS"]
            row["heavy"] = heavy_mapped(proc.pid)
    except Exception:
        print((data / "sidecar.log").read_text(errors="replace"), file=sys.stderr)
        raise
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()
    row["load"] = f"{load_before:.1f} / {os.getloadavg()[0]:.1f}"
    print(json.dumps(row), flush=True)
    return row


def baseline_dir(rev: str) -> Path:
    tree = Path(tempfile.gettempdir()) / f"baseline-{rev}"
    if not tree.exists():
        cmd = ["git", "worktree", "add", "--detach", str(tree), rev]
        subprocess.run(cmd, cwd=ROOT, check=True)  # noqa: S603
    return tree / "python"


def table(rows: list[dict]) -> str:
    head = (
        "| sidecar | spawn → /health (s) | spawn → first /embed (s) | RSS idle (MiB) "
        "| after indexing (MiB) | after the batch (MiB) | 3 s later (MiB) | peak VmHWM (MiB) "
        "| index / batch wall (s) | index / batch sidecar CPU (s) | training stack mapped "
        "| load avg before / after |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
    )
    lines = [
        f"| {r['label']} | {r['health_s']:.2f} | {r['first_embed_s']:.2f} | {r['idle']:.0f} "
        f"| {r['indexed']:.0f} | {r['batched']:.0f} | {r['settled']:.0f} | {r['peak']:.0f} "
        f"| {r['index_s']:.1f} / {r['batch_s']:.1f} | {r['index_cpu']:.1f} / {r['batch_cpu']:.1f} "
        f"| {', '.join(r['heavy']) or 'none'} "
        f"| {r['load']} |"
        for r in rows
    ]
    return head + "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline-rev", help="also measure this revision's python/ (worktree)")
    parser.add_argument("--ablate", action="store_true", help="also this tree's allocator variants")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    args = parser.parse_args()

    files = workspace(args.files)
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = f"this tree ({head})"
    sidecars = [(ours, ROOT / "python", {})]
    if args.ablate:
        # The mark memory.py sets after its re-exec: this one runs with glibc's defaults.
        no_env = {"SIZA_ML_ALLOCATOR_SET": "1"}
        sidecars.append((f"{ours}, no allocator re-exec", ROOT / "python", no_env))
        # What the re-exec set at first: fixed thresholds (measured slower, see memory.py).
        fixed = {"MALLOC_MMAP_THRESHOLD_": "131072", "MALLOC_TRIM_THRESHOLD_": "131072"}
        sidecars.append((f"{ours} + 128 KiB mmap/trim thresholds", ROOT / "python", fixed))
    if args.baseline_rev:
        sidecars.append((f"baseline {args.baseline_rev}", baseline_dir(args.baseline_rev), {}))
    rows = []
    for r in range(args.rounds):
        # Alternate which goes first: neighbours' load drifts over a run.
        for label, folder, extra in sidecars if r % 2 == 0 else sidecars[::-1]:
            rows.append(measure(folder, files, args.batch, label, extra))
    order = [label for label, _, _ in sidecars]
    rows.sort(key=lambda row: order.index(row["label"]))
    print(table(rows))
    if args.no_write:
        return
    import torch  # only for the version line

    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    names = [
        ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if ln.startswith("model name")
    ]
    cpu = names[0] if names else platform.machine()
    section = (
        "## Sidecar memory\n\n"
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
        f"- machine: {os.cpu_count()} CPUs (nproc, {cpu}; shared with other engineers' work, "
        f"load average per run in the table), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, torch {torch.__version__}\n"
        f"- command: `bash scripts/py.sh python bench/sidecar_memory.py {' '.join(sys.argv[1:])}`\n"
        "- each sidecar: the real `python -m siza_ml` with SIZA_ML_WARMUP=1 (as the extension "
        "launches it), started with MALLOC_* unset (this tree's sets MALLOC_ARENA_MAX=2 in its "
        "re-exec); RSS and VmHWM from /proc/<pid>/status\n"
        f"- workspace: {args.files} files rendered by the extension's component library "
        "(src/core/library: 61 components x 5 frameworks, renamed 'v2', 'v3' after the first 305 "
        "so each file differs; ~3.2 KB of code each, most past the model's 256 word pieces); "
        "indexed through POST /vectors/bench/upsert, 32 items with text and metadata a request; "
        f"then one POST /embed/batch of {args.batch} of those texts (2,000 characters each)\n"
        "- 'training stack mapped': shared libraries of pyarrow, pandas, sklearn, scipy in "
        "/proc/<pid>/maps (sentence-transformers imports them through datasets and peft)\n\n"
        + table(rows)
    )
    replace_section("## Sidecar memory", section)


if __name__ == "__main__":
    main()
