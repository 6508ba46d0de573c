"""Jobs survive the sidecar: a job killed or stopped mid-run reads failed ("interrupted by a
sidecar restart") in the next sidecar on the same data folder; finished jobs and adapters stay."""

import json
import signal

import pytest

from test_training_api import LONG, TINY, finished, start_job, wait_for


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["crash", "stop"])
def test_a_job_interrupted_by_a_restart_reads_failed_and_finished_ones_survive(
    spawn_sidecar, tmp_path, how
):
    env = {"SIZA_ML_DATA_DIR": str(tmp_path / "shared-data"), "HF_HUB_OFFLINE": "1"}
    first = spawn_sidecar(**env)
    with first.client() as c:
        kept = start_job(c, {**TINY, "hyperparameters": {"max_steps": 2}})
        assert wait_for(c, kept["id"], finished)["state"] == "complete"
        job = start_job(c, LONG)
        wait_for(c, job["id"], lambda j: j["progress"]["step"] >= 1)
    first.proc.send_signal(how)
    first.proc.wait(timeout=30)
    on_disk = json.loads((tmp_path / "shared-data" / "training" / "jobs.json").read_text())
    state = {j["id"]: j["state"] for j in on_disk["jobs"]}[job["id"]]
    # A stopped sidecar records the job itself; a killed one leaves it for the next to find.
    assert state == ("failed" if how == signal.SIGTERM else "training")

    second = spawn_sidecar(**env)
    with second.client() as c:
        interrupted = c.get(f"/train/status/{job['id']}").json()
        assert interrupted["state"] == "failed"
        assert interrupted["error"] == "interrupted by a sidecar restart"
        assert interrupted["finished_at"] and interrupted["adapter"] is None
        # What it was doing stays on record (progress is written every few seconds).
        assert interrupted["progress"]["total_steps"] == 9000 and interrupted["started_at"]
        survivor = c.get(f"/train/status/{kept['id']}").json()
        assert survivor["state"] == "complete" and survivor["adapter"]["name"] == kept["id"]
        summary = c.get("/train/summary").json()
        assert [j["id"] for j in summary["jobs"]] == [job["id"], kept["id"]]
        assert summary["active"] is None
        assert [a["name"] for a in summary["adapters"]] == [kept["id"]]
        # The slot is free in the new sidecar.
        again = start_job(c, {**TINY, "hyperparameters": {"max_steps": 1}})
        assert wait_for(c, again["id"], finished)["state"] == "complete"
