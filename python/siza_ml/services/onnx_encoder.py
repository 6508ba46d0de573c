"""The base install's encoder: the extension's own ONNX export of all-MiniLM-L6-v2 on onnxruntime.

The extension ships `models/all-MiniLM-L6-v2` (onnx/model.onnx + tokenizer.json, built by
scripts/export_onnx.py from the same weights, checked against torch) for its in-process tier; the
sidecar runs the same file, so no torch is needed to embed and both tiers give the same vectors.
Tokenising, length-sorted batches and masked mean pooling are as in encoder.MeanPoolingEncoder.
"""

import json
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("siza_ml.embeddings")

MAX_BATCH = 32
MANIFEST = "siza-model.json"
# The extension's layout: <extension>/python/siza_ml/services/this file, <extension>/models/...
BUNDLED_DIR = Path(__file__).resolve().parents[3] / "models" / "all-MiniLM-L6-v2"


def onnx_layout(folder: Path) -> str | None:
    """None when `folder` is an export of scripts/export_onnx.py; else why it is not."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return f"no {MANIFEST}"
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    if meta.get("pooling") != "mean" or not meta.get("normalize"):
        return f"pooling {meta.get('pooling')!r}, normalize {meta.get('normalize')!r}"
    absent = [n for n in (meta.get("file", ""), "tokenizer.json") if not (folder / n).is_file()]
    return f"no {', '.join(absent)}" if absent else None


class OnnxEncoder:
    """tokenizer.json + onnxruntime (CPU) + masked mean + L2 norm."""

    kind = "onnxruntime"

    def __init__(self, folder: Path, threads: int | None = None, cpu_arena: bool = False) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        self.model_id = str(meta.get("modelId", folder.name))
        self.dimensions = int(meta["dimensions"])
        self.max_length = int(meta.get("maxSeqLength", 256))
        opts = ort.SessionOptions()
        # One encode at a time (the service's lock): intra-op threads use the cores, inter-op 1.
        opts.intra_op_num_threads = threads or os.cpu_count() or 1
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # No arena: a batch's activations go back to malloc (and malloc_trim) instead of staying
        # reserved; no spinning: idle intra-op threads leave the 2 cores to the event loop and
        # the editor (bench/RESULTS.md "Embedding runtimes (lean base)" measures both).
        opts.enable_cpu_mem_arena = cpu_arena
        opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if cpu_arena else "0")
        self.session = ort.InferenceSession(
            str(folder / meta["file"]), opts, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_length)
        self.pad_id = self.tokenizer.token_to_id("[PAD]") or 0
        self.runtime_version = ort.__version__
        # The Encoder protocol's bf16 switch: onnxruntime's CPU kernels here are fp32 only.
        self.autocast_bf16 = False

    def cast_linear_to_bf16(self) -> None:  # pragma: no cover - never chosen (autocast stays off)
        raise NotImplementedError("the ONNX encoder runs in fp32")

    def encode(self, texts: list[str], batch_size: int = MAX_BATCH) -> np.ndarray:
        size = max(1, min(batch_size, MAX_BATCH))
        encs = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(encs)), key=lambda i: -len(encs[i].ids))
        out = np.empty((len(encs), self.dimensions), dtype=np.float32)
        for start in range(0, len(order), size):
            chunk = order[start : start + size]
            out[chunk] = self._encode_batch([encs[i] for i in chunk])
        return out

    def _encode_batch(self, encs: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encs)
        ids = np.full((len(encs), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encs), width), dtype=np.int64)
        types = np.zeros((len(encs), width), dtype=np.int64)
        for i, e in enumerate(encs):
            n = len(e.ids)
            ids[i, :n], mask[i, :n], types[i, :n] = e.ids, 1, e.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        hidden = self.session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)
