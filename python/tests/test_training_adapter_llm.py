"""The local LLM provider with a trained adapter (SIZA_ML_LLM_ADAPTER): a tiny adapter trained
for real, the tiny base saved as a model folder, generation through /llm/chat, /ready naming the
adapter, and the setting refusing folders outside <data dir>/adapters/."""

import asyncio
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from siza_ml.app import create_app
from siza_ml.config import Settings
from siza_ml.services.llm import LocalProvider
from siza_ml.services.llm.service import LlmService, adapter_location
from siza_ml.services.models import ModelRegistry
from siza_ml.services.training.models import save_tiny_base
from siza_ml.services.workers import CpuWorkers
from training_data import buttons

PROMPT = [{"role": "user", "content": "Write a React button component labelled Save."}]


def _client(settings: Settings) -> TestClient:
    # The trusted-host check wants a loopback Host header.
    return TestClient(create_app(settings), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """(data dir, adapter name, tiny base folder): an adapter trained hard enough to matter."""
    root = tmp_path_factory.mktemp("adapter-llm")
    data = root / "data"
    body = {
        "base_model": "tiny",
        "examples": buttons(8),
        "hyperparameters": {"max_steps": 30, "learning_rate": 0.02, "lora_rank": 16},
    }
    with _client(Settings(data_dir=data)) as c:
        job = c.post("/train/start", json=body).json()
        deadline = time.monotonic() + 120
        while (state := c.get(f"/train/status/{job['id']}").json())["state"] not in (
            "complete",
            "failed",
        ):
            assert time.monotonic() < deadline
            time.sleep(0.1)
    assert state["state"] == "complete", state["error"]
    return data, state["adapter"]["name"], save_tiny_base(root / "tiny-base")


def _generate(provider: LocalProvider, times: int = 1) -> list[str]:
    async def ask() -> list[str]:
        # One event loop for all: the provider's load task belongs to the loop that started it.
        return [
            await provider.chat(PROMPT, max_tokens=24, temperature=0.0, timeout_s=60)
            for _ in range(times)
        ]

    return asyncio.run(ask())


def test_the_provider_generates_with_the_adapter_merged(trained):
    data, name, base = trained
    adapter = data / "adapters" / name
    plain = LocalProvider(base, None, CpuWorkers(1))
    tuned = LocalProvider(base, None, CpuWorkers(1), adapter=adapter)
    assert tuned.model_id == f"tiny-base+adapter:{name}"
    [without] = _generate(plain)
    with_adapter, again = _generate(tuned, times=2)
    # Same base weights, same greedy decoding: only the merged adapter can change the answer.
    assert with_adapter != without
    assert again == with_adapter


def test_ready_names_the_adapter_and_chat_uses_it(trained):
    data, name, base = trained
    settings = Settings(
        data_dir=data, llm_provider="local", llm_model_path=base, llm_adapter=Path(name)
    )
    with _client(settings) as c:
        models = {m["name"]: m for m in c.get("/ready").json()["models"]}
        assert models["llm"]["model_id"] == f"tiny-base+adapter:{name}"
        reply = c.post("/llm/chat", json={"messages": PROMPT, "max_tokens": 8, "temperature": 0})
        assert reply.status_code == 200, reply.text
        assert reply.json()["model"] == f"tiny-base+adapter:{name}"
        models = {m["name"]: m for m in c.get("/ready").json()["models"]}
        assert models["llm"]["loaded"] is True
        # The adapter the provider uses cannot be deleted from under it.
        r = c.delete(f"/train/adapters/{name}")
        assert r.status_code == 409 and "in use by the local LLM provider" in r.json()["detail"]


def test_the_adapter_setting_only_accepts_adapters_inside_the_data_folder(trained, tmp_path):
    data, name, base = trained
    absolute = data / "adapters" / name
    assert adapter_location(Settings(data_dir=data, llm_adapter=Path(name))) == absolute.resolve()
    assert adapter_location(Settings(data_dir=data, llm_adapter=absolute)) == absolute.resolve()
    assert adapter_location(Settings(data_dir=data)) is None
    not_adapter = data / "adapters" / "empty"
    not_adapter.mkdir(exist_ok=True)
    for bad, why in (
        (tmp_path, "is not inside"),
        (Path("../training"), "is not inside"),
        (Path("empty"), "is not an adapter"),
    ):
        settings = Settings(
            data_dir=data, llm_provider="local", llm_model_path=base, llm_adapter=bad
        )
        service = LlmService(settings, CpuWorkers(1), ModelRegistry.default())
        assert service.provider is None and why in (service.problem or "")
