"""Generic error handling: JSON 500 without internals, pydantic 422s, JSON 404/405, bad metrics."""

import logging

import pytest
from fastapi.testclient import TestClient

from siza_ml.app import create_app
from siza_ml.config import Settings

AUTH = {"Authorization": "Bearer t"}


def test_unhandled_exception_is_a_logged_json_500_without_internals(tmp_path, caplog):
    app = create_app(Settings(token="t", data_dir=tmp_path))

    # Test-only route: no real route is supposed to fail, so one is made to.
    @app.get("/explode/{n}")
    def explode(n: int) -> dict:
        raise RuntimeError(f"secret path /home/someone/{n}")

    with (
        caplog.at_level(logging.ERROR, logger="siza_ml.errors"),
        TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client,
    ):
        response = client.get("/explode/3", headers=AUTH)
        report = client.get("/metrics/report", headers=AUTH).json()
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"detail": "Internal error"}
    assert "secret" not in response.text
    [entry] = [r for r in caplog.records if r.name == "siza_ml.errors"]
    assert entry.getMessage() == "Unhandled error in GET /explode/{n}"
    assert entry.exc_info is not None and "secret path" in str(entry.exc_info[1])
    assert report["events"]["GET /explode/{n}"]["errors"] == 1


def test_validation_errors_are_422_with_pydantic_detail(sidecar):
    with sidecar.client() as client:
        response = client.post("/metrics/record", json={"duration_ms": "fast"})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert {tuple(d["loc"]) for d in detail} == {("body", "event"), ("body", "duration_ms")}
    assert all({"type", "loc", "msg"} <= set(d) for d in detail)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_422_not_500(sidecar, token):
    # Python's json module parses these; echoing them back used to crash FastAPI's 422 handler.
    body = f'{{"event": "x", "duration_ms": {token}}}'
    with sidecar.client() as client:
        response = client.post(
            "/metrics/record", content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["body", "duration_ms"]


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b"[]",
        b'"just a string"',
        b'{"event": "x", "duration_ms": 1, "extra": 1}',
        b'{"event": "", "duration_ms": 1}',
        b'{"event": "' + b"e" * 129 + b'", "duration_ms": 1}',
        b'{"event": "tab\\there", "duration_ms": 1}',
        b'{"event": "x", "duration_ms": -1}',
        b'{"event": "x", "duration_ms": 86400001}',
        b'{"event": "x", "duration_ms": 1, "tier": "Not A Tier"}',
        b'{"event": "x", "duration_ms": 1, "ok": "maybe"}',
        b'{"event": "x", "duration_ms": 1, "meta": {"nested": {"a": 1}}}',
        b'{"event": "x", "duration_ms": 1, "meta": {"k": "' + b"v" * 257 + b'"}}',
        b'{"event": "x", "duration_ms": 1, "meta": {"' + b"k" * 65 + b'": 1}}',
        b'{"event": "x", "duration_ms": 1, "meta": '
        + b"{"
        + b",".join(b'"k%d": 1' % i for i in range(17))
        + b"}}",
    ],
)
def test_bad_metric_events_are_422(sidecar, body):
    with sidecar.client() as client:
        response = client.post(
            "/metrics/record", content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 422, response.text
    assert isinstance(response.json()["detail"], list)


@pytest.mark.parametrize("since", ["garbage", "1767182400000", "x" * 65, "2026-02-30"])
def test_bad_since_is_422(sidecar, since):
    with sidecar.client() as client:
        response = client.get("/metrics/report", params={"since": since})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "since"]


def test_not_found_and_wrong_method_are_json(sidecar):
    with sidecar.client() as client:
        missing = client.post("/metrics/nothing", json={})
        wrong = client.get("/metrics/record")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Not Found"}
    assert wrong.status_code == 405
    assert wrong.json() == {"detail": "Method Not Allowed"}
    assert wrong.headers["allow"] == "POST"


def test_lone_surrogate_and_huge_input_get_a_short_422(sidecar) -> None:
    """A lone UTF-16 surrogate in a string used to crash the 422 echo into a 500."""
    with sidecar.client() as c:
        r = c.post(
            "/score",
            content=b'{"code": "\\ud800"}',
            headers={"content-type": "application/json"},
        )
        assert r.status_code == 422, r.text
        big = c.post("/enhance", json={"prompt": "x" * 5000})
        assert big.status_code == 422
        assert len(big.content) < 2000, "the echo of a 5000-char input is cut"
