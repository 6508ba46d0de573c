"""The plain-torch encoder gives sentence-transformers' vectors, and the sidecar loads it lazily."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sentence_transformers import SentenceTransformer

from sidecar_proc import PYTHON_DIR
from siza_ml.services.embeddings import package_model_dir
from siza_ml.services.encoder import (
    MeanPoolingEncoder,
    SentenceTransformerEncoder,
    load_encoder,
    mean_pooling_layout,
)

REPO = PYTHON_DIR.parent
MODEL = package_model_dir()


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\0" not in data


def real_texts() -> list[str]:
    """Component files of the repo (fixtures and the library's sources) and edge cases."""
    files = sorted(p for p in (REPO / "test" / "fixtures").rglob("*") if p.is_file())
    files += sorted((REPO / "src" / "core" / "library" / "components").glob("*.ts"))[:20]
    # text files only: the fixtures hold a binary on purpose (the CLI skips it)
    texts = [b.decode("utf-8")[:4000] for b in map(Path.read_bytes, files) if _is_utf8(b)]
    assert len(texts) > 40
    return [
        *texts,
        "a submit button",
        "",
        "Ünïcödé café naïve — 日本語のボタン, emoji 🚀",
        "word " * 600,  # past the 256 word pieces the model reads
    ]


@pytest.fixture(scope="module")
def reference() -> SentenceTransformer:
    assert MODEL is not None
    return SentenceTransformer(str(MODEL))


def test_mean_pooling_encoder_matches_sentence_transformers(reference):
    texts = real_texts()
    ours = MeanPoolingEncoder(MODEL).encode(texts)
    theirs = reference.encode(texts, batch_size=32, normalize_embeddings=True)
    assert ours.dtype == np.float32 and ours.shape == theirs.shape == (len(texts), 384)
    assert float(np.abs(ours - theirs).max()) < 1e-5
    assert float(np.sum(ours * theirs, axis=1).min()) > 0.99999


def test_order_and_batching_do_not_change_vectors():
    enc = MeanPoolingEncoder(MODEL)
    texts = real_texts()[-12:]
    together = enc.encode(texts, batch_size=5)
    alone = np.stack([enc.encode([t])[0] for t in texts])
    assert float(np.abs(together - alone).max()) < 1e-5


def test_another_pooling_falls_back_to_sentence_transformers(tmp_path: Path):
    folder = tmp_path / "cls-model"
    shutil.copytree(MODEL, folder)
    pooling = folder / "1_Pooling" / "config.json"
    cfg = json.loads(pooling.read_text())
    cfg.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(cfg))
    assert mean_pooling_layout(folder) == "pooling ['pooling_mode_cls_token']"
    enc = load_encoder(str(folder), is_folder=True)
    assert isinstance(enc, SentenceTransformerEncoder)
    texts = ["a submit button", "a modal dialog"]
    expected = SentenceTransformer(str(folder)).encode(texts, normalize_embeddings=True)
    assert float(np.abs(enc.encode(texts) - expected).max()) < 1e-6


def test_the_service_embeds_without_importing_the_training_stack(tmp_path: Path):
    script = (
        "import asyncio, sys\n"
        "from siza_ml.config import Settings\n"
        "from siza_ml.services.embeddings import EmbeddingService\n"
        "from siza_ml.services.models import ModelRegistry\n"
        "from siza_ml.services.workers import CpuWorkers\n"
        "svc = EmbeddingService(Settings(token='t'), ModelRegistry.default(), CpuWorkers(1))\n"
        "assert asyncio.run(svc.embed(['a button'])).shape == (1, 384)\n"
        "heavy = ('sentence_transformers', 'transformers', 'datasets', 'peft', 'accelerate')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    env = {"PYTHONPATH": str(PYTHON_DIR), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
