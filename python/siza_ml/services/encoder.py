"""Encoders for the embedding service: plain-torch BERT + mean pooling, or sentence-transformers.

A sentence-transformers folder of the usual shape (BERT, mean pooling, normalize) is run by
`MeanPoolingEncoder` on `tokenizers` + `safetensors` + services/bert.py: the same vectors (see
tests/test_encoder.py) without importing transformers, datasets, peft and the training stack
(~290 MB of RSS). Anything else (another pooling, a hub name) goes to `SentenceTransformerEncoder`.
"""

import json
import logging
from pathlib import Path
from typing import Any, Protocol

import numpy as np

log = logging.getLogger("siza_ml.embeddings")

# Texts per forward pass: activations grow with batch x length^2 (attention), so bound the batch.
MAX_BATCH = 32
_MEAN_POOLING = {"pooling_mode_mean_tokens": True}
_TRANSFORMER, _POOLING, _NORMALIZE = (
    f"sentence_transformers.models.{name}" for name in ("Transformer", "Pooling", "Normalize")
)


class Encoder(Protocol):
    kind: str
    dimensions: int
    # Runs the model under bf16 autocast (the service sets it where the CPU has native bf16).
    autocast_bf16: bool

    def encode(self, texts: list[str], batch_size: int = MAX_BATCH) -> np.ndarray:
        """(n, dimensions) float32, L2-normalised rows, in the order of `texts`."""
        ...

    def cast_linear_to_bf16(self) -> None:
        """Casts the Linear weights once, for autocast_bf16 (the same bits, no cast per call)."""
        ...


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def mean_pooling_layout(folder: Path) -> str | None:
    """None when `folder` is BERT + mean pooling (+ normalize); else why it is not."""
    needed = ["config.json", "model.safetensors", "tokenizer.json", "modules.json"]
    absent = [name for name in needed if not (folder / name).is_file()]
    if absent:
        return f"no {', '.join(absent)}"
    modules = _read_json(folder / "modules.json")
    types = [m.get("type") for m in modules]
    if types not in ([_TRANSFORMER, _POOLING], [_TRANSFORMER, _POOLING, _NORMALIZE]):
        return f"modules {types}"
    if modules[0].get("path", "") != "":
        return "the transformer is not at the folder's top level"
    pooling = _read_json(folder / modules[1]["path"] / "config.json")
    modes = {k: v for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    if modes != _MEAN_POOLING:
        return f"pooling {sorted(modes)}"
    if _read_json(folder / "config.json").get("model_type") != "bert":
        return "not a BERT model"
    return None


def _cast_linear_to_bf16(model: Any) -> None:
    import torch

    for module in model.modules():
        if isinstance(module, torch.nn.Linear):
            module.to(torch.bfloat16)


class MeanPoolingEncoder:
    """tokenizer.json + BertModel + masked mean + L2 norm, as sentence-transformers computes it."""

    kind = "torch-bert"

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        from .bert import BertModel

        self.model = BertModel.from_folder(folder)
        st_config = folder / "sentence_bert_config.json"
        st = _read_json(st_config) if st_config.is_file() else {}
        self.max_length = min(
            int(st.get("max_seq_length") or 512), self.model.config.max_position_embeddings
        )
        self.lower = bool(st.get("do_lower_case", False))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # tokenizer.json carries its own (128, fixed padding); sentence-transformers uses its own.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_length)
        self.pad_id = self.tokenizer.token_to_id("[PAD]") or 0
        self.dimensions = self.model.config.hidden_size
        self.autocast_bf16 = False

    def cast_linear_to_bf16(self) -> None:
        _cast_linear_to_bf16(self.model)

    def encode(self, texts: list[str], batch_size: int = MAX_BATCH) -> np.ndarray:
        import torch

        size = max(1, min(batch_size, MAX_BATCH))
        ids = [e.ids for e in self.tokenizer.encode_batch([self._prep(t) for t in texts])]
        # Longest first, as sentence-transformers does: each batch pads to similar lengths.
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        out = np.empty((len(ids), self.dimensions), dtype=np.float32)
        with (
            torch.inference_mode(),
            torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.autocast_bf16),
        ):
            for start in range(0, len(order), size):
                chunk = order[start : start + size]
                out[chunk] = self._encode_batch([ids[i] for i in chunk])
        return out

    def _prep(self, text: str) -> str:
        return text.lower() if self.lower else text

    def _encode_batch(self, rows: list[list[int]]) -> np.ndarray:
        import torch
        import torch.nn.functional as F

        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
            mask[i, : len(r)] = 1
        hidden = self.model(ids, mask).float()
        m = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled, p=2, dim=1).numpy()


class SentenceTransformerEncoder:
    """The fallback: any model sentence-transformers can load (a folder or a hub name)."""

    kind = "sentence-transformers"

    def __init__(self, location: str) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(location)
        self.model.eval()
        dims = getattr(self.model, "get_embedding_dimension", None) or (
            self.model.get_sentence_embedding_dimension
        )
        self.dimensions = int(dims())
        self.autocast_bf16 = False

    def cast_linear_to_bf16(self) -> None:
        _cast_linear_to_bf16(self.model)

    def encode(self, texts: list[str], batch_size: int = MAX_BATCH) -> np.ndarray:
        import torch

        with (
            torch.inference_mode(),
            torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.autocast_bf16),
        ):
            vecs = self.model.encode(
                texts,
                batch_size=max(1, min(batch_size, MAX_BATCH)),
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vecs, dtype=np.float32)


def load_encoder(location: str, is_folder: bool) -> Encoder:
    """The plain-torch encoder where the folder allows it, else sentence-transformers."""
    if is_folder:
        why_not = mean_pooling_layout(Path(location))
        if why_not is None:
            return MeanPoolingEncoder(Path(location))
        log.info("%s: %s, loading it with sentence-transformers", location, why_not)
    return SentenceTransformerEncoder(location)
