"""`python -m siza_ml serve` and `token issue|revoke|list` as real processes on a real PostgreSQL:
per-user scoped tokens, namespaces, revocation, rate limits, the access log, the bind rules."""

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import numpy as np
import pytest

from pg_server import PgServer
from sidecar_proc import HOST, STARTUP_DEADLINE_S, free_port, sidecar_env, stop
from siza_ml.services.vectors.codec import encode_vector

A, B = "github.com/team/app", "github.com/other/lib"
EVERY_INTERFACE = "0.0.0.0"  # noqa: S104 - only ever refused here, never bound


@dataclass
class Team:
    url: str
    db: str
    proc: subprocess.Popen
    log: Path

    def token(self, user: str, *scopes: str, namespaces: tuple[str, ...] = ()) -> str:
        args = ["issue", "--user", user]
        for s in scopes:
            args += ["--scope", s]
        for n in namespaces:
            args += ["--namespace", n]
        return cli(self.db, "token", *args).stdout.strip()

    def client(self, token: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10.0)


def cli(db: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = sidecar_env(SIZA_ML_DATABASE_URL=db)
    out = subprocess.run(
        [sys.executable, "-m", "siza_ml", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check:
        assert out.returncode == 0, out.stderr
    return out


def serve(tmp_path: Path, db: str, **env: str) -> Team:
    port = free_port()
    log = tmp_path / f"serve-{port}.log"
    with log.open("wb") as f:
        proc = subprocess.Popen(
            [sys.executable, "-m", "siza_ml", "serve", "--port", str(port)],
            env=sidecar_env(SIZA_ML_DATABASE_URL=db, SIZA_ML_DATA_DIR=str(tmp_path / "d"), **env),
            stdout=f,
            stderr=f,
        )
    url = f"http://{HOST}:{port}"
    try:
        _wait_healthy(url, proc)
    except Exception:
        stop(proc)
        print(log.read_text(errors="replace"))
        raise
    return Team(url, db, proc, log)


def _wait_healthy(url: str, proc: subprocess.Popen) -> None:
    # /health needs no token on a team server (the load balancer's and Docker's check)
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited early with code {proc.returncode}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url}/health did not answer within {STARTUP_DEADLINE_S} s")


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory, pg: PgServer) -> Iterator[Team]:
    t = serve(tmp_path_factory.mktemp("serve"), pg.database())
    yield t
    stop(t.proc)


def vec(seed: int = 0) -> str:
    v = np.random.default_rng(seed).standard_normal(384).astype(np.float32)
    return encode_vector(v / np.linalg.norm(v))


def upsert(c: httpx.Client, namespace: str, key: str = "k") -> httpx.Response:
    body = {"items": [{"id": key, "vector": vec(), "metadata": {}}]}
    return c.post(f"/vectors/ws/upsert?namespace={namespace}", json=body)


def search(c: httpx.Client, *namespaces: str) -> httpx.Response:
    query = "&".join(f"namespace={n}" for n in namespaces)
    return c.post(f"/vectors/ws/search?{query}", json={"vector": vec(), "k": 3})


def test_no_token_or_an_unknown_one_is_401(team: Team):
    with team.client(None) as c:
        r = search(c, A)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    with team.client("siza_not-a-real-token") as c:
        assert search(c, A).status_code == 401
    with team.client(None) as c:
        assert c.get("/health").status_code == 200


def test_scopes_and_namespaces(team: Team):
    writer = team.token("ci", "write", namespaces=(A,))
    reader = team.token("alice", "read", namespaces=("github.com/team/*",))
    with team.client(writer) as w, team.client(reader) as r:
        assert upsert(w, A).status_code == 200
        assert upsert(w, B).status_code == 403  # not its namespace
        assert search(w, A).status_code == 403  # write does not imply read
        refused = upsert(r, A)
        assert refused.status_code == 403 and "lacks the write scope" in refused.json()["detail"]
        found = search(r, A)
        assert found.status_code == 200 and found.json()["results"][0]["namespace"] == A
        other = search(r, A, B)
        assert other.status_code == 403 and repr(B) in other.json()["detail"]
        assert search(r).status_code == 403  # the default namespace was not given either
        assert r.get(f"/vector/stats?namespace={A}").status_code == 200
        assert r.get("/train/summary").status_code == 403  # admin only
    admin = team.token("root", "admin")
    with team.client(admin) as c:
        assert c.get("/train/summary").status_code == 200
        assert upsert(c, B).status_code == 200 and search(c, B).status_code == 200
    access = team.log.read_text()
    assert "user=alice POST /vectors/ws/search -> 403 (refused)" in access
    assert "user=ci POST /vectors/ws/upsert -> 200 in " in access


def test_a_revoked_token_is_refused_at_once(team: Team):
    token = team.token("bob", "read", namespaces=(A,))
    with team.client(token) as c:
        assert search(c, A).status_code == 200
        listed = cli(team.db, "token", "list").stdout
        bob = [line for line in listed.splitlines() if '"user": "bob"' in line]
        assert len(bob) == 1 and token not in listed  # the secret is never stored or shown
        token_id = bob[0].split('"id": ')[1].split(",")[0]
        cli(team.db, "token", "revoke", "--id", token_id)
        r = search(c, A)
        assert r.status_code == 401 and "revoked" in r.json()["detail"]
    assert cli(team.db, "token", "revoke", "--id", token_id, check=False).returncode == 1


def test_rate_limit_per_token(tmp_path: Path, pg: PgServer):
    # a burst of 3 and (near) no refill: the 4th request in a row is over the limit
    t = serve(tmp_path, pg.database(), SIZA_ML_RATE_LIMIT_BURST="3", SIZA_ML_RATE_LIMIT_PER_MIN="0")
    try:
        first, second = (
            t.token("u1", "read", namespaces=(A,)),
            t.token("u2", "read", namespaces=(A,)),
        )
        with t.client(first) as c1, t.client(second) as c2:
            stats = f"/vector/stats?namespace={A}"
            assert [c1.get(stats).status_code for _ in range(3)] == [200, 200, 200]
            limited = c1.get(stats)
            assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
            assert c2.get(stats).status_code == 200  # per token, not per server
    finally:
        stop(t.proc)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--host", EVERY_INTERFACE], "without TLS"),
        (["--host", EVERY_INTERFACE, "--behind-proxy"], "needs --trusted-proxy"),
        (
            ["--host", EVERY_INTERFACE, "--behind-proxy", "--trusted-proxy", "10.0.0.2"],
            "--public-host",
        ),
        (["--ssl-certfile", "cert.pem"], "go together"),
    ],
)
def test_serve_refuses_to_bind_off_loopback_without_tls_or_a_declared_proxy(args, said):
    out = cli("postgresql://127.0.0.1:1/none", "serve", *args, check=False)
    assert out.returncode == 2 and said in out.stderr
