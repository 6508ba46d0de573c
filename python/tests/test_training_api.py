"""Training jobs through the HTTP API of a real sidecar, on the tiny random Llama: real LoRA steps
with torch and PEFT, states, curves, the adapter on disk, 409, cancel, 404s, bad data as 422."""

import json
import math
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sidecar_proc import Sidecar, start, stop
from training_data import buttons

# Bounds a hang (the first job imports torch, transformers and peft); not a timing assertion.
JOB_DEADLINE_S = 120.0
# The extension's liveness probe gives /health this long; it must hold while a job trains.
HEALTH_TIMEOUT_S = 2.0
TINY = {"base_model": "tiny", "examples": buttons(12)}
# A tiny job that outlasts any test step: cancelled, never finished.
LONG = {
    "base_model": "tiny",
    "examples": buttons(16),
    "hyperparameters": {"max_steps": 9000, "batch_size": 8},
}


@pytest.fixture(scope="module")
def trainer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sidecar]:
    folder = tmp_path_factory.mktemp("training")
    server = start(folder / "server.log", SIZA_ML_DATA_DIR=str(folder / "data"), HF_HUB_OFFLINE="1")
    yield server
    stop(server.proc)


@pytest.fixture
def client(trainer: Sidecar) -> Iterator[httpx.Client]:
    with trainer.client() as c:
        yield c


def data_dir(s: Sidecar) -> Path:
    return s.log_path.parent / "data"


def wait_for(client: httpx.Client, job_id: str, until, deadline_s: float = JOB_DEADLINE_S) -> dict:
    """Polls the job until `until(job)`; returns the job and every state seen."""
    end = time.monotonic() + deadline_s
    seen: list[str] = []
    while True:
        job = client.get(f"/train/status/{job_id}").json()
        if not seen or seen[-1] != job["state"]:
            seen.append(job["state"])
        if until(job):
            job["_seen"] = seen
            return job
        assert time.monotonic() < end, f"job {job_id} stuck: {job['state']} {job['progress']}"
        time.sleep(0.05)


def finished(job: dict) -> bool:
    return job["state"] in ("complete", "failed", "cancelled")


def start_job(client: httpx.Client, body: dict) -> dict:
    r = client.post("/train/start", json=body)
    assert r.status_code == 202, r.text
    return r.json()


def test_a_tiny_job_trains_to_complete_and_saves_its_adapter(client, trainer):
    body = {**TINY, "hyperparameters": {"max_steps": 8, "batch_size": 2, "eval_every": 4}}
    job = start_job(client, body)
    assert job["state"] == "queued" and job["model_id"] == "siza-tiny-llama"
    assert job["dataset"] == {
        "source": "inline", "examples": 12, "train_examples": 11, "eval_examples": 1, "skipped": 0,
    }  # fmt: skip
    done = wait_for(client, job["id"], finished)
    assert done["state"] == "complete", done["error"]
    # Polling may miss a short state; the order of what it saw must be the lifecycle's.
    order = ["queued", "preparing", "training", "complete"]
    assert [order.index(s) for s in done["_seen"]] == sorted(order.index(s) for s in done["_seen"])

    progress = done["progress"]
    assert progress["step"] == progress["total_steps"] == 8
    assert progress["eta_s"] is None and progress["tokens_per_s"] > 0 and progress["elapsed_s"] > 0
    assert [p["step"] for p in done["loss_curve"]] == list(range(1, 9))
    assert [p["step"] for p in done["eval_curve"]] == [0, 4, 8]
    losses = [p["loss"] for p in done["loss_curve"]] + [p["eval_loss"] for p in done["eval_curve"]]
    assert all(math.isfinite(v) and v > 0 for v in losses)

    adapter = done["adapter"]
    folder = Path(adapter["path"])
    assert adapter["name"] == adapter["job_id"] == done["id"]
    assert folder == data_dir(trainer) / "adapters" / done["id"]
    assert {"adapter_config.json", "adapter_model.safetensors", "metrics.json"} <= {
        f.name for f in folder.iterdir()
    }
    config = json.loads((folder / "adapter_config.json").read_text())
    assert config["r"] == 8 and config["lora_alpha"] == 16 and config["peft_type"] == "LORA"
    assert sorted(config["target_modules"]) == ["q_proj", "v_proj"]
    metrics = json.loads((folder / "metrics.json").read_text())
    assert metrics["job_id"] == done["id"] and metrics["model_id"] == "siza-tiny-llama"
    assert metrics["metrics"] == adapter["metrics"]
    assert metrics["metrics"]["initial_eval_loss"] == done["eval_curve"][0]["eval_loss"]
    assert metrics["metrics"]["final_eval_loss"] == done["eval_curve"][-1]["eval_loss"]
    assert metrics["metrics"]["steps"] == 8 and metrics["metrics"]["s_per_step"] > 0

    listed = client.get("/train/adapters").json()["adapters"]
    assert done["id"] in [a["name"] for a in listed]
    summary = client.get("/train/summary").json()
    assert summary["active"] is None
    assert summary["jobs"][0]["id"] == done["id"] and summary["jobs"][0]["adapter"] == done["id"]
    assert done["id"] in [a["name"] for a in summary["adapters"]]
    # Cancelling a finished job changes nothing.
    again = client.post(f"/train/cancel/{done['id']}")
    assert again.status_code == 200 and again.json()["state"] == "complete"


