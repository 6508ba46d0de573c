"""POST /ingest/dataset over a real server: real JSON Lines, JSON and Parquet files read by
Hugging Face `datasets`, embedded by the real model into real collections."""

import json
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sidecar_proc import Sidecar, start, stop

BUTTON = "<button type='button' class='rounded bg-blue-600 px-4 py-2 text-white'>Save</button>"
CARD = (
    "export function ProfileCard({ name }: { name: string }) {\n"
    "  return <article className='card'><h2>{name}</h2></article>;\n}"
)
VUE = "<template>\n  <nav aria-label='Main'><a href='/'>Home</a></nav>\n</template>"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Sidecar, Path, Path]]:
    folder = tmp_path_factory.mktemp("ingest")
    data, extra = folder / "data", folder / "workspace"
    data.mkdir()
    extra.mkdir()
    s = start(
        folder / "server.log",
        SIZA_ML_DATA_DIR=str(data),
        SIZA_ML_INGEST_ROOTS=os.pathsep.join([str(extra), "relative/ignored"]),
        HF_HUB_OFFLINE="1",
    )
    yield s, data, extra
    stop(s.proc)


def ingest(s: Sidecar, body: dict, timeout: float = 120.0) -> httpx.Response:
    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=timeout) as c:
        return c.post("/ingest/dataset", json=body)


