"""/vectors against a real uvicorn sidecar: contract, validation, persistence, concurrency, auth."""

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np
import pytest

from sidecar_proc import Sidecar, start, stop
from siza_ml.services.vectors.codec import encode_vector

DIMS = 384
BATCH_LIMIT = 64


def unit(n: int, seed: int = 0) -> np.ndarray:
    vecs = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def items(vecs: np.ndarray, prefix: str = "c", **meta: object) -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "vector": encode_vector(v), "metadata": {"i": i, **meta}}
        for i, v in enumerate(vecs)
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sidecar]:
    s = start(
        tmp_path_factory.mktemp("vectors") / "server.log",
        SIZA_ML_MAX_BATCH_TEXTS=str(BATCH_LIMIT),
    )
    yield s
    stop(s.proc)


@pytest.fixture
def client(server: Sidecar) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def search(client: httpx.Client, name: str, vec: np.ndarray, **extra: object) -> dict:
    r = client.post(f"/vectors/{name}/search", json={"vector": encode_vector(vec), **extra})
    assert r.status_code == 200, r.text
    return r.json()


def test_upsert_search_replace_remove_round_trip(client):
    vecs = unit(40)
    r = client.post("/vectors/rt/upsert", json={"items": items(vecs, kind="card")})
    assert r.json() == {"upserted": 40, "count": 40}
    body = search(client, "rt", vecs[7], k=3)
    assert body["count"] == 40
    assert [set(h) for h in body["results"]] == [{"id", "score", "metadata"}] * 3
    assert body["results"][0]["id"] == "c7"
    assert body["results"][0]["metadata"] == {"i": 7, "kind": "card"}
    assert body["results"][0]["score"] == pytest.approx(1.0, abs=1e-5)

    new = unit(1, seed=3)[0]
    replace = {"items": [{"id": "c7", "vector": encode_vector(new), "metadata": {"v": 2}}]}
    assert client.post("/vectors/rt/upsert", json=replace).json() == {"upserted": 1, "count": 40}
    assert search(client, "rt", new, k=1)["results"][0]["metadata"] == {"v": 2}

    r = client.post("/vectors/rt/remove", json={"ids": ["c7", "c8", "absent"]})
    assert r.json() == {"removed": 2, "count": 38}
    assert {h["id"] for h in search(client, "rt", new, k=100)["results"]}.isdisjoint({"c7", "c8"})


