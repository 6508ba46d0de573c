"""BERT's encoder forward pass in plain torch, weights straight from a model folder's safetensors.

Only what inference needs (no dropout, no pooler, no caches): importing transformers for this costs
~290 MB of RSS and a second of start-up (tests/test_encoder.py checks parity with it).
"""

import json
import math
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from torch import nn


@dataclass(frozen=True)
class BertConfig:
    vocab_size: int
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    intermediate_size: int
    max_position_embeddings: int
    type_vocab_size: int
    layer_norm_eps: float

    @classmethod
    def read(cls, folder: Path) -> "BertConfig":
        raw = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if raw.get("model_type") != "bert":
            raise ValueError(f"model_type {raw.get('model_type')!r} is not bert")
        if raw.get("hidden_act", "gelu") != "gelu":
            raise ValueError(f"hidden_act {raw['hidden_act']!r} is not gelu")
        if raw.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError("only absolute position embeddings are supported")
        return cls(**{name: raw[name] for name in cls.__dataclass_fields__})


class Embeddings(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden_size)
        self.position_embeddings = nn.Embedding(c.max_position_embeddings, c.hidden_size)
        self.token_type_embeddings = nn.Embedding(c.type_vocab_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)

    def forward(self, ids: torch.Tensor, type_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.word_embeddings(ids) + self.token_type_embeddings(type_ids)
        return self.LayerNorm(x + self.position_embeddings(positions))


class SelfAttention(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.heads = c.num_attention_heads
        self.query = nn.Linear(c.hidden_size, c.hidden_size)
        self.key = nn.Linear(c.hidden_size, c.hidden_size)
        self.value = nn.Linear(c.hidden_size, c.hidden_size)


class DenseNorm(nn.Module):
    """`dense`, then a residual LayerNorm: BERT's attention.output and output blocks."""

    def __init__(self, n_in: int, n_out: int, eps: float) -> None:
        super().__init__()
        self.dense = nn.Linear(n_in, n_out)
        self.LayerNorm = nn.LayerNorm(n_out, eps=eps)

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dense(x) + residual)


class Attention(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.self = SelfAttention(c)  # the checkpoint's name for it
        self.output = DenseNorm(c.hidden_size, c.hidden_size, c.layer_norm_eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        sa = self.self
        b, n, d = x.shape
        h = sa.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, h, d // h).transpose(1, 2)

        q, k, v = split(sa.query(x)), split(sa.key(x)), split(sa.value(x))
        ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=1 / math.sqrt(d // h))
        return self.output(ctx.transpose(1, 2).reshape(b, n, d), x)


class Intermediate(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.dense = nn.Linear(c.hidden_size, c.intermediate_size)


class Layer(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.attention = Attention(c)
        self.intermediate = Intermediate(c)
        self.output = DenseNorm(c.intermediate_size, c.hidden_size, c.layer_norm_eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = self.attention(x, mask)
        return self.output(F.gelu(self.intermediate.dense(x)), x)


class Encoder(nn.Module):
    def __init__(self, c: BertConfig) -> None:
        super().__init__()
        self.layer = nn.ModuleList(Layer(c) for _ in range(c.num_hidden_layers))


class BertModel(nn.Module):
    """The last hidden state of HF's BertModel (eval mode), with the same parameter names."""

    def __init__(self, config: BertConfig) -> None:
        super().__init__()
        self.config = config
        self.embeddings = Embeddings(config)
        self.encoder = Encoder(config)

    @classmethod
    def from_folder(cls, folder: Path) -> "BertModel":
        # Not on the meta device: that imports torch._refs and sympy (~4 s); the random init is ms.
        model = cls(BertConfig.read(folder))
        weights = load_file(folder / "model.safetensors")
        # Some checkpoints prefix "bert."; the pooler and the position_ids buffer are not used.
        weights = {k.removeprefix("bert."): v for k, v in weights.items()}
        unused = {k for k in weights if k.startswith("pooler.") or k.endswith("position_ids")}
        missing, unexpected = model.load_state_dict(
            {k: v for k, v in weights.items() if k not in unused}, strict=False, assign=True
        )
        if missing or unexpected:
            raise ValueError(f"weights do not fit BERT: missing {missing}, unexpected {unexpected}")
        # fp32 (a no-op for fp32 weights): half-precision checkpoints are widened once here.
        return model.float().eval().requires_grad_(False)

    def forward(self, ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        x = self.embeddings(ids, torch.zeros_like(ids))
        # (batch, 1, 1, keys): a padded key is never attended to.
        mask = attention_mask.bool()[:, None, None, :]
        for layer in self.encoder.layer:
            x = layer(x, mask)
        return x
