"""Load: a few hundred concurrent requests, valid and malformed, against a real server."""

import asyncio
import base64
import itertools
import socket
from dataclasses import dataclass, field
from typing import Any

import httpx
import numpy as np

TOTAL_REQUESTS = 240
CONCURRENCY = 20
# Bounds, not timing assertions: the first /embed loads a model on a shared 2-core machine.
REQUEST_TIMEOUT_S = 90.0
RUN_DEADLINE_S = 300.0
BODY_LIMIT = 65_536
EVENT = "load.tick"


def _vector(seed: int) -> str:
    v = np.random.default_rng(seed).standard_normal(384).astype("<f4")
    return base64.b64encode((v / np.linalg.norm(v)).tobytes()).decode()


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    expect: frozenset[int]
    # The OpenAPI path this case exercises: it must be in /openapi.json (a case is never dropped).
    needs: str | None = None
    json: Any = None
    content: bytes | None = None
    auth: bool = True
    headers: dict[str, str] = field(default_factory=dict)


def ok(*codes: int) -> frozenset[int]:
    return frozenset(codes)


JSON = {"Content-Type": "application/json"}
RECORD = {"event": EVENT, "duration_ms": 1.5, "meta": {"load": True}}
UPSERT = {"items": [{"id": "a", "vector": _vector(1)}, {"id": "b", "vector": _vector(2)}]}
SEARCH = {"vector": _vector(3), "k": 2}
TOO_BIG = b"x" * (BODY_LIMIT + 1)
VEC = "/vectors/{collection}"
# One line per route.
CASES = [
    Case("GET", "/health", ok(200)),
    Case("GET", "/ready", ok(200)),
    Case("POST", "/metrics/record", ok(202), "/metrics/record", json=RECORD),
    Case("GET", "/metrics/report", ok(200), "/metrics/report"),
    Case("POST", "/metrics/record", ok(422), "/metrics/record", content=b"{", headers=JSON),
    Case("POST", "/metrics/record", ok(422), "/metrics/record", json={"event": "e" * 5000}),
    Case("POST", "/metrics/record", ok(413), None, content=TOO_BIG, headers=JSON),
    Case("GET", "/metrics/report?since=not-a-date", ok(422), "/metrics/report"),
    Case("GET", "/health", ok(401), auth=False),
    Case("GET", "/no/such/route", ok(404)),
    Case("DELETE", "/health", ok(405)),
    Case("POST", "/embed", ok(200), "/embed", json={"text": "a primary button"}),
    Case("POST", "/embed/batch", ok(200), "/embed/batch", json={"texts": ["a modal", "a card"]}),
    Case("POST", "/embed/batch", ok(422), "/embed/batch", json={"texts": "not a list"}),
    Case("POST", "/embed", ok(422), "/embed", json={"text": ""}),
    Case("POST", "/vectors/load/upsert", ok(200), f"{VEC}/upsert", json=UPSERT),
    Case("POST", "/vectors/load/search", ok(200, 404), f"{VEC}/search", json=SEARCH),
    Case("POST", "/vectors/load/search", ok(422), f"{VEC}/search", json={"vector": "%%"}),
    Case("POST", "/vectors/BAD NAME/search", ok(422), f"{VEC}/search", json=SEARCH),
    Case("POST", "/score", ok(200), "/score", json={"code": "<button>OK</button>"}),
    Case("POST", "/score", ok(422), "/score", json={"code": 12}),
    Case("POST", "/enhance", ok(200), "/enhance", json={"prompt": "a login form"}),
    Case("POST", "/enhance", ok(422), "/enhance", json={}),
]


def missing_routes(cases: list[Case], openapi: dict) -> set[str]:
    return {c.needs for c in cases if c.needs is not None} - set(openapi["paths"])


async def _send(client: httpx.AsyncClient, case: Case, token: str) -> tuple[Case, int]:
    headers = dict(case.headers)
    if case.auth:
        headers["Authorization"] = f"Bearer {token}"
    response = await client.request(
        case.method, case.path, json=case.json, content=case.content, headers=headers
    )
    return case, response.status_code


async def _run(base_url: str, token: str, cases: list[Case]) -> list[tuple[Case, int]]:
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(
        base_url=base_url, timeout=REQUEST_TIMEOUT_S, limits=limits
    ) as client:

        async def one(case: Case) -> tuple[Case, int]:
            async with gate:
                return await _send(client, case, token)

        work = itertools.islice(itertools.cycle(cases), TOTAL_REQUESTS)
        return await asyncio.wait_for(
            asyncio.gather(*(one(c) for c in work)), timeout=RUN_DEADLINE_S
        )


def _garbage_request(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        return s.recv(1024)


def test_mixed_load_gets_no_5xx_and_leaves_the_server_healthy(spawn_sidecar, tmp_path):
    server = spawn_sidecar(
        SIZA_ML_DATA_DIR=str(tmp_path / "data"),
        SIZA_ML_MAX_BODY_BYTES=str(BODY_LIMIT),
        SIZA_ML_LLM_PROVIDER="none",
    )
    with server.client() as client:
        assert missing_routes(CASES, client.get("/openapi.json").json()) == set()
    results = asyncio.run(_run(server.base_url, server.token, CASES))

    assert len(results) == TOTAL_REQUESTS
    server_errors = [(c.method, c.path, s) for c, s in results if s >= 500]
    assert server_errors == []
    unexpected = {(c.method, c.path, s) for c, s in results if s not in c.expect}
    assert unexpected == set()

    assert _garbage_request(server.port).startswith(b"HTTP/1.1 400")
    with server.client() as client:
        assert client.get("/health").status_code == 200
        report = client.get("/metrics/report").json()
    # Every accepted record is counted: none lost to concurrent flushes.
    accepted = sum(1 for c, s in results if s == 202)
    assert report["events"][EVENT]["count"] == accepted
    assert report["window"]["dropped"] == 0
    assert server.proc.poll() is None
