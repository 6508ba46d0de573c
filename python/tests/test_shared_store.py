"""What the files shared with the extension's in-process tier promise: the format, the model rule
and the lock protocol (docs/vector-store-format.md); the TypeScript side runs the mirror tests."""

import json
import os
import threading
import time

import numpy as np
import pytest

from siza_ml.services.vectors import dirlock
from siza_ml.services.vectors import store_files as sf
from siza_ml.services.vectors.collection import ModelMismatch
from siza_ml.services.vectors.store import VectorStore
from test_vector_store import DIMS, MODEL, fill, open_store, unit


def test_a_snapshot_is_plain_float32_rows_in_item_order(tmp_path):
    store, vecs = open_store(tmp_path), unit(7)
    fill(store, vecs)
    store.remove("workspace", ["c2"])
    store.rebuild("workspace")
    folder = tmp_path / "vectors" / "workspace"
    meta = json.loads((folder / sf.META_FILE).read_text())
    rows = np.frombuffer((folder / "vectors.f32").read_bytes(), dtype="<f4").reshape(-1, DIMS)
    assert meta["format"] == 2 and meta["model"] == MODEL and meta["count"] == 6
    assert len(rows) == len(meta["items"]) == 6
    for (key, _iid, metadata), row in zip(meta["items"], rows, strict=True):
        i = int(key[1:])
        assert metadata["i"] == i
        assert np.allclose(row, vecs[i], atol=1e-7)


def test_the_journal_records_the_model_of_each_upsert(tmp_path):
    fill(open_store(tmp_path), unit(2))
    journal = next((tmp_path / "vectors" / "workspace").glob("journal-*.log"))
    record = json.loads(journal.read_bytes().split(b" ", 1)[1])
    assert record["op"] == "upsert" and record["model"] == MODEL


def test_another_model_is_refused_until_the_collection_is_cleared(tmp_path):
    fill(open_store(tmp_path), unit(3))
    other = VectorStore(tmp_path / "vectors", DIMS, "some/other-model")
    with pytest.raises(ModelMismatch, match="clear it"):
        other.upsert("workspace", ["x"], unit(1, seed=5), [{}])
    with pytest.raises(ModelMismatch):
        other.search("workspace", unit(1)[0], 3, None)
    other.clear("workspace")
    other.upsert("workspace", ["x"], unit(1, seed=5), [{}])
    assert other.stats("workspace")["model"] == "some/other-model"
    with pytest.raises(ModelMismatch):
        open_store(tmp_path).search("workspace", unit(1)[0], 3, None)


def test_a_journal_that_mixes_models_is_corrupt(tmp_path):
    fill(open_store(tmp_path), unit(2))
    journal = next((tmp_path / "vectors" / "workspace").glob("journal-*.log"))
    record = {"op": "upsert", "model": "some/other-model", "items": []}
    sf.append_record(journal, record | {"items": [["z", 99, _b64(unit(1)[0]), {}]]})
    stats = open_store(tmp_path).stats("workspace")
    assert stats["count"] == 0 and "some/other-model" in stats["problems"][0]


def _b64(vec: np.ndarray) -> str:
    from siza_ml.services.vectors.codec import encode_vector

    return encode_vector(vec)


def test_the_lock_excludes_a_second_holder_until_released(tmp_path):
    path = tmp_path / "c.lock"
    first, second = dirlock.DirLock(path, 5), dirlock.DirLock(path, 0.2)
    first.acquire()
    assert path.is_dir()
    with pytest.raises(dirlock.LockTimeout):
        second.acquire()
    first.release()
    assert not path.exists()
    second.acquire()
    second.release()


def test_a_stale_lock_of_a_dead_owner_is_broken(tmp_path):
    path = tmp_path / "c.lock"
    path.mkdir()
    old = time.time() - dirlock.STALE_S - 5
    os.utime(path, (old, old))
    lock = dirlock.DirLock(path, 2)
    lock.acquire()
    assert time.time() - path.stat().st_mtime < dirlock.STALE_S
    lock.release()


def test_the_owner_keeps_its_lock_fresh(tmp_path):
    path = tmp_path / "c.lock"
    lock = dirlock.DirLock(path, 1, stale=0.1)
    lock.acquire()
    old = time.time() - 100
    os.utime(path, (old, old))
    fresh = threading.Event()
    for _ in range(100):
        if time.time() - path.stat().st_mtime < 50:
            fresh.set()
            break
        time.sleep(0.02)
    lock.release()
    assert fresh.is_set(), "the heartbeat did not touch the lock"
