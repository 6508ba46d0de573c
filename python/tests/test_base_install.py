"""The base install alone (python/requirements.txt, no extra) serves: a fresh venv, pip from the
warm cache, the sidecar run from python/ as the extension runs it. Embeddings on onnxruntime match
the dev venv's torch encoder; the routes of a missing extra answer 503 naming it, never 500."""

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

import httpx
import numpy as np
import pytest

from sidecar_proc import HOST, PYTHON_DIR, free_port, stop, wait_healthy
from siza_ml.services.embeddings import package_model_dir
from siza_ml.services.encoder import MeanPoolingEncoder
from siza_ml.services.onnx_encoder import BUNDLED_DIR, onnx_layout

# pip resolves and installs ~35 wheels; from the warm cache that takes ~1 min here. A bound, not a
# timing assertion: a cold cache downloads ~200 MB.
PIP_TIMEOUT_S = 600
TEXTS = [
    "a submit button",
    "export function Card({ title }: Props) { return <section><h2>{title}</h2></section>; }",
]
CODE = "export function Save() { return <button><img src='disk.png' /></button>; }\n"


def _run(cmd: list[str], timeout: float = PIP_TIMEOUT_S) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def base_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert onnx_layout(BUNDLED_DIR) is None, "run `npm run build:model` first (models/ is missing)"
    venv = tmp_path_factory.mktemp("base") / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], timeout=120)
    python = venv / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    _run([*pip, "-r", str(PYTHON_DIR / "requirements.txt")])
    return python


@pytest.fixture(scope="module")
def sidecar(base_python: Path, tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("base-run")
    port, token = free_port(), secrets.token_urlsafe(24)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIZA_ML_", "PYTHON"))}
    # As the extension launches it: from python/ on PYTHONPATH, never pip-installed.
    env.update(
        PYTHONPATH=str(PYTHON_DIR),
        PYTHONSAFEPATH="1",
        SIZA_ML_TOKEN=token,
        SIZA_ML_DATA_DIR=str(tmp / "data"),
    )
    log_path = tmp / "sidecar.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(base_python), "-m", "siza_ml", "--port", str(port)],
            cwd=tmp,
            env=env,
            stdout=log,
            stderr=log,
        )
    url = f"http://{HOST}:{port}"
    try:
        wait_healthy(url, token, proc)
        with httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60
        ) as client:
            yield client, log_path
    finally:
        stop(proc)


def test_the_base_venv_has_no_torch_stack(base_python: Path):
    probe = (
        "import importlib.util as u; "
        "print(*[m for m in ('torch', 'transformers', 'datasets', 'peft', 'gguf', "
        "'sentence_transformers', 'pyarrow', 'onnxruntime', 'faiss') if u.find_spec(m)])"
    )
    assert _run([str(base_python), "-c", probe], timeout=60).split() == ["onnxruntime", "faiss"]


def test_ready_reports_no_extras_and_the_onnx_encoder(sidecar):
    client, log_path = sidecar
    r = client.post("/embed/batch", json={"texts": TEXTS})
    assert r.status_code == 200, (r.text, log_path.read_text(errors="replace"))
    # base64 little-endian float32, one string per text (schemas/embeddings.py)
    ours = np.stack([np.frombuffer(base64.b64decode(v), "<f4") for v in r.json()["embeddings"]])
    assert ours.shape == (2, 384)
    # Parity with today's path: the dev venv's torch encoder on the package's safetensors.
    ref = MeanPoolingEncoder(package_model_dir()).encode(TEXTS)
    assert float(np.min(np.sum(ours * ref, axis=1))) >= 0.999
    ready = client.get("/ready").json()
    assert ready["extras"] == {"train": False, "ingest": False, "llm": False}
    assert ready["embedding_runtime"] == "onnxruntime"
    assert ready["versions"]["torch"] is None and ready["versions"]["onnxruntime"]


def test_search_and_score_work_on_the_base(sidecar):
    client, log_path = sidecar
    items = [{"id": "a", "text": "a submit button"}, {"id": "b", "text": "a data table"}]
    r = client.post("/vectors/base/upsert", json={"items": items})
    assert r.status_code == 200, (r.text, log_path.read_text(errors="replace"))
    hits = client.post("/vectors/base/search", json={"text": "button to submit", "k": 2}).json()
    assert [h["id"] for h in hits["results"]] == ["a", "b"], hits
    r = client.post("/score", json={"code": CODE, "framework": "react"})
    assert r.status_code == 200 and r.json()["violations"], r.text


def test_routes_of_a_missing_extra_answer_503_naming_it(sidecar):
    client, _ = sidecar
    r = client.post(
        "/train/start",
        json={"examples": [{"prompt": "a button", "completion": "<button>Save</button>"}] * 4},
    )
    assert r.status_code == 503, r.text
    assert "'train' extra" in r.json()["detail"]
    assert "requirements-extra-train.txt" in r.json()["detail"]
    r = client.post("/ingest/dataset", json={"path": "rows.jsonl"})
    assert r.status_code == 503, r.text
    assert "'ingest' extra" in r.json()["detail"]
    # Routes that need no extra still answer.
    assert client.get("/train/adapters").status_code == 200