def test_a_running_job_blocks_a_second_keeps_the_sidecar_responsive_and_cancels(client, trainer):
    job = start_job(client, LONG)
    running = wait_for(client, job["id"], lambda j: j["progress"]["step"] >= 2 or finished(j))
    assert running["state"] == "training"

    second = client.post("/train/start", json=TINY)
    assert second.status_code == 409
    assert f"training job {job['id']} is" in second.json()["detail"]

    # The job trains in its own thread: the liveness probe answers well inside its timeout.
    worst = 0.0
    for _ in range(20):
        t0 = time.monotonic()
        health = client.get("/health", timeout=HEALTH_TIMEOUT_S)
        worst = max(worst, time.monotonic() - t0)
        assert health.status_code == 200
    assert client.get("/ready", timeout=HEALTH_TIMEOUT_S).status_code == 200
    assert client.get("/train/summary").json()["active"] == job["id"]
    step_then = client.get(f"/train/status/{job['id']}").json()["progress"]["step"]
    print(f"/health worst of 20 while training: {worst * 1000:.0f} ms")

    cancel = client.post(f"/train/cancel/{job['id']}")
    assert cancel.status_code == 200 and cancel.json()["cancel_requested"] is True
    done = wait_for(client, job["id"], finished)
    assert done["state"] == "cancelled" and done["error"] is None and done["adapter"] is None
    assert step_then <= done["progress"]["step"] < 9000
    assert not (data_dir(trainer) / "adapters" / job["id"]).exists()
    assert client.post(f"/train/cancel/{job['id']}").json()["state"] == "cancelled"
    # The slot is free again.
    nxt = start_job(client, {**TINY, "hyperparameters": {"max_steps": 1}})
    assert wait_for(client, nxt["id"], finished)["state"] == "complete"


def test_deleting_an_adapter(client, trainer):
    job = start_job(client, {**TINY, "hyperparameters": {"max_steps": 1}})
    name = wait_for(client, job["id"], finished)["adapter"]["name"]
    r = client.delete(f"/train/adapters/{name}")
    assert r.status_code == 200 and r.json() == {"name": name, "deleted": True}
    assert not (data_dir(trainer) / "adapters" / name).exists()
    assert name not in [a["name"] for a in client.get("/train/adapters").json()["adapters"]]
    assert client.delete(f"/train/adapters/{name}").status_code == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/train/status/20260101-000000-abcdef"),
        ("POST", "/train/cancel/20260101-000000-abcdef"),
        ("DELETE", "/train/adapters/no-such-adapter"),
    ],
)
def test_unknown_ids_are_404(client, method, path):
    r = client.request(method, path)
    assert r.status_code == 404 and "no " in r.json()["detail"]


