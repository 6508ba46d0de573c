"""EmbeddingService in-process with the real model: load once, coalescing, chunking, bf16, codec."""

import asyncio
import base64
import threading
from pathlib import Path

import numpy as np
import pytest

from siza_ml.config import Settings
from siza_ml.services.embeddings import EmbeddingService, ModelUnavailable
from siza_ml.services.models import ModelRegistry
from siza_ml.services.vectors.codec import decode_vector, encode_vector
from siza_ml.services.workers import CpuWorkers

TEXTS = [
    "a submit button",
    "a data table with pagination and column sorting",
    "export const Modal = ({ open, onClose, children }: Props) => open ? "
    "<div role='dialog' aria-modal='true'><button onClick={onClose}>x</button>{children}</div>"
    " : null;",
    "navbar",
    "A pricing card with three tiers, a highlighted recommended plan and a call to action.",
]


def service(**overrides: object) -> EmbeddingService:
    settings = Settings(token="t", **overrides)  # type: ignore[arg-type]
    return EmbeddingService(settings, ModelRegistry.default(), CpuWorkers(4))


@pytest.fixture(scope="module")
def shared() -> EmbeddingService:
    return service()


def test_concurrent_first_calls_load_once_and_fall_back_past_a_missing_path(tmp_path: Path):
    svc = service(embedding_model_path=tmp_path / "missing")
    assert not svc.loaded and svc.registry.slots["embeddings"].loaded is False
    barrier, models = threading.Barrier(4), []

    def first_call() -> None:
        barrier.wait()
        models.append(svc.load_sync())

    threads = [threading.Thread(target=first_call) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(models) == 4 and all(m is models[0] for m in models)
    assert svc.loaded and svc.source == "package" and svc.dimensions == 384
    assert svc.model_id == "sentence-transformers/all-MiniLM-L6-v2"
    assert svc.registry.slots["embeddings"].loaded is True


def test_embed_returns_unit_float32_rows_in_order(shared):
    vecs = asyncio.run(shared.embed(TEXTS))
    assert vecs.dtype == np.float32 and vecs.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    singles = np.stack([shared.encode_sync([t])[0] for t in TEXTS])
    assert np.sum(vecs * singles, axis=1).min() > 0.9999


def test_empty_input_needs_no_model():
    svc = service()
    out = asyncio.run(svc.embed([]))
    assert out.shape == (0, 384) and not svc.loaded


def test_concurrent_calls_share_batches_and_match(shared):
    texts = [f"{t} #{i}" for i, t in enumerate(TEXTS * 4)]
    alone = np.stack([shared.encode_sync([t])[0] for t in texts])

    async def together() -> list[np.ndarray]:
        before = shared.batcher.batches
        out = await asyncio.gather(*(shared.embed([t]) for t in texts))
        assert shared.batcher.batches - before < len(texts)  # coalesced, not one batch each
        return out

    vecs = np.concatenate(asyncio.run(together()))
    assert np.sum(alone * vecs, axis=1).min() > 0.9999


def test_large_request_is_chunked_and_keeps_order():
    svc = service(embed_batch_size=4)
    texts = [f"{'long ' * (i % 7)}item {i}" for i in range(18)]
    vecs = asyncio.run(svc.embed(texts))
    assert svc.batcher.batches >= 5  # ceil(18 / 4)
    alone = np.stack([svc.encode_sync([t])[0] for t in texts])
    assert np.sum(alone * vecs, axis=1).min() > 0.9999


def test_bf16_stays_within_fp32_cosine(shared):
    fp32 = service(embed_bf16=False)
    exact = fp32.encode_sync(TEXTS)
    assert fp32.precision == "fp32"
    fast = shared.encode_sync(TEXTS)
    # On CPUs without native bf16 both are fp32 and this holds trivially.
    assert np.sum(exact * fast, axis=1).min() > 0.9999, shared.precision


def test_no_candidate_loads_raises_a_clear_error(tmp_path: Path):
    svc = service(
        embedding_model_path=tmp_path / "nope", embedding_model=str(tmp_path / "nope" / "hub")
    )
    with pytest.raises(ModelUnavailable, match="no embedding model could be loaded") as info:
        asyncio.run(svc.embed(["a"]))
    assert "path" in str(info.value) and "hub" in str(info.value)
    assert "package" not in str(info.value)  # the package carries MiniLM, not this model
    assert not svc.loaded and svc.registry.slots["embeddings"].loaded is False


def test_codec_round_trip_and_errors():
    vec = np.linspace(-1, 1, 384, dtype=np.float32)
    b64 = encode_vector(vec)
    assert base64.b64decode(b64) == vec.astype("<f4").tobytes()
    assert np.array_equal(decode_vector(b64, 384), vec)
    with pytest.raises(ValueError, match="not valid base64"):
        decode_vector("***", 384)
    with pytest.raises(ValueError, match="expected 384 dimensions, got 3"):
        decode_vector(encode_vector(vec[:3]), 384)
    with pytest.raises(ValueError, match="whole number of float32"):
        decode_vector(base64.b64encode(b"12345").decode(), 384)
