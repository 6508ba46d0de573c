"""LoRA on the bundled SmolLM2-135M-Instruct through a real sidecar: 30 real AdamW steps on
repetitive component code lower the held-out eval loss, and the local provider then generates
with the adapter. bench/training.py runs the same job and records it in bench/RESULTS.md."""

import time

import pytest

from sidecar_proc import Sidecar
from siza_ml.services.llm.service import BUNDLED_GGUF
from test_training_api import finished, start_job, wait_for
from training_data import SMOLLM2_JOB

pytestmark = pytest.mark.slow

# Bounds a hang on a busy shared machine (load ~40 s, 30 steps of ~1.5-2.5 s); not a timing test.
DEADLINE_S = 400.0
GENEROUS_S = 240.0


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):
    from sidecar_proc import start, stop

    folder = tmp_path_factory.mktemp("smollm2-training")
    env = {"SIZA_ML_DATA_DIR": str(folder / "data"), "HF_HUB_OFFLINE": "1"}
    server: Sidecar = start(folder / "server.log", SIZA_ML_TRAIN_THREADS="1", **env)
    try:
        with server.client() as c:
            t0 = time.monotonic()
            job = start_job(c, SMOLLM2_JOB)
            done = wait_for(c, job["id"], finished, DEADLINE_S)
            done["_wall_s"] = time.monotonic() - t0
    finally:
        stop(server.proc)
    return done, env


def test_held_out_loss_goes_down_on_smollm2(trained):
    job, _env = trained
    assert job["state"] == "complete", job["error"]
    assert job["model_id"] == BUNDLED_GGUF
    metrics = job["adapter"]["metrics"]
    before, after = metrics["initial_eval_loss"], metrics["final_eval_loss"]
    print(
        f"\nSmolLM2 LoRA: eval loss {before:.4f} -> {after:.4f} over {metrics['steps']} steps, "
        f"{metrics['s_per_step']:.2f} s/step, {metrics['tokens_per_s']:.0f} tokens/s, "
        f"job wall {job['_wall_s']:.0f} s"
    )
    assert metrics["steps"] == 30 and job["dataset"]["eval_examples"] == 2
    assert after < before * 0.9, job["eval_curve"]


def test_the_local_provider_generates_with_the_smollm2_adapter(trained, spawn_sidecar):
    job, env = trained
    name = job["adapter"]["name"]
    s = spawn_sidecar(
        SIZA_ML_LLM_PROVIDER="local",
        SIZA_ML_LLM_ADAPTER=name,
        SIZA_ML_LLM_TIMEOUT_S=str(GENEROUS_S),
        SIZA_ML_TORCH_THREADS="1",
        **env,
    )
    with s.client() as c:
        c.timeout = GENEROUS_S + 30
        ask = {"role": "user", "content": "Write a React button component labelled Refresh."}
        reply = c.post("/llm/chat", json={"messages": [ask], "max_tokens": 40, "temperature": 0})
        models = {m["name"]: m for m in c.get("/ready").json()["models"]}
    assert reply.status_code == 200, reply.text
    assert models["llm"] == {
        "name": "llm", "model_id": f"{BUNDLED_GGUF}+adapter:{name}", "loaded": True,
    }  # fmt: skip
    text = reply.json()["text"]
    print(f"\nwith the adapter: {text!r}")
    # The adapter taught the training completions' shape for a label it never saw (the base
    # model answers with a markdown fence and an import).
    assert text.startswith("export function Refresh"), text
    assert '<button type="button" className="rounded bg-blue-600' in text, text