def jsonl(path: Path, lines: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_jsonl_rows_are_mapped_embedded_and_bad_rows_counted(server):
    s, data, _ = server
    jsonl(
        data / "sets" / "components.jsonl",
        [
            {"snippet": BUTTON, "title": "SaveButton", "fw": "HTML", "about": "A primary button"},
            '{"snippet": "<div>broken",',  # not JSON
            [1, 2],  # not an object
            {"snippet": 42, "title": "Number"},  # code is not text
            {"title": "NoCode"},  # no code
            {"snippet": CARD, "title": "ProfileCard", "fw": "reactjs"},
            {"snippet": CARD, "title": "ProfileCardAgain"},  # same code
            {"snippet": VUE, "title": ["not", "text"]},  # a mapped field of another type
            {"snippet": "<p/>"},  # under min_code_chars
            {"snippet": VUE},  # no name, no framework: detected
        ],
    )
    fields = {"code": "snippet", "name": "title", "framework": "fw", "description": "about"}
    body = {"path": "sets/components.jsonl", "fields": fields, "collection": "ds-jsonl"}
    r = ingest(s, body | {"filters": {"min_code_chars": 10}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["dataset"] == "components.jsonl"
    assert (body["read"], body["kept"], body["skipped"]) == (10, 3, 7)
    assert body["skipped_by_reason"] == {
        "duplicate": 1,
        "invalid_json": 1,
        "missing_code": 1,
        "not_an_object": 1,
        "not_text": 2,
        "too_short": 1,
    }
    assert body["stopped"] == "end" and body["collection_count"] == 3
    assert body["seconds"] > 0

    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=30) as c:
        found = c.post("/vectors/ds-jsonl/search", json={"text": "a save button", "k": 3})
        hits = found.json()["results"]
    top = hits[0]["metadata"]
    assert top["source"] == "dataset" and top["dataset"] == "components.jsonl"
    assert (top["name"], top["framework"]) == ("SaveButton", "html")
    assert top["preview"] == "A primary button"
    assert top["description"] == "A primary button" and top["row"] == 0
    by_name = {h["metadata"]["name"]: h["metadata"] for h in hits}
    assert by_name["ProfileCard"]["framework"] == "react"  # the alias
    assert by_name["components #9"]["framework"] == "vue"  # detected from the code
    assert by_name["components #9"]["preview"].startswith("<template>")


def test_reingesting_updates_the_same_records(server):
    s, data, _ = server
    path = jsonl(data / "again.jsonl", [{"code": BUTTON}, {"code": CARD}])
    first = ingest(s, {"path": str(path), "collection": "ds-again"}).json()
    second = ingest(s, {"path": str(path), "collection": "ds-again"}).json()
    assert first["collection_count"] == second["collection_count"] == 2


def test_library_is_the_default_collection(server):
    s, data, _ = server
    path = jsonl(data / "lib.jsonl", [{"code": BUTTON, "name": "LibButton"}])
    body = ingest(s, {"path": str(path), "fields": {"name": "name"}}).json()
    assert body["collection"] == "library" and body["kept"] == 1
    with httpx.Client(base_url=s.base_url, headers=s.auth(), timeout=30) as c:
        hits = c.post(
            "/vectors/library/search",
            json={"text": "save button", "k": 5, "filter": {"source": "dataset"}},
        ).json()["results"]
    assert [h["metadata"]["name"] for h in hits] == ["LibButton"]
    assert hits[0]["id"].startswith("dataset:lib.jsonl:")


def test_parquet_with_filters_and_limit(server):
    s, data, _ = server
    codes = [CARD.replace("ProfileCard", f"Card{i}") for i in range(6)] + [VUE, BUTTON, None]
    table = pa.table(
        {
            "source_code": codes,
            "component": [f"Card{i}" for i in range(6)] + ["Nav", "Button", "Empty"],
            "lang": ["react"] * 6 + ["vue", "html", "react"],
        }
    )
    path = data / "parquet" / "cards.parquet"
    path.parent.mkdir()
    pq.write_table(table, path)
    body = {
        "path": str(path),
        "fields": {"code": "source_code", "name": "component", "framework": "lang"},
        "filters": {"frameworks": ["react", "vue"], "code_contains": "<", "max_code_chars": 500},
        "collection": "ds-parquet",
    }
    r = ingest(s, body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert (out["read"], out["kept"], out["stopped"]) == (9, 7, "end")
    assert out["skipped_by_reason"] == {"framework": 1, "missing_code": 1}

    out = ingest(s, body | {"limit": 2, "collection": "ds-parquet-2"}).json()
    assert (out["read"], out["kept"], out["stopped"], out["collection_count"]) == (2, 2, "limit", 2)
    out = ingest(s, body | {"max_rows": 3, "collection": "ds-parquet-3"}).json()
    assert (out["read"], out["kept"], out["stopped"]) == (3, 3, "max_rows")
    tight = body | {"filters": {"max_code_chars": 80}, "collection": "ds-parquet-4"}
    out = ingest(s, tight).json()
    assert len(VUE) <= 80 < min(len(BUTTON), len(CARD))
    assert out["skipped_by_reason"] == {"missing_code": 1, "too_long": 7}

    missing = ingest(s, body | {"fields": {"code": "nope"}})
    assert missing.status_code == 422 and "no column 'nope'" in missing.json()["detail"]


def test_json_document_with_bad_items_and_a_field(server):
    s, data, _ = server
    path = data / "doc.json"
    path.write_text(json.dumps([{"code": BUTTON}, 5, {"code": CARD}]))
    out = ingest(s, {"path": str(path), "collection": "ds-doc"}).json()
    assert (out["read"], out["kept"], out["skipped_by_reason"]) == (3, 2, {"not_an_object": 1})

    nested = data / "nested.json"
    nested.write_text(json.dumps({"data": [{"code": BUTTON}, {"code": VUE}]}))
    out = ingest(s, {"path": str(nested), "json_field": "data", "collection": "ds-doc"}).json()
    assert (out["read"], out["kept"]) == (2, 2)
    r = ingest(s, {"path": str(nested), "json_field": "rows", "collection": "ds-doc"})
    assert r.status_code == 422 and "no list of records under 'rows'" in r.json()["detail"]


def test_paths_outside_the_roots_are_refused(server, tmp_path):
    s, data, extra = server
    outside = jsonl(tmp_path / "outside.jsonl", [{"code": BUTTON}])
    link = data / "link.jsonl"
    link.symlink_to(outside)
    (data / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    for path in (
        str(outside),
        "/etc/passwd",
        str(link),
        "linked-dir/outside.jsonl",
        f"../{outside.parent.name}/outside.jsonl",
        "../../../../../../etc/hostname",
    ):
        r = ingest(s, {"path": path})
        assert r.status_code == 403, (path, r.text)
        assert "outside the data folder and the allowed roots" in r.json()["detail"]
        assert "passwd" not in r.text and str(tmp_path) not in r.text

    # a root the extension allows, and a symlink that stays inside the roots
    inside = jsonl(extra / "team" / "set.jsonl", [{"code": BUTTON}])
    assert ingest(s, {"path": str(inside), "collection": "ds-roots"}).status_code == 200
    (data / "to-extra.jsonl").symlink_to(inside)
    assert ingest(s, {"path": "to-extra.jsonl", "collection": "ds-roots"}).status_code == 200


@pytest.mark.parametrize(
    ("name", "content", "status", "says"),
    [
        ("empty.jsonl", b"", 422, "is empty"),
        ("blank.jsonl", b"  \n\n ", 422, "is empty"),
        ("nothing.json", b"[]", 422, "holds no records"),
        ("garbage.parquet", b"PAR1 not really", 422, "not a readable Parquet file"),
        ("broken.json", b'[{"code": "<p>x</p>"', 422, "not valid JSON"),
        ("notes.txt", b'{"code": "<p/>"}', 422, "unknown format"),
        ("folder.jsonl", None, 422, "is not a file"),
        ("missing.jsonl", "absent", 404, "no such file"),
    ],
)
def test_unusable_files_get_a_clear_4xx(server, name, content, status, says):
    s, data, _ = server
    path = data / "bad" / name
    path.parent.mkdir(exist_ok=True)
    if content is None:
        path.mkdir(exist_ok=True)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    r = ingest(s, {"path": str(path)})
    assert r.status_code == status, r.text
    assert says in r.json()["detail"]


def test_an_empty_parquet_file_is_a_422(server):
    s, data, _ = server
    path = data / "bad" / "empty.parquet"
    path.parent.mkdir(exist_ok=True)
    pq.write_table(pa.table({"code": pa.array([], pa.string())}), path)
    r = ingest(s, {"path": str(path)})
    assert r.status_code == 422 and "holds no rows" in r.json()["detail"]


def test_a_hub_dataset_while_offline_is_a_clear_422(server):
    s, _, _ = server
    r = ingest(s, {"hub": "someone/ui-components"})
    assert r.status_code == 422
    assert "HF_HUB_OFFLINE" in r.json()["detail"] and "path" in r.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"path": "a.jsonl", "hub": "x/y"},
        {"hub": "../../etc"},
        {"path": "a.jsonl", "limit": 0},
        {"path": "a.jsonl", "filters": {"frameworks": ["cobol"]}},
        {"path": "a.jsonl", "filters": {"min_code_chars": 10, "max_code_chars": 5}},
        {"path": "a.jsonl", "filter": {}},
        {"path": "a.jsonl", "collection": "Bad Name"},
    ],
)
def test_bad_requests_are_422(server, body):
    s, _, _ = server
    assert ingest(s, body).status_code == 422