def test_ids_that_could_escape_their_folder_are_refused(client):
    for path in ("/train/adapters/..", "/train/adapters/.hidden", "/train/status/UPPER"):
        assert client.request("DELETE" if "adapters" in path else "GET", path).status_code in (
            404,
            422,
        )
    assert client.delete("/train/adapters/%2E%2E").status_code in (404, 422)


def _jsonl(folder: Path, name: str, lines: list[str]) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return name


def test_a_jsonl_dataset_inside_the_data_folder_is_used(client, trainer):
    lines = [json.dumps(b) for b in buttons(6)]
    name = _jsonl(data_dir(trainer), "datasets/buttons.jsonl", lines)
    job = start_job(client, {"base_model": "tiny", "dataset_path": name})
    assert job["dataset"]["source"] == "datasets/buttons.jsonl"
    assert job["dataset"]["examples"] == 6
    assert wait_for(client, job["id"], finished)["state"] == "complete"


def test_bad_data_is_a_clear_422(client, trainer):
    folder = data_dir(trainer)
    good = json.dumps(buttons(1)[0])
    malformed = _jsonl(folder, "bad.jsonl", [good, "{oops", good, '{"prompt": "p"}', good])
    outside = trainer.log_path.parent / "outside.jsonl"
    outside.write_text(good + "\n" + good + "\n")
    cases = [
        ({"examples": []}, "the dataset is empty: at least 2 examples are needed"),
        ({"examples": buttons(1)}, "the dataset is a single example"),
        (
            {"examples": [{"prompt": "p", "completion": ""}, *buttons(2)]},
            "example 0: 'completion' is empty",
        ),
        (
            {"dataset_path": malformed},
            "bad.jsonl: 2 malformed line(s), each must be",
        ),
        ({"dataset_path": malformed}, "line 2: invalid JSON"),
        ({"dataset_path": malformed}, "line 4: missing 'completion'"),
        ({"dataset_path": "../outside.jsonl"}, "is outside the sidecar's data folder"),
        ({"dataset_path": str(outside)}, "is outside the sidecar's data folder"),
        ({"dataset_path": "/etc/passwd"}, "is outside the sidecar's data folder"),
        ({"dataset_path": "missing.jsonl"}, "is not a file in the data folder"),
    ]
    for body, expected in cases:
        r = client.post("/train/start", json={"base_model": "tiny", **body})
        assert r.status_code == 422, (body, r.text)
        assert expected in r.json()["detail"], r.json()
    # Request-shape errors keep pydantic's issue list, which names the field.
    for body in (
        {"base_model": "tiny"},
        {"base_model": "tiny", "examples": buttons(2), "dataset_path": "x.jsonl"},
        {"base_model": "tiny", "examples": [{"prompt": "p"}]},
        {"base_model": "tiny", "examples": buttons(2), "hyperparameters": {"lora_rnk": 4}},
        {"base_model": "tiny", "examples": buttons(2), "model_path": "/models/x.gguf"},
        {"base_model": "huge", "examples": buttons(2)},
    ):
        r = client.post("/train/start", json=body)
        assert r.status_code == 422 and isinstance(r.json()["detail"], list), r.text
    assert client.get("/train/summary").json()["active"] is None


def test_a_local_model_path_must_be_a_model(client, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    for path in (tmp_path / "missing.gguf", tmp_path / "notes.txt", tmp_path):
        body = {"base_model": "local", "model_path": str(path), "examples": buttons(2)}
        r = client.post("/train/start", json=body)
        assert r.status_code == 422
        assert "is neither a .gguf file nor a model folder" in r.json()["detail"]


def test_the_step_limit(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_TRAIN_MAX_STEPS="50", HF_HUB_OFFLINE="1")
    with s.client() as c:
        # 3 examples to train on (1 held out), 4 per batch: one step per epoch.
        body = {"base_model": "tiny", "examples": buttons(4), "hyperparameters": {"epochs": 60}}
        r = c.post("/train/start", json=body)
        assert r.status_code == 422
        assert r.json()["detail"].startswith("this job would take 60 steps; the limit is 50")
        body["hyperparameters"] = {"max_steps": 51}
        assert c.post("/train/start", json=body).status_code == 422
