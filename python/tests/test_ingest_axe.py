"""POST /ingest/axe-rules with axe-core's real rules (dumped by Node from node_modules), a search
over them, and scores that cite the nearest ingested rule where the table has none."""

from collections.abc import Iterator

import httpx
import pytest

from axe_rules import axe_dump
from sidecar_proc import Sidecar, start, stop
from siza_ml.services.scoring.references import MIN_SIMILARITY, table_reference


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sidecar]:
    folder = tmp_path_factory.mktemp("axe")
    s = start(folder / "server.log", SIZA_ML_DATA_DIR=str(folder / "data"), HF_HUB_OFFLINE="1")
    yield s
    stop(s.proc)


@pytest.fixture(scope="module")
def ingested(server: Sidecar) -> dict:
    dump = axe_dump()
    with httpx.Client(base_url=server.base_url, headers=server.auth(), timeout=180) as c:
        before = c.get("/ingest/axe-rules").json()
        r = c.post("/ingest/axe-rules", json=dump)
    assert before == {"version": None, "count": 0}
    assert r.status_code == 200, r.text
    return {"dump": dump, "response": r.json()}


def client(s: Sidecar) -> httpx.Client:
    return httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=60)


def test_the_real_rules_are_embedded(server, ingested):
    dump, body = ingested["dump"], ingested["response"]
    assert len(dump["rules"]) > 80
    assert body["version"] == dump["version"]
    assert body["ingested"] == body["collection_count"] == len(dump["rules"])
    with client(server) as c:
        assert c.get("/ingest/axe-rules").json() == {
            "version": dump["version"],
            "count": len(dump["rules"]),
        }
        stats = c.get("/vectors/axe-rules/stats").json()
    assert stats["count"] == len(dump["rules"])


def test_a_search_finds_image_alt(server, ingested):
    with client(server) as c:
        hits = c.post(
            "/vectors/axe-rules/search", json={"text": "images need alternative text", "k": 3}
        ).json()["results"]
    ids = [h["id"] for h in hits]
    # all-MiniLM-L6-v2 ranks image-redundant-alt ("Alternative text of images ...") first
    assert "image-alt" in ids, ids
    [hit] = [h for h in hits if h["id"] == "image-alt"]
    meta = hit["metadata"]
    assert meta["source"] == "axe-core" and meta["help"] == "Images must have alternative text"
    assert meta["url"].startswith("https://dequeuniversity.com/rules/axe/")
    assert meta["version"] == ingested["dump"]["version"]


def test_scores_cite_the_nearest_rule_where_the_table_has_none(server, ingested):
    code = "\n".join(
        [
            "<div class='modal'>",  # a dialog without role=dialog / aria-modal
            '  <img src="hero.png">',
            "  <a>More</a>",
            "</div>",
        ]
    )
    with client(server) as c:
        body = c.post("/score", json={"code": code, "framework": "html"}).json()
    by_rule = {v["rule"]: v for v in body["violations"]}
    assert by_rule["a11y/img-alt"]["reference"]["match"] == "table"
    assert by_rule["a11y/img-alt"]["reference"]["url"] == table_reference("a11y/img-alt").url
    rules = {r["id"]: r for r in ingested["dump"]["rules"]}
    dialog = by_rule["a11y/dialog-role"]["reference"]
    assert dialog["match"] == "nearest"
    assert dialog["id"] == "aria-dialog-name"
    axe = rules[dialog["id"]]
    assert (dialog["help"], dialog["url"]) == (axe["help"], axe["helpUrl"])
    # its nearest axe rule (skip-link) is below MIN_SIMILARITY: no citation rather than a wrong one
    assert MIN_SIMILARITY >= 0.6
    assert "reference" not in by_rule["a11y/anchor-no-href"]
    assert all("reference" not in v for v in body["violations"] if v["factor"] != "accessibility")


def test_reingesting_replaces_the_rules(server, ingested):
    dump = ingested["dump"]
    fewer = {"version": dump["version"], "rules": dump["rules"][:10]}
    with client(server) as c:
        r = c.post("/ingest/axe-rules", json=fewer)
        assert r.status_code == 200
        assert r.json()["collection_count"] == 10
        assert c.get("/ingest/axe-rules").json()["count"] == 10
        # the whole set again, so other tests in this module see every rule
        again = c.post("/ingest/axe-rules", json=dump).json()
        assert again["collection_count"] == len(dump["rules"])


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d | {"rules": []},
        lambda d: d | {"rules": d["rules"][:2] + d["rules"][:1]},  # a repeated id
        lambda d: d | {"version": "latest"},
        lambda d: d | {"rules": [d["rules"][0] | {"helpUrl": "http://example.com/x"}]},
        lambda d: d | {"rules": [d["rules"][0] | {"helpUrl": "javascript:alert(1)"}]},
        lambda d: d | {"rules": [d["rules"][0] | {"id": "Image Alt"}]},
        lambda d: d | {"rules": [d["rules"][0] | {"tags": ["x" * 65]}]},
        lambda d: d | {"rules": [d["rules"][0] | {"extra": 1}]},
        lambda d: d | {"rules": d["rules"] * 5},  # over 500
    ],
)
def test_bad_rule_lists_are_422(server, change):
    with client(server) as c:
        assert c.post("/ingest/axe-rules", json=change(axe_dump())).status_code == 422
