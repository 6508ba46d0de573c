"""Schemathesis against the sidecar's own OpenAPI schema, served by a real server on 127.0.0.1."""

import os
from collections import Counter
from collections.abc import Iterator
from unittest.mock import patch

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from requests import Session
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from sidecar_proc import Sidecar, sidecar_env, start, stop
from siza_ml.app import create_app
from siza_ml.config import Settings

# Model-backed operations: each case may encode text or call an LLM, so they get fewer cases
# (ingestion embeds every record or rule it is given).
HEAVY_PATHS = r"^/(embed|score|enhance|ingest)"
# Operations whose cases may encode text (vectors upsert/search with `text`): a middle budget.
TEXT_PATHS = r"^/(vectors/\{collection\}/(upsert|search)|vector/(index|search))$"
# The LLM gateway: this sidecar has no provider, so every valid request gets the documented 503.
LLM_PATHS = r"^/llm/"
CHEAP_EXAMPLES = 150
TEXT_EXAMPLES = 60
HEAVY_EXAMPLES = 40
MIN_TOTAL_CASES = 1000
# Bounds one request (the first one to an embedding route loads the model); not a timing test.
REQUEST_TIMEOUT_S = 60.0
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


def _own_schema() -> dict:
    # pytest 9.2 breaks schemathesis' lazy from_fixture loader (Node._nodeid is gone), so the
    # schema comes from the app factory at import; test_served_schema_is_the_tested_one proves
    # the running server serves exactly this document.
    # The server gets no SIZA_ML_* from this environment (sidecar_env), so neither do these limits.
    with patch.dict(os.environ, sidecar_env(), clear=True):
        return create_app(Settings(token="unused")).openapi()


OWN_SCHEMA = _own_schema()
schema = schemathesis.openapi.from_dict(OWN_SCHEMA)
cases_run: Counter[str] = Counter()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sidecar]:
    folder = tmp_path_factory.mktemp("schemathesis")
    server = start(
        folder / "server.log",
        SIZA_ML_DATA_DIR=str(folder / "data"),
        SIZA_ML_LLM_PROVIDER="none",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        # A valid /train/start may start a tiny job (seconds, then the documented 409s); "local"
        # finds no model here (a 422 that says so, never a SmolLM2 load); no job runs long.
        SIZA_ML_TRAIN_MAX_STEPS="20",
        SIZA_ML_LLM_MODEL_PATH=str(folder / "no-model.gguf"),
    )
    yield server
    stop(server.proc)


@pytest.fixture(scope="module")
def http(live: Sidecar) -> Iterator[Session]:
    with Session() as session:
        session.trust_env = False  # no proxy from the environment: loopback only
        yield session


def _run(case: Case, live: Sidecar, http: Session, checks: list = CHECKS) -> None:
    cases_run[case.operation.label] += 1
    case.call_and_validate(
        base_url=live.base_url,
        session=http,
        headers=live.auth(),
        checks=checks,
        timeout=REQUEST_TIMEOUT_S,
    )


SETTINGS = {"deadline": None, "suppress_health_check": list(HealthCheck)}


def test_served_schema_is_the_tested_one(live: Sidecar, http: Session) -> None:
    served = http.get(f"{live.base_url}/openapi.json", headers=live.auth(), timeout=30)
    assert served.status_code == 200
    assert served.json() == OWN_SCHEMA


@(
    schema.exclude(path_regex=HEAVY_PATHS)
    .exclude(path_regex=TEXT_PATHS)
    .exclude(path_regex=LLM_PATHS)
    .parametrize()
)
@settings(max_examples=CHEAP_EXAMPLES, **SETTINGS)
def test_cheap_operations(case: Case, live: Sidecar, http: Session) -> None:
    _run(case, live, http)


# Unconditional: a group whose pattern matches no operation fails (schemathesis refuses it), so
# none can vanish from the run; test_enough_cases_ran checks every operation got cases.
@schema.include(path_regex=TEXT_PATHS).parametrize()
@settings(max_examples=TEXT_EXAMPLES, **SETTINGS)
def test_text_operations(case: Case, live: Sidecar, http: Session) -> None:
    _run(case, live, http)


@schema.include(path_regex=HEAVY_PATHS).parametrize()
@settings(max_examples=HEAVY_EXAMPLES, **SETTINGS)
def test_model_operations(case: Case, live: Sidecar, http: Session) -> None:
    _run(case, live, http)


@schema.include(path_regex=LLM_PATHS).parametrize()
@settings(max_examples=TEXT_EXAMPLES, **SETTINGS)
def test_llm_gateway_operations(case: Case, live: Sidecar, http: Session) -> None:
    # 502/503/504 are this gateway's documented answers (no provider here: 503), not crashes;
    # the status must still be documented and every body must match its schema.
    _run(case, live, http, [c for c in CHECKS if c is not not_a_server_error])


def _operations() -> set[str]:
    """Every operation of the schema, labelled as schemathesis labels a case ("POST /score")."""
    verbs = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return {
        f"{method.upper()} {path}"
        for path, item in OWN_SCHEMA["paths"].items()
        for method in item
        if method in verbs
    }


def test_enough_cases_ran(live: Sidecar) -> None:
    # Fails, never skips, when the tests above generated nothing (or were not run with it).
    print(f"{sum(cases_run.values())} generated cases:", dict(sorted(cases_run.items())))
    assert sum(cases_run.values()) >= MIN_TOTAL_CASES, dict(cases_run)
    assert _operations() - set(cases_run) == set(), "operations that got no generated case"
    with live.client() as client:
        assert client.get("/health").status_code == 200
    assert live.proc.poll() is None
