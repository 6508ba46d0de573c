"""The FAISS vector store in-process: real FAISS, real files in a temporary data dir."""

import json
import threading
from pathlib import Path

import numpy as np
import pytest

from siza_ml.services.vectors import collection as collection_module
from siza_ml.services.vectors import store_files as sf
from siza_ml.services.vectors.store import UnknownCollection, VectorStore

DIMS = 384
MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def unit(n: int, seed: int = 0, dims: int = DIMS) -> np.ndarray:
    vecs = np.random.default_rng(seed).standard_normal((n, dims)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def open_store(root: Path, dims: int = DIMS) -> VectorStore:
    return VectorStore(root / "vectors", dims, MODEL)


def fill(store: VectorStore, vecs: np.ndarray, name: str = "workspace", prefix: str = "c") -> None:
    ids = [f"{prefix}{i}" for i in range(len(vecs))]
    store.upsert(name, ids, vecs, [{"i": i, "even": i % 2 == 0} for i in range(len(vecs))])


def top_id(store: VectorStore, vec: np.ndarray, name: str = "workspace") -> str:
    hits, _ = store.search(name, vec, 1, None)
    return hits[0].id


def internal_ids(store: VectorStore, name: str = "workspace") -> dict[str, int]:
    collection = store.get(name)
    with collection.locked():
        return dict(collection._by_key)


def test_search_finds_the_nearest_neighbour_with_sorted_scores(tmp_path):
    store, vecs = open_store(tmp_path), unit(200)
    fill(store, vecs)
    query = vecs[42] + 0.05 * unit(1, seed=9)[0]
    hits, count = store.search("workspace", query / np.linalg.norm(query), 5, None)
    assert count == 200
    assert hits[0].id == "c42"
    assert hits[0].metadata == {"i": 42, "even": True}
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    expected = np.argsort(-(vecs @ (query / np.linalg.norm(query))))[:5]
    assert [h.id for h in hits] == [f"c{i}" for i in expected]


def test_upsert_replaces_vector_and_metadata_in_place(tmp_path):
    store, vecs = open_store(tmp_path), unit(20)
    fill(store, vecs)
    before = internal_ids(store)["c3"]
    new = unit(1, seed=5)[0]
    upserted, count = store.upsert("workspace", ["c3"], new[None, :], [{"v": 2}])
    assert (upserted, count) == (1, 20)
    hits, _ = store.search("workspace", new, 1, None)
    assert (hits[0].id, hits[0].metadata) == ("c3", {"v": 2})
    assert top_id(store, vecs[3]) != "c3"  # the old vector is gone
    assert internal_ids(store)["c3"] == before


def test_remove_drops_only_known_ids(tmp_path):
    store, vecs = open_store(tmp_path), unit(10)
    fill(store, vecs)
    assert store.remove("workspace", ["c1", "c2", "c2", "nope"]) == (2, 8)
    assert top_id(store, vecs[1]) not in {"c1", "c2"}
    with pytest.raises(UnknownCollection):
        store.remove("ghost", ["a"])


def test_ids_stay_stable_across_rebuild_and_reopen(tmp_path):
    store, vecs = open_store(tmp_path), unit(300)
    fill(store, vecs)
    store.remove("workspace", [f"c{i}" for i in range(0, 300, 3)])  # gaps in the id sequence
    before = internal_ids(store)
    store.rebuild("workspace")
    assert internal_ids(store) == before
    store.upsert("workspace", ["late"], unit(1, seed=77), [{}])  # journaled after the snapshot
    reopened = open_store(tmp_path)
    assert internal_ids(reopened) == {**before, "late": internal_ids(store)["late"]}
    for i in range(1, 300, 7):
        if i % 3:
            assert top_id(reopened, vecs[i]) == f"c{i}"
    assert top_id(reopened, unit(1, seed=77)[0]) == "late"


def test_new_ids_never_reuse_removed_or_cleared_ones(tmp_path):
    store = open_store(tmp_path)
    fill(store, unit(5))
    used = set(internal_ids(store).values())
    store.remove("workspace", ["c4"])
    store.clear("workspace")
    fill(store, unit(5, seed=1), prefix="n")
    assert not used & set(internal_ids(open_store(tmp_path)).values())


def test_filter_returns_every_match_even_when_most_are_filtered_out(tmp_path):
    store, vecs = open_store(tmp_path), unit(2000)
    metas = [{"framework": "react" if i in (5, 900, 1999) else "vue"} for i in range(2000)]
    store.upsert("workspace", [f"c{i}" for i in range(2000)], vecs, metas)
    hits, _ = store.search("workspace", vecs[0], 10, {"framework": "react"})
    assert sorted(h.id for h in hits) == ["c1999", "c5", "c900"]
    # k below the number of matches: exactly the best k of the matching ones.
    hits, _ = store.search("workspace", vecs[0], 2, {"framework": "vue"})
    vue = [i for i in range(2000) if metas[i]["framework"] == "vue"]
    best = sorted(vue, key=lambda i: -float(vecs[i] @ vecs[0]))[:2]
    assert [h.id for h in hits] == [f"c{i}" for i in best]
    assert store.search("workspace", vecs[0], 10, {"framework": "svelte"})[0] == []
    assert store.search("workspace", vecs[0], 10, {"missing": None})[0] == []


def test_filter_uses_json_equality(tmp_path):
    store = open_store(tmp_path)
    store.upsert("workspace", ["t", "one"], unit(2), [{"x": True}, {"x": 1}])
    hits, _ = store.search("workspace", unit(1)[0], 10, {"x": 1})
    assert [h.id for h in hits] == ["one"]
    hits, _ = store.search("workspace", unit(1)[0], 10, {"x": 1.0})
    assert [h.id for h in hits] == ["one"]


def test_concurrent_writer_threads_lose_nothing(tmp_path):
    store = open_store(tmp_path)
    errors: list[BaseException] = []

    def writer(t: int) -> None:
        try:
            for b in range(10):
                ids = [f"t{t}-b{b}-{i}" for i in range(8)]
                store.upsert("workspace", ids, unit(8, seed=t * 100 + b), [{"t": t}] * 8)
        except BaseException as e:  # surfaced below: a thread's failure must fail the test
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert store.stats("workspace")["count"] == 6 * 10 * 8
    assert open_store(tmp_path).stats("workspace")["count"] == 6 * 10 * 8


def test_two_stores_on_one_folder_see_each_other(tmp_path):
    # Two stores stand in for two sidecar processes: separate state, the same files and lock.
    a, b = open_store(tmp_path), open_store(tmp_path)
    fill(a, unit(10), prefix="a")
    fill(b, unit(10, seed=1), prefix="b")
    a.rebuild("workspace")  # a snapshot by one must not drop the other's journaled writes
    b.remove("workspace", ["a0"])
    for store in (a, b, open_store(tmp_path)):
        ids = set(internal_ids(store))
        assert len(ids) == 19 and "a0" not in ids and "b9" in ids


def test_torn_journal_tail_is_dropped_and_acknowledged_writes_kept(tmp_path):
    store = open_store(tmp_path)
    fill(store, unit(4))
    journal = tmp_path / "vectors" / "workspace" / "journal-0.log"
    with journal.open("ab") as f:
        f.write(b'0123 {"op":"upsert","ite')  # a crash in the middle of an append
    reopened = open_store(tmp_path)
    assert reopened.stats("workspace")["count"] == 4
    assert reopened.stats("workspace")["problems"] == []
    assert journal.read_bytes().endswith(b"\n")


def _corrupt_and_reopen(tmp_path: Path, damage) -> dict:
    store = open_store(tmp_path)
    fill(store, unit(30))
    store.rebuild("workspace")  # writes vectors.f32 + meta.json
    damage(tmp_path / "vectors" / "workspace")
    reopened = open_store(tmp_path)
    stats = reopened.stats("workspace")
    assert stats["count"] == 0
    assert len(stats["problems"]) == 1
    aside = list((tmp_path / "vectors").glob("workspace.corrupt-*"))
    assert len(aside) == 1 and (aside[0] / sf.META_FILE).exists()
    assert reopened.summary()[1] == stats["problems"]
    # The store works again right away, on fresh files.
    fill(reopened, unit(3))
    assert open_store(tmp_path).stats("workspace")["count"] == 3
    return stats


def _flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def test_flipped_bytes_in_the_index_are_detected(tmp_path):
    stats = _corrupt_and_reopen(tmp_path, lambda d: _flip(d / sf.INDEX_FILE, 5000))
    assert "checksum" in stats["problems"][0]


def test_truncated_index_is_detected(tmp_path):
    def truncate(d: Path) -> None:
        (d / sf.INDEX_FILE).write_bytes((d / sf.INDEX_FILE).read_bytes()[:100])

    assert "checksum" in _corrupt_and_reopen(tmp_path, truncate)["problems"][0]


def test_invalid_meta_json_is_detected(tmp_path):
    def garble(d: Path) -> None:
        (d / sf.META_FILE).write_text('{"format": 1, "items": [')

    assert "not valid JSON" in _corrupt_and_reopen(tmp_path, garble)["problems"][0]


def test_count_mismatch_between_index_and_meta_is_detected(tmp_path):
    def drop_one(d: Path) -> None:
        meta = json.loads((d / sf.META_FILE).read_text())
        meta["items"] = meta["items"][1:]
        (d / sf.META_FILE).write_text(json.dumps(meta))

    assert "30 vectors" in _corrupt_and_reopen(tmp_path, drop_one)["problems"][0]


def test_a_corrupt_journal_record_is_detected(tmp_path):
    def garble(d: Path) -> None:
        store = open_store(tmp_path)
        fill(store, unit(2, seed=3), prefix="j")
        fill(store, unit(2, seed=4), prefix="k")
        _flip(d / "journal-1.log", 80)  # inside the first of two complete records

    assert "checksum" in _corrupt_and_reopen(tmp_path, garble)["problems"][0]


def test_other_dimensions_than_the_model_are_detected(tmp_path):
    fill(open_store(tmp_path, dims=8), unit(5, dims=8))
    open_store(tmp_path, dims=8).rebuild("workspace")
    stats = open_store(tmp_path).stats("workspace")
    assert stats["count"] == 0
    assert "8 dimensions, expected 384" in stats["problems"][0]


def test_a_crash_between_the_two_renames_rolls_forward(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    store = open_store(first)
    fill(store, unit(5))
    store.rebuild("workspace")
    store.upsert("workspace", ["extra"], unit(1, seed=8), [{}])
    store.rebuild("workspace")
    # Old snapshot in `second`; then the new index renamed in, its meta still pending.
    fill(open_store(second), unit(5))
    open_store(second).rebuild("workspace")
    src, dst = first / "vectors" / "workspace", second / "vectors" / "workspace"
    (dst / sf.INDEX_FILE).write_bytes((src / sf.INDEX_FILE).read_bytes())
    (dst / sf.PENDING_META).write_bytes((src / sf.META_FILE).read_bytes())
    stats = open_store(second).stats("workspace")
    assert (stats["count"], stats["problems"]) == (6, [])
    assert not (dst / sf.PENDING_META).exists()


def test_warmup_opens_every_collection_and_summary_reports_them(tmp_path):
    fill(open_store(tmp_path), unit(3), name="extra")
    store = open_store(tmp_path)
    assert store.summary() == ({}, [])
    store.load_all()
    assert store.summary() == ({"extra": 3, "library": 0, "workspace": 0}, [])


def test_clear_keeps_default_collections_and_deletes_others(tmp_path):
    store = open_store(tmp_path)
    fill(store, unit(3), name="library")
    fill(store, unit(3), name="scratch")
    assert store.clear("library") == (3, 0)
    assert store.clear("scratch") == (3, 0)
    assert store.names() == ["library", "workspace"]
    with pytest.raises(UnknownCollection):
        store.stats("scratch")


def test_automatic_snapshots_keep_every_write(tmp_path, monkeypatch):
    # Threshold 0: every write compacts, so the journal-to-snapshot path runs on each call.
    monkeypatch.setattr(collection_module, "COMPACT_MIN_BYTES", 0)
    monkeypatch.setattr(collection_module, "COMPACT_RATIO", 0.0)
    store, vecs = open_store(tmp_path), unit(12)
    for i in range(0, 12, 3):
        store.upsert("workspace", [f"c{i}", f"c{i + 1}", f"c{i + 2}"], vecs[i : i + 3], [{}] * 3)
    store.remove("workspace", ["c4"])
    folder = tmp_path / "vectors" / "workspace"
    assert json.loads((folder / sf.META_FILE).read_text())["generation"] == 5
    assert sorted(p.name for p in folder.glob("journal-*")) == []
    reopened = open_store(tmp_path)
    assert reopened.stats("workspace")["count"] == 11
    assert top_id(reopened, vecs[9]) == "c9"


def test_searching_an_empty_collection_finds_nothing(tmp_path):
    store = open_store(tmp_path)
    assert store.search("library", unit(1)[0], 10, None) == ([], 0)
    assert store.search("library", unit(1)[0], 10, {"a": 1}) == ([], 0)


def test_filter_follows_replaced_and_removed_metadata(tmp_path):
    store, vecs = open_store(tmp_path), unit(4)
    metas = [{"f": "react"}, {"f": "react", "tags": ["a", 1]}, {"f": "vue"}, {"n": 2**60}]
    store.upsert("workspace", ["a", "b", "c", "d"], vecs, metas)
    store.upsert("workspace", ["a"], vecs[:1], [{"f": "vue"}])
    store.remove("workspace", ["c"])

    def found(where: dict) -> list[str]:
        return sorted(h.id for h in store.search("workspace", vecs[0], 10, where)[0])

    assert found({"f": "react"}) == ["b"]
    assert found({"f": "vue"}) == ["a"]
    assert found({"f": "react", "tags": ["a", 1]}) == ["b"]
    assert found({"tags": ["a", 2]}) == []
    assert found({"n": 2**60}) == ["d"]
    assert found({"n": 2**60 + 1}) == []  # same float bucket, told apart exactly


def test_a_journal_without_its_snapshot_is_detected(tmp_path):
    store = open_store(tmp_path)
    fill(store, unit(3))
    store.rebuild("workspace")
    fill(store, unit(2, seed=1), prefix="n")  # journal-1.log follows snapshot 1
    folder = tmp_path / "vectors" / "workspace"
    (folder / sf.META_FILE).unlink()
    (folder / sf.INDEX_FILE).unlink()
    stats = open_store(tmp_path).stats("workspace")
    assert stats["count"] == 0
    assert "journal-1.log follows is missing" in stats["problems"][0]


def test_a_failed_snapshot_loses_no_acknowledged_write(tmp_path):
    store = open_store(tmp_path)
    fill(store, unit(5))
    folder = tmp_path / "vectors" / "workspace"
    (folder / sf.INDEX_TMP).mkdir()  # the snapshot cannot write its temporary file
    with pytest.raises(OSError):
        store.clear("workspace")
    assert store.stats("workspace")["count"] == 5  # re-read from the files, not half-cleared
    (folder / sf.INDEX_TMP).rmdir()
    assert store.clear("workspace") == (5, 0)
    assert open_store(tmp_path).stats("workspace")["count"] == 0