def test_filter_stats_rebuild_clear_and_listing(client):
    vecs = unit(120, seed=1)
    batch = items(vecs)
    for it in batch:
        it["metadata"]["framework"] = "react" if it["metadata"]["i"] % 40 == 0 else "vue"
    for start_at in range(0, 120, BATCH_LIMIT):
        client.post("/vectors/fl/upsert", json={"items": batch[start_at : start_at + BATCH_LIMIT]})
    hits = search(client, "fl", vecs[1], k=10, filter={"framework": "react"})["results"]
    assert sorted(h["id"] for h in hits) == ["c0", "c40", "c80"]

    stats = client.get("/vectors/fl/stats").json()
    assert stats["name"] == "fl" and stats["count"] == 120 and stats["dimensions"] == DIMS
    assert stats["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert stats["file_bytes"] > 120 * DIMS * 4 and stats["last_saved"].endswith("Z")
    assert stats["problems"] == []
    rebuilt = client.post("/vectors/fl/rebuild").json()
    assert rebuilt["count"] == 120
    assert search(client, "fl", vecs[33], k=1)["results"][0]["id"] == "c33"

    names = [c["name"] for c in client.get("/vectors/collections").json()["collections"]]
    assert {"workspace", "library", "fl"} <= set(names)
    assert client.get("/ready").json()["indexes"]["fl"] == 120
    assert client.delete("/vectors/fl").json() == {"removed": 120, "count": 0}
    assert client.get("/vectors/fl/stats").status_code == 404
    assert client.delete("/vectors/library").json()["count"] == 0
    assert client.get("/vectors/library/stats").json()["count"] == 0


def _detail(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    detail = r.json()["detail"]
    return detail if isinstance(detail, str) else json.dumps(detail)


def test_bad_input_gets_a_clear_4xx(client):
    vec = encode_vector(unit(1)[0])
    short = encode_vector(np.ones(3, dtype=np.float32))
    up = "/vectors/bad/upsert"
    one = {"id": "a", "vector": vec}
    # Python's JSON parser accepts NaN; the store must still refuse it (it is not JSON).
    nan_body = json.dumps({"items": [{**one, "metadata": {"x": "NAN"}}]}).replace('"NAN"', "NaN")
    cases: list[tuple[str, dict | str, int, str]] = [
        (up, {"items": [{"id": "a", "vector": short}]}, 422, "expected 384 dimensions, got 3"),
        (up, {"items": [{"id": "a", "vector": "not base64!"}]}, 422, "base64"),
        (up, {"items": [{"id": "a"}]}, 422, "exactly one of vector and text"),
        (up, {"items": [{**one, "text": "x"}]}, 422, "exactly one of vector and text"),
        (up, {"items": [one, one]}, 422, "appears twice"),
        (up, {"items": [{**one, "metadata": {"x": "y" * 20_000}}]}, 422, "at most 16384"),
        (up, {"items": [{**one, "meta": {}}]}, 422, "extra_forbidden"),
        (up, {"items": []}, 422, "at least 1"),
        (up, {"items": [one] * (BATCH_LIMIT + 1)}, 422, f"at most {BATCH_LIMIT}"),
        (up, nan_body, 422, "NaN"),
        (up, nan_body.replace("NaN", '"\\udfff"'), 422, "not valid UTF-8"),
        (up, {"items": [{"id": "a", "vector": encode_vector(np.zeros(DIMS))}]}, 422, "non-zero"),
        ("/vectors/Bad!/upsert", {"items": [one]}, 422, "pattern"),
        ("/vectors/workspace/search", {"vector": vec, "k": 0}, 422, "greater than or equal"),
        ("/vectors/workspace/search", {"vector": vec, "k": 101}, 422, "less than or equal"),
        ("/vectors/workspace/search", {"vector": short}, 422, "expected 384 dimensions, got 3"),
        ("/vectors/workspace/search", {"k": 3}, 422, "exactly one of vector and text"),
        ("/vectors/ghost/search", {"vector": vec}, 404, "'ghost' does not exist"),
        ("/vectors/ghost/remove", {"ids": ["a"]}, 404, "'ghost' does not exist"),
        ("/vectors/ghost/rebuild", {}, 404, "'ghost' does not exist"),
    ]
    for path, body, status, needle in cases:
        if isinstance(body, str):
            r = client.post(path, content=body, headers={"Content-Type": "application/json"})
        else:
            r = client.post(path, json=body)
        assert needle in _detail(r, status), (path, body if len(str(body)) < 300 else "...")
    assert "'ghost' does not exist" in _detail(client.get("/vectors/ghost/stats"), 404)
    assert "'ghost' does not exist" in _detail(client.delete("/vectors/ghost"), 404)
    assert client.get("/vectors/bad/stats").status_code == 404  # no failed upsert created it


def test_parallel_http_upserts_lose_nothing(client, server):
    def send(n: int) -> int:
        with server.client() as c:
            body = {"items": items(unit(16, seed=100 + n), prefix=f"p{n}-")}
            return c.post("/vectors/par/upsert", json=body).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(send, range(24)))
    assert codes == [200] * 24
    assert client.get("/vectors/par/stats").json()["count"] == 24 * 16


ROUTES = [
    ("GET", "/vectors/collections"),
    ("POST", "/vectors/workspace/upsert"),
    ("POST", "/vectors/workspace/remove"),
    ("POST", "/vectors/workspace/search"),
    ("GET", "/vectors/workspace/stats"),
    ("POST", "/vectors/workspace/rebuild"),
    ("DELETE", "/vectors/workspace"),
]


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_every_route_needs_the_token(server, method, path):
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        r = httpx.request(method, f"{server.base_url}{path}", headers=headers, json={}, timeout=10)
        assert r.status_code == 401
        assert r.json() == {"detail": "Missing or invalid bearer token"}


def test_text_without_a_loadable_model_is_503_and_vectors_still_work(spawn_sidecar, tmp_path):
    s = spawn_sidecar(
        SIZA_ML_EMBEDDING_MODEL_PATH=str(tmp_path / "no-model-here"),
        SIZA_ML_EMBEDDING_MODEL="nobody/no-such-model",
        HF_HUB_OFFLINE="1",
    )
    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=60) as c:
        r = c.post("/vectors/workspace/search", json={"text": "a button"})
        assert r.status_code == 503, r.text
        assert r.json()["detail"]  # says why, whichever service found the problem
        vecs = unit(2)
        assert c.post("/vectors/workspace/upsert", json={"items": items(vecs)}).status_code == 200
        assert search(c, "workspace", vecs[1], k=1)["results"][0]["id"] == "c1"


