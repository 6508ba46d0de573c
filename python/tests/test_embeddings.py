"""/embed and /embed/batch against a real server running the real all-MiniLM-L6-v2."""

import base64
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np
import pytest

from sidecar_proc import Sidecar, start, stop

DIMS = 384
# Loading torch + the model on a busy 2-core machine takes ~10 s; this bounds a hang only.
MODEL_TIMEOUT_S = 120.0


def decode(b64: str) -> np.ndarray:
    # Independent of siza_ml's codec on purpose: the wire format is what the TS side reads.
    raw = base64.b64decode(b64, validate=True)
    assert len(raw) == DIMS * 4
    return np.frombuffer(raw, dtype="<f4")


def code_text(i: int) -> str:
    return (
        f"export function Card{i}({{ title, items }}: Props) {{ const [open, setOpen] = "
        f"useState(false); return (<section className='card-{i}'><h2>{{title}}</h2>"
        f"<ul>{{items.map((x) => <li key={{x.id}}>{{x.label}}</li>)}}</ul></section>); }}"
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Sidecar, dict]]:
    """A private server (the shared one must keep its model unloaded for test_health)."""
    s = start(tmp_path_factory.mktemp("embed") / "server.log")
    with s.client() as c:
        ready_before = c.get("/ready").json()
    yield s, ready_before
    stop(s.proc)


@pytest.fixture
def client(server: tuple[Sidecar, dict]) -> Iterator[httpx.Client]:
    s, _ = server
    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=MODEL_TIMEOUT_S) as c:
        yield c


def embed(client: httpx.Client, text: str) -> np.ndarray:
    r = client.post("/embed", json={"text": text})
    assert r.status_code == 200, r.text
    return decode(r.json()["embedding"])


