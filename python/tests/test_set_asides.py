"""Files found corrupt are set aside for a human, but only the newest few: a collection or a job
registry that keeps failing must not fill the disk with `.corrupt-*` copies."""

import os

from siza_ml.services.training.jobs import JobFile
from siza_ml.services.vectors import store_files as sf
from test_vector_store import open_store


def _aside(folder, base):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f"{base}.corrupt-"))


def test_a_collection_set_aside_again_and_again_keeps_the_newest_three(tmp_path):
    root = tmp_path / "vectors"
    for i in range(5):
        (root / "workspace").mkdir(parents=True, exist_ok=True)
        (root / "workspace" / sf.META_FILE).write_text(f"not json {i}")
        stats = open_store(tmp_path).stats("workspace")
        assert "moved to workspace.corrupt-" in stats["problems"][0]
    kept = _aside(root, "workspace")
    assert len(kept) == sf.KEEP_SET_ASIDES
    texts = sorted((root / n / sf.META_FILE).read_text() for n in kept)
    assert texts == ["not json 2", "not json 3", "not json 4"]


def test_an_unreadable_job_registry_keeps_the_newest_three_set_asides(tmp_path):
    for i in range(4):
        old = tmp_path / f"jobs.json.corrupt-{1000 + i}"
        old.write_text("old")
        os.utime(old, (1000 + i, 1000 + i))
    (tmp_path / "jobs.json").write_text("{torn")
    assert JobFile(tmp_path).read() == {}
    kept = _aside(tmp_path, "jobs.json")
    assert len(kept) == 3
    assert "{torn" in [(tmp_path / n).read_text() for n in kept]
    assert "jobs.json.corrupt-1000" not in kept and "jobs.json.corrupt-1001" not in kept


def test_atomic_write_leaves_the_new_contents_and_no_temporary_file(tmp_path):
    target = tmp_path / "stamp.json"
    sf.atomic_write(target, b"one")
    sf.atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["stamp.json"]