def test_text_is_embedded_end_to_end(server):
    # The first text loads the real model: a generous bound on a busy machine, not a timing test.
    client = httpx.Client(base_url=server.base_url, headers=server.auth(), timeout=180)
    docs = {
        "button": "a clickable button that submits a form",
        "table": "a data table with pagination",
        "modal": "a modal dialog with a close icon",
    }
    batch = [{"id": k, "text": t, "metadata": {"kind": k}} for k, t in docs.items()]
    with client:
        assert client.post("/vectors/text/upsert", json={"items": batch}).status_code == 200
        r = client.post("/vectors/text/search", json={"text": "submit button", "k": 3})
        assert r.status_code == 200, r.text
        assert r.json()["results"][0]["id"] == "button"
        # A text query and a vector query of the same text meet the same stored vector.
        vec = client.post("/embed", json={"text": docs["table"]}).json()["embedding"]
        hit = client.post("/vectors/text/search", json={"vector": vec, "k": 1}).json()
        assert hit["results"][0]["id"] == "table"
        assert hit["results"][0]["score"] == pytest.approx(1.0, abs=1e-3)


def _restart(spawn, data: Path, before: Sidecar | None = None) -> Sidecar:
    if before is not None:
        stop(before.proc)
    return spawn(SIZA_ML_DATA_DIR=str(data))


def test_ids_and_data_survive_a_restart(spawn_sidecar, tmp_path):
    vecs = unit(50, seed=7)
    s = _restart(spawn_sidecar, tmp_path / "data")
    with s.client() as c:
        c.post("/vectors/workspace/upsert", json={"items": items(vecs[:30])})
        c.post("/vectors/workspace/rebuild")  # snapshot + later journaled writes
        c.post("/vectors/workspace/upsert", json={"items": items(vecs[30:], prefix="late")})
        c.post("/vectors/workspace/remove", json={"ids": ["c3"]})
    s = _restart(spawn_sidecar, tmp_path / "data", s)
    with s.client() as c:
        assert c.get("/vectors/workspace/stats").json()["count"] == 49
        assert search(c, "workspace", vecs[12], k=1)["results"][0]["id"] == "c12"
        assert search(c, "workspace", vecs[40], k=1)["results"][0]["id"] == "late10"
        assert search(c, "workspace", vecs[3], k=1)["results"][0]["id"] != "c3"


@pytest.mark.parametrize("damaged", ["vectors.f32", "meta.json"])
def test_corrupt_files_are_set_aside_and_reported_on_the_next_start(
    spawn_sidecar, tmp_path, damaged
):
    data = tmp_path / "data"
    s = _restart(spawn_sidecar, data)
    with s.client() as c:
        c.post("/vectors/workspace/upsert", json={"items": items(unit(20))})
        c.post("/vectors/workspace/rebuild")
    stop(s.proc)
    path = data / "vectors" / "workspace" / damaged
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw[: len(raw) - 7]))
    s = _restart(spawn_sidecar, data)
    with s.client() as c:
        stats = c.get("/vectors/workspace/stats").json()
        ready = c.get("/ready").json()
    assert stats["count"] == 0 and len(stats["problems"]) == 1
    assert "workspace.corrupt-" in stats["problems"][0]
    assert ready["problems"] == stats["problems"] and ready["indexes"]["workspace"] == 0
    assert [p.name for p in (data / "vectors").glob("workspace.corrupt-*/" + damaged)]
    assert "files moved to workspace.corrupt-" in s.log_path.read_text()
