"""Body-size limit, DNS-rebinding guard and loopback-only binding."""

import http.client
import json
import socket

import httpx
import psutil
import pytest
from fastapi import Request
from fastapi.testclient import TestClient

from siza_ml.app import create_app
from siza_ml.config import Settings

DEFAULT_LIMIT = 10 * 1024 * 1024


def _declare_body(sidecar, method: str, path: str, length: int) -> tuple[int, dict]:
    """Send only the headers: the limit must apply before any body byte is read."""
    conn = http.client.HTTPConnection("127.0.0.1", sidecar.port, timeout=10)
    try:
        conn.putrequest(method, path)
        conn.putheader("Authorization", f"Bearer {sidecar.token}")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", str(length))
        conn.endheaders()
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/health"), ("PUT", "/ready"), ("POST", "/no-such-route"), ("GET", "/health")],
)
def test_oversized_content_length_gets_413_on_any_route(sidecar, method, path):
    status, body = _declare_body(sidecar, method, path, DEFAULT_LIMIT + 1)
    assert status == 413
    assert "limit" in body["detail"]


def _app_with_body_routes(limit: int):
    app = create_app(Settings(token="t", max_body_bytes=limit))

    # Test-only routes that consume the body, as later issues' POST routes will.
    @app.post("/raw")
    async def raw(request: Request) -> dict:
        return {"size": len(await request.body())}

    @app.post("/parsed")
    async def parsed(payload: dict) -> dict:
        return {"keys": len(payload)}

    return app


def _chunks(total: int, size: int = 256):
    for start in range(0, total, size):
        yield b" " * min(size, total - start)


@pytest.mark.parametrize("path", ["/raw", "/parsed"])
def test_streamed_body_over_limit_gets_413(path):
    app = _app_with_body_routes(limit=1024)
    headers = {"Authorization": "Bearer t", "Content-Type": "application/json"}
    with TestClient(app, base_url="http://127.0.0.1") as client:
        # A generator body has no Content-Length, so only chunk counting can catch it.
        response = client.post(path, content=_chunks(4096), headers=headers)
    assert response.status_code == 413
    assert response.json()["detail"] == "Request body exceeds the limit of 1024 bytes"


def test_body_at_limit_passes():
    app = _app_with_body_routes(limit=1024)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        response = client.post("/raw", content=_chunks(1024), headers={"Authorization": "Bearer t"})
    assert response.status_code == 200
    assert response.json() == {"size": 1024}


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:80", "10.0.0.1", "127.0.0.1.nip.io"]
)
def test_foreign_host_header_gets_400(sidecar, host):
    with sidecar.client() as client:
        response = client.get("/health", headers={"Host": host})
    assert response.status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "localhost"])
def test_loopback_host_header_passes(sidecar, host):
    with sidecar.client() as client:
        response = client.get("/health", headers={"Host": host.format(port=sidecar.port)})
    assert response.status_code == 200


def test_listens_on_loopback_only(sidecar):
    listening = [
        c.laddr
        for c in psutil.Process(sidecar.proc.pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]
    assert listening
    assert {addr.ip for addr in listening} == {"127.0.0.1"}


def _non_loopback_ipv4() -> list[str]:
    return [
        a.address
        for addrs in psutil.net_if_addrs().values()
        for a in addrs
        if a.family == socket.AF_INET and not a.address.startswith("127.")
    ]


def test_non_loopback_address_is_refused(sidecar):
    # With no non-loopback interface there is nothing to reach, which also satisfies the check.
    for address in _non_loopback_ipv4():
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://{address}:{sidecar.port}/health", headers=sidecar.auth(), timeout=3)