def test_embed_round_trip(client):
    r = client.post("/embed", json={"text": "a primary button that submits the form"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"embedding", "dimensions", "model"}
    assert body["dimensions"] == DIMS
    assert body["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    vec = decode(body["embedding"])
    assert vec.dtype == np.dtype("<f4") and vec.shape == (DIMS,)
    assert np.isfinite(vec).all()
    assert abs(float(np.linalg.norm(vec)) - 1.0) < 1e-4


def test_batch_round_trip_keeps_order_and_matches_single(client):
    texts = ["a submit button", code_text(1), "x", "a data table with pagination and sorting"]
    r = client.post("/embed/batch", json={"texts": texts})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"embeddings", "dimensions", "count", "model", "vectors"}
    assert body["count"] == len(texts) == len(body["embeddings"])
    # The seed's `vectors`: the same float32 values as the base64 field, as JSON numbers.
    as_numbers = np.asarray(body["vectors"], dtype=np.float32)
    assert np.array_equal(as_numbers, np.stack([decode(b) for b in body["embeddings"]]))
    lean = client.post("/embed/batch", json={"texts": texts[:1], "vectors": False}).json()
    assert set(lean) == {"embeddings", "dimensions", "count", "model"}
    assert body["dimensions"] == DIMS
    vecs = np.stack([decode(b) for b in body["embeddings"]])
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    # Padding to the code text's length must not change the short texts' vectors.
    for text, vec in zip(texts, vecs, strict=True):
        assert float(embed(client, text) @ vec) > 0.9999, text
    assert float(vecs[0] @ vecs[3]) < 0.99  # distinct texts, distinct vectors


def test_semantic_neighbours(client):
    query = embed(client, "submit button")
    near = embed(client, "a clickable button that submits a form")
    far = embed(client, "a data table with pagination")
    assert float(query @ near) > float(query @ far) + 0.1


@pytest.mark.parametrize(
    ("path", "body", "issue"),
    [
        ("/embed", {"text": ""}, "string_too_short"),
        ("/embed", {"text": "x" * 20_001}, "string_too_long"),
        ("/embed", {"text": 5}, "string_type"),
        ("/embed", {}, "missing"),
        ("/embed", {"text": "a", "model": "other"}, "extra_forbidden"),
        ("/embed/batch", {"texts": []}, "too_short"),
        ("/embed/batch", {"texts": ["a"] * 1025}, "too_long"),
        ("/embed/batch", {"texts": ["ok", ""]}, "string_too_short"),
        ("/embed/batch", {"texts": "not a list"}, "list_type"),
    ],
)
def test_bad_input_is_422_with_a_reason(client, path, body, issue):
    r = client.post(path, json=body)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert issue in {d["type"] for d in detail}
    assert all(d["msg"] for d in detail)


def test_lone_surrogate_is_422(client):
    r = client.post(
        "/embed", content=b'{"text": "a\\ud800b"}', headers={"content-type": "application/json"}
    )
    assert r.status_code == 422, r.text
    assert r.json()["detail"][0]["type"] == "string_unicode"  # the tokenizer never sees it


def test_limits_come_from_settings(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_MAX_BATCH_TEXTS="2", SIZA_ML_MAX_TEXT_CHARS="10")
    with s.client() as c:
        too_many = c.post("/embed/batch", json={"texts": ["a", "b", "c"]})
        too_long = c.post("/embed", json={"text": "x" * 11})
    assert too_many.status_code == 422 and "at most 2 items" in too_many.text
    assert too_long.status_code == 422 and "at most 10 characters" in too_long.text


def test_both_routes_need_the_token(server):
    s, _ = server
    with httpx.Client(base_url=s.base_url, timeout=10) as anonymous:
        for path, body in (("/embed", {"text": "a"}), ("/embed/batch", {"texts": ["a"]})):
            r = anonymous.post(path, json=body)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
            bad = anonymous.post(path, json=body, headers={"Authorization": "Bearer wrong"})
            assert bad.status_code == 401


def test_ready_reports_the_model_loaded_after_first_use(server, client):
    _, before = server
    slot = {"name": "embeddings", "model_id": "sentence-transformers/all-MiniLM-L6-v2"}
    assert {**slot, "loaded": False} in before["models"]
    embed(client, "load it")
    assert {**slot, "loaded": True} in client.get("/ready").json()["models"]


def test_health_answers_while_a_large_batch_encodes(server, client):
    embed(client, "warm")  # the load is not what this test is about
    texts = [code_text(i) for i in range(512)]  # ~88 tokens each: seconds of encoding here
    result: dict[str, httpx.Response] = {}
    batch = threading.Thread(
        target=lambda: result.update(r=client.post("/embed/batch", json={"texts": texts}))
    )
    batch.start()
    time.sleep(0.3)  # let the request reach the model
    answered_during_batch = 0
    while batch.is_alive():
        r = httpx.get(f"{server[0].base_url}/health", headers=server[0].auth(), timeout=2.0)
        assert r.status_code == 200
        answered_during_batch += batch.is_alive()
        time.sleep(0.1)
    batch.join(timeout=MODEL_TIMEOUT_S)
    assert result["r"].status_code == 200 and result["r"].json()["count"] == len(texts)
    assert answered_during_batch >= 1


def test_concurrent_single_embeds_match_sequential(client):
    texts = [
        f"component number {i}: a {['card', 'modal', 'navbar', 'form'][i % 4]}" for i in range(24)
    ]
    sequential = np.stack([embed(client, t) for t in texts])
    with ThreadPoolExecutor(max_workers=12) as pool:
        concurrent = np.stack(list(pool.map(lambda t: embed(client, t), texts)))
    cos = np.sum(sequential * concurrent, axis=1)
    assert cos.min() > 0.9999


def test_no_model_anywhere_is_503_with_reasons(spawn_sidecar, tmp_path: Path):
    missing = tmp_path / "no-such-model"
    s = spawn_sidecar(
        SIZA_ML_EMBEDDING_MODEL_PATH=str(missing), SIZA_ML_EMBEDDING_MODEL=str(missing / "hub")
    )
    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=MODEL_TIMEOUT_S) as c:
        r = c.post("/embed", json={"text": "a"})
        health = c.get("/health")
    assert r.status_code == 503, r.text
    detail = r.json()["detail"]
    assert "no embedding model could be loaded" in detail
    assert "is not a folder" in detail and "hub" in detail
    assert health.status_code == 200


def test_warmup_loads_in_the_background(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_WARMUP="1")  # start() returned on the first /health 200
    deadline = time.monotonic() + MODEL_TIMEOUT_S
    with s.client() as c:
        while time.monotonic() < deadline:
            models = {m["name"]: m for m in c.get("/ready").json()["models"]}
            if models["embeddings"]["loaded"]:
                break
            time.sleep(0.2)
    assert models["embeddings"]["loaded"], "warmup never loaded the model"
    assert "embedding model sentence-transformers/all-MiniLM-L6-v2 loaded from package" in (
        s.log_path.read_text()
    )
