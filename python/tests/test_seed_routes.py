"""The seed's /vector routes on a real sidecar, with the local files and with the team database:
index by number arrays or text, search, stats, rebuild, on the one default collection."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from sidecar_proc import start, stop

DIMS = 384


def unit(n: int, seed: int = 0) -> np.ndarray:
    vecs = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


@pytest.fixture(params=["files", "team"])
def client(request, tmp_path: Path) -> Iterator[httpx.Client]:
    env = {}
    if request.param == "team":
        env["SIZA_ML_DATABASE_URL"] = request.getfixturevalue("pg").database()
    s = start(tmp_path / "seed.log", **env)
    try:
        with s.client() as c:
            yield c
    finally:
        stop(s.proc)


def test_seed_routes_index_search_stats_rebuild(client: httpx.Client, request):
    team = "team" in request.node.callspec.id
    empty = client.get("/vector/stats").json()
    assert (empty["name"], empty["count"], empty["dimensions"]) == ("default", 0, DIMS)
    assert client.post("/vector/search", json={"vector": unit(1)[0].tolist()}).json() == {
        "results": [],
        "count": 0,
    }

    vecs = unit(6, seed=1)
    batch = [
        {"id": f"s{i}", "vector": v.tolist(), "metadata": {"kind": "a" if i < 3 else "b"}}
        for i, v in enumerate(vecs)
    ]
    assert client.post("/vector/index", json={"items": batch}).json() == {"indexed": 6, "count": 6}
    body = client.post("/vector/search", json={"vector": vecs[4].tolist(), "k": 2}).json()
    assert body["count"] == 6 and body["results"][0]["id"] == "s4"
    assert body["results"][0]["score"] == pytest.approx(1.0, abs=1e-5)
    assert ("namespace" in body["results"][0]) is team  # only a team server's hits carry it
    picked = client.post(
        "/vector/search", json={"vector": vecs[4].tolist(), "k": 6, "filter": {"kind": "a"}}
    ).json()["results"]
    assert sorted(h["id"] for h in picked) == ["s0", "s1", "s2"]

    assert client.get("/vector/stats").json()["count"] == 6
    assert client.post("/vector/rebuild").json()["count"] == 6
    # the same collection through /vectors: one store behind both
    assert client.get("/vectors/default/stats").json()["count"] == 6

    short = client.post("/vector/index", json={"items": [{"id": "x", "vector": [0.5] * 3}]})
    assert short.status_code == 422 and "expected 384 dimensions" in short.json()["detail"]
