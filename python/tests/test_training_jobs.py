"""The job registry on disk: owners, interrupted jobs, one job at a time across sidecars, atomic
and corrupt files, pruning. Owners are real processes (a live child, a dead one)."""

import json
import subprocess
import sys
from collections.abc import Iterator

import psutil
import pytest

from siza_ml.schemas.train import DatasetInfo, TrainHyperparameters
from siza_ml.services.training.errors import TrainError
from siza_ml.services.training.jobs import (
    INTERRUPTED,
    MAX_KEPT,
    JobRecord,
    JobRegistry,
    Owner,
    owner_alive,
)


def job(job_id: str, state: str = "queued", owner: Owner | None = None, at: str = "") -> JobRecord:
    return JobRecord(
        id=job_id,
        state=state,
        base_model="tiny",
        model_id="siza-tiny-llama",
        created_at=at or f"2026-01-01T00:00:00.{job_id[-3:]:0>3}Z",
        hyperparameters=TrainHyperparameters(),
        dataset=DatasetInfo(source="inline", examples=2, train_examples=1, eval_examples=1),
        owner=owner,
    )


@pytest.fixture
def live_owner() -> Iterator[Owner]:
    """Another sidecar, as far as the registry can tell: a live process that is not us."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield Owner(pid=child.pid, started=psutil.Process(child.pid).create_time())
    finally:
        child.kill()
        child.wait()


@pytest.fixture
def dead_owner() -> Owner:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return Owner(pid=child.pid, started=1.0)


def _seed(registry: JobRegistry, *jobs: JobRecord) -> None:
    def put(on_disk):
        on_disk.update({j.id: j for j in jobs})

    registry.file.update(put)


def test_owner_liveness_checks_the_start_time_too(live_owner, dead_owner):
    assert owner_alive(live_owner)
    assert not owner_alive(dead_owner)
    assert not owner_alive(live_owner.model_copy(update={"started": live_owner.started - 100}))
    assert not owner_alive(None)


def test_a_dead_owners_running_jobs_are_recorded_as_interrupted(tmp_path, dead_owner, live_owner):
    registry = JobRegistry(tmp_path)
    _seed(
        registry,
        job("a-001", "training", dead_owner),
        job("a-002", "preparing", None),
        job("a-003", "complete", dead_owner),
        job("a-004", "training", live_owner),
    )
    assert sorted(registry.recover()) == ["a-001", "a-002"]
    on_disk = {j["id"]: j for j in json.loads((tmp_path / "jobs.json").read_text())["jobs"]}
    for job_id in ("a-001", "a-002"):
        assert on_disk[job_id]["state"] == "failed"
        assert on_disk[job_id]["error"] == INTERRUPTED
        assert on_disk[job_id]["finished_at"]
    assert on_disk["a-003"]["state"] == "complete"
    assert on_disk["a-004"]["state"] == "training"  # another live sidecar's job is left alone
    assert registry.recover() == []


def test_one_job_at_a_time_across_sidecars(tmp_path, live_owner, dead_owner):
    registry = JobRegistry(tmp_path)
    _seed(registry, job("b-001", "training", live_owner))
    with pytest.raises(TrainError, match="b-001 is training in another sidecar") as err:
        registry.create(job("b-002"))
    assert err.value.status == 409
    # Once that owner is gone its job no longer blocks (and reads as interrupted).
    _seed(registry, job("b-001", "training", dead_owner))
    registry.create(job("b-002"))
    assert registry.get("b-001").state == "failed"
    assert registry.get("b-002").owner == registry.owner
    with pytest.raises(TrainError, match="b-002 is queued;"):
        registry.create(job("b-003"))


def test_a_cancel_asked_through_the_file_reaches_the_owner(tmp_path):
    registry = JobRegistry(tmp_path)
    registry.create(job("c-001"))
    running = job("c-001", "training")
    assert registry.save(running) is False
    other = JobRegistry(tmp_path)
    other.owner = Owner(pid=1, started=0.0)  # a different sidecar on the same folder
    assert other.request_cancel("c-001").cancel_requested
    assert registry.save(running) is True
    assert registry.get("c-001").cancel_requested


def test_reads_are_newest_first_and_unknown_ids_are_none(tmp_path):
    registry = JobRegistry(tmp_path)
    _seed(registry, job("d-002", "complete"), job("d-009", "failed"), job("d-005", "cancelled"))
    assert [j.id for j in registry.all()] == ["d-009", "d-005", "d-002"]
    assert registry.get("nope") is None


def test_a_corrupt_file_is_set_aside_and_a_fresh_registry_starts(tmp_path):
    (tmp_path / "jobs.json").write_text("{truncated")
    registry = JobRegistry(tmp_path)
    assert registry.all() == []
    assert list(tmp_path.glob("jobs.json.corrupt-*"))
    registry.create(job("e-001"))
    assert [j.id for j in registry.all()] == ["e-001"]


def test_writes_are_atomic_and_old_finished_jobs_are_pruned(tmp_path):
    registry = JobRegistry(tmp_path)
    finished = [job(f"f-{i:03d}", "complete") for i in range(MAX_KEPT + 5)]
    _seed(registry, *finished, job("f-999", "training", registry.owner, at="2000-01-01T00:00Z"))
    ids = {j.id for j in registry.all()}
    assert len(ids) == MAX_KEPT + 1 and "f-999" in ids and "f-000" not in ids
    assert not list(tmp_path.glob("*.tmp")) and not (tmp_path / "jobs.lock").exists()
