"""The team database under trouble, with real processes: two sidecars on one PostgreSQL, one killed
in the middle of an upsert, the database restarted under load, and databases the sidecar must refuse
(malformed or unreachable URL, no `vector` extension). Every wait is bounded."""

import contextlib
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import numpy as np
import psycopg

from pg_server import PgServer
from sidecar_proc import free_port, sidecar_env, start, stop
from siza_ml.services.vectors.codec import encode_vector

DIMS = 384
# Bounds on waits for other processes (a shared, busy machine): never timing assertions.
WAIT_S = 30.0


def unit(n: int, seed: int = 0) -> np.ndarray:
    vecs = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def items(vecs: np.ndarray, start_at: int = 0, **meta: object) -> list[dict]:
    return [
        {"id": f"c{start_at + i}", "vector": encode_vector(v), "metadata": {"batch": 2, **meta}}
        for i, v in enumerate(vecs)
    ]


def wait_for(what: str, check, timeout: float = WAIT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {timeout} s")


def test_two_sidecars_share_one_database_and_a_killed_upsert_leaves_nothing(
    tmp_path: Path, pg: PgServer
):
    url = pg.database()
    a = start(tmp_path / "a.log", SIZA_ML_DATABASE_URL=url)
    b = start(tmp_path / "b.log", SIZA_ML_DATABASE_URL=url)
    try:
        vecs = unit(800, seed=1)
        with a.client() as ca, b.client() as cb:
            first = {"items": [{"id": "c400", "vector": encode_vector(vecs[400]), "metadata": {}}]}
            assert ca.post("/vectors/ws/upsert", json=first).json() == {"upserted": 1, "count": 1}
            # What one indexes, the other finds.
            hit = cb.post("/vectors/ws/search", json={"vector": encode_vector(vecs[400]), "k": 1})
            assert hit.json()["results"][0]["id"] == "c400" and hit.json()["count"] == 1

            # A row lock held here stops b's 800-item upsert at c400, after c0..c399 went in.
            with psycopg.connect(url) as holder:
                holder.execute("SELECT 1 FROM siza_vectors WHERE key = 'c400' FOR UPDATE")
                body = {"items": items(vecs)}
                sender = threading.Thread(
                    target=lambda: _ignore_errors(cb.post, "/vectors/ws/upsert", json=body)
                )
                sender.start()
                wait_for("b's upsert waiting on the held row", lambda: _waiting(url))
                b.proc.send_signal(signal.SIGKILL)
                b.proc.wait(timeout=WAIT_S)
            sender.join(timeout=WAIT_S)
            # The killed client's transaction is rolled back once its backend sees it gone.
            wait_for("the killed sidecar's session to end", lambda: not _in_transaction(url))

            after = ca.post("/vectors/ws/search", json={"vector": encode_vector(vecs[3]), "k": 5})
            assert after.json()["count"] == 1
            assert [h["id"] for h in after.json()["results"]] == ["c400"]
            assert after.json()["results"][0]["metadata"] == {}  # not the half-sent batch's
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM siza_vectors").fetchone() == (1,)
            assert conn.execute("SELECT count FROM siza_collections").fetchone() == (1,)
    finally:
        stop(a.proc)
        stop(b.proc)


def _ignore_errors(fn, *args, **kwargs) -> None:
    with contextlib.suppress(httpx.TransportError):  # its server was killed under it
        fn(*args, **kwargs)


def _waiting(url: str) -> bool:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'siza_ml'"
            " AND wait_event_type = 'Lock' AND query LIKE '%%INSERT INTO siza_vectors%%'"
        ).fetchone()
    return bool(row and row[0])


def _in_transaction(url: str) -> int:
    # siza_ml sessions inside a transaction: the killed one's, until its backend notices.
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'siza_ml'"
            " AND xact_start IS NOT NULL"
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_database_restart_gives_clear_503s_then_recovers(tmp_path: Path, pg: PgServer):
    url = pg.database()
    s = start(tmp_path / "s.log", SIZA_ML_DATABASE_URL=url, SIZA_ML_DATABASE_TIMEOUT_S="2")
    statuses: list[int] = []
    stop_load = threading.Event()
    query = {"vector": encode_vector(unit(1)[0]), "k": 3}

    def load() -> None:
        with s.client() as c:
            while not stop_load.is_set() and len(statuses) < 2000:
                try:
                    statuses.append(c.post("/vectors/ws/search", json=query).status_code)
                except httpx.TransportError:
                    statuses.append(-1)

    try:
        with s.client() as c:
            assert c.post("/vectors/ws/upsert", json={"items": items(unit(20))}).status_code == 200
            loader = threading.Thread(target=load)
            loader.start()
            wait_for("load running", lambda: len(statuses) > 5)
            pg.stop()
            try:
                down = c.post("/vectors/ws/upsert", json={"items": items(unit(3, seed=7), 100)})
                assert down.status_code == 503
                assert "team database" in down.json()["detail"]
                assert c.get("/health").status_code == 200  # the sidecar itself stays up
            finally:
                pg.start()
            wait_for(
                "a search answered after the restart",
                lambda: c.post("/vectors/ws/search", json=query).status_code == 200,
            )
            stop_load.set()
            loader.join(timeout=WAIT_S)
            assert set(statuses) <= {200, 503}, sorted(set(statuses))
            assert 503 in statuses and statuses[-1] == 200
            r = c.post("/vectors/ws/upsert", json={"items": items(unit(3, seed=7), 100)})
            assert r.json() == {"upserted": 3, "count": 23}
    finally:
        stop_load.set()
        stop(s.proc)


def _start_fails(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    env = sidecar_env(
        SIZA_ML_TOKEN="t" * 32,
        SIZA_ML_DATABASE_URL=url,
        SIZA_ML_DATABASE_TIMEOUT_S="2",
        SIZA_ML_DATA_DIR=str(tmp_path / "data"),
    )
    cmd = [sys.executable, "-m", "siza_ml", "--port", str(free_port())]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode != 0, out.stderr
    return out


def test_malformed_and_unreachable_urls_stop_the_start_with_a_clear_message(tmp_path: Path):
    for url, said in (
        ("mysql://siza@127.0.0.1/siza", "must be a postgresql:// URL"),
        ("postgresql://siza:hunter2@[::1/siza", "is malformed"),
        ("postgresql://siza:hunter2@127.0.0.1:notaport/siza", "invalid port"),
    ):
        out = _start_fails(tmp_path, url)
        assert said in out.stderr and "hunter2" not in out.stderr
    port = free_port()  # nothing listens there
    out = _start_fails(tmp_path, f"postgresql://siza:hunter2@127.0.0.1:{port}/siza")
    assert f"cannot reach the team database at 127.0.0.1:{port}/siza" in out.stderr
    assert "hunter2" not in out.stderr


def test_a_database_without_the_vector_extension_is_refused_and_left_untouched(
    tmp_path: Path, pg: PgServer
):
    url = pg.database(vector=False)
    out = _start_fails(tmp_path, url)
    assert "has no `vector` extension" in out.stderr and "CREATE EXTENSION vector" in out.stderr
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT extname FROM pg_extension").fetchall() == [("plpgsql",)]
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)
