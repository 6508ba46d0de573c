"""Metrics: recording, the report's statistics, the JSONL files and their rotation."""

import json
import time
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from siza_ml.app import create_app
from siza_ml.config import Settings
from siza_ml.services.metrics import MetricsStore
from siza_ml.services.metrics_stats import parse_since, percentile

# Bounds a wait for the background flusher; not a timing assertion.
FLUSH_DEADLINE_S = 15.0


def test_percentile_matches_numpy_linear():
    rng = np.random.default_rng(7)
    for size in (1, 2, 3, 10, 101, 1000):
        values = sorted(rng.uniform(0, 500, size).tolist())
        for pct in (0, 50, 95, 99, 100):
            assert percentile(values, pct) == pytest.approx(np.percentile(values, pct))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1767182400", 1767182400.0),
        ("1767182400.5", 1767182400.5),
        ("2026-01-01T00:00:00Z", 1767225600.0),
        ("2026-01-01T00:00:00", 1767225600.0),
        ("2026-01-01T01:00:00+01:00", 1767225600.0),
        ("2026-01-01", 1767225600.0),
    ],
)
def test_since_accepts_iso_and_epoch_seconds(raw, expected):
    assert parse_since(raw) == expected


@pytest.mark.parametrize("raw", ["", "yesterday", "1767182400000", "-1", "nan", "2026-13-01"])
def test_since_rejects_the_rest(raw):
    with pytest.raises(ValueError, match="since"):
        parse_since(raw)


def _record_n(store: MetricsStore, n: int, name: str = "e") -> None:
    for i in range(n):
        store.record(name, float(i), ok=i % 10 != 0, tier="sidecar", status=200)


def test_rotation_keeps_the_configured_number_of_files(tmp_path: Path):
    store = MetricsStore(tmp_path / "metrics.jsonl", max_bytes=4_000, backups=2)
    for _ in range(30):
        _record_n(store, 20)
        store.flush_sync()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["metrics.jsonl", "metrics.jsonl.1", "metrics.jsonl.2"]
    # One batch may overshoot an empty file, never a file that already holds records.
    assert all(p.stat().st_size <= 4_000 for p in tmp_path.iterdir())


def test_report_reads_previous_runs_and_skips_corrupt_lines(tmp_path: Path):
    path = tmp_path / "metrics.jsonl"
    first = MetricsStore(path, max_bytes=1_000_000, backups=1)
    _record_n(first, 50, "old")
    first.flush_sync()
    with path.open("a") as f:
        f.write('{"ts": "x"}\nnot json\n{"event": "half\n')
    second = MetricsStore(path, max_bytes=1_000_000, backups=1)
    _record_n(second, 10, "new")  # still pending: the report must count them too
    report = second.report_sync(since=None)
    assert report["window"]["source"] == "files"
    assert {k: v["count"] for k, v in report["events"].items()} == {"new": 10, "old": 50}
    assert report["events"]["old"]["errors"] == 5
    assert report["events"]["old"]["p50_ms"] == pytest.approx(24.5)
    # A since after this process started is answered from memory alone.
    assert second.report_sync(since=second.started_at)["window"]["source"] == "memory"
    assert second.report_sync(since=second.started_at)["events"]["new"]["count"] == 10


def test_a_line_torn_by_a_crash_does_not_swallow_the_next_record(tmp_path: Path):
    path = tmp_path / "metrics.jsonl"
    first = MetricsStore(path, max_bytes=1_000_000, backups=1)
    _record_n(first, 5, "old")
    first.flush_sync()
    with path.open("ab") as f:
        f.write(b'{"ts": 1, "event": "cut off by a cra')  # no newline: the process died here
    second = MetricsStore(path, max_bytes=1_000_000, backups=1)
    _record_n(second, 10, "new")
    second.flush_sync()
    report = MetricsStore(path, max_bytes=1_000_000, backups=1).report_sync(since=None)
    assert {k: v["count"] for k, v in report["events"].items()} == {"new": 10, "old": 5}


def test_report_scan_is_bounded(tmp_path: Path):
    store = MetricsStore(tmp_path / "m.jsonl", 1_000_000, 1, report_max_records=100)
    _record_n(store, 300)
    store.flush_sync()
    report = store.report_sync(since=None)
    assert report["window"]["records"] == 100
    assert report["window"]["truncated"] is True


def test_events_are_named_by_route_template(tmp_path: Path):
    app = create_app(Settings(token="t", data_dir=tmp_path))

    # A test-only route with a path parameter, as /vectors/{collection} will have.
    @app.get("/items/{item_id}")
    def item(item_id: int) -> dict:
        return {"id": item_id}

    auth = {"Authorization": "Bearer t"}
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for i in range(3):
            assert client.get(f"/items/{i}", headers=auth).status_code == 200
        assert client.get("/items/zz", headers=auth).status_code == 422
        assert client.get("/items/1").status_code == 401
        assert client.get("/health", headers=auth).status_code == 200
        events = client.get("/metrics/report", headers=auth).json()["events"]
    assert events["GET /items/{item_id}"]["count"] == 4
    assert events["GET /items/{item_id}"]["errors"] == 1
    # The 401 never reached a route; /health (a probe) is not recorded at all.
    assert events["GET <unmatched>"]["count"] == 1
    assert set(events) == {"GET /items/{item_id}", "GET <unmatched>"}


def test_recorded_events_are_reported_flushed_and_survive_a_restart(spawn_sidecar, tmp_path):
    data = tmp_path / "data"
    before = time.time() - 1
    server = spawn_sidecar(SIZA_ML_DATA_DIR=str(data))
    durations = [float(d) for d in range(1, 21)]
    with server.client() as client:
        for d in durations:
            body = {"event": "webview.render", "duration_ms": d, "ok": d != 20, "meta": {"n": 1}}
            r = client.post("/metrics/record", json=body)
            assert r.status_code == 202, r.text
            assert r.json() == {"accepted": True}
        client.post(
            "/metrics/record", json={"event": "embed.local", "duration_ms": 5, "tier": "heuristics"}
        )
        client.get("/openapi.json")
        report = client.get("/metrics/report", params={"since": str(before)}).json()
    stats = report["events"]["webview.render"]
    assert stats == {
        "count": 20,
        "errors": 1,
        "mean_ms": 10.5,
        "p50_ms": 10.5,
        "p95_ms": pytest.approx(np.percentile(durations, 95)),
        "max_ms": 20.0,
    }
    assert report["events"]["GET /openapi.json"]["count"] == 1
    assert report["tiers"] == {"heuristics": 1, "in-process": 20, "sidecar": 1}
    assert report["window"]["records"] == 22

    # The background flusher writes without any request asking for it.
    path = data / "metrics" / "metrics.jsonl"
    deadline = time.monotonic() + FLUSH_DEADLINE_S
    while time.monotonic() < deadline and _lines(path) < 22:
        time.sleep(0.1)
    assert _lines(path) == 22
    first = json.loads(path.read_text().splitlines()[0])
    assert first["event"] == "webview.render" and first["meta"] == {"n": 1}

    server.proc.terminate()
    server.proc.wait(timeout=15)
    again = spawn_sidecar(SIZA_ML_DATA_DIR=str(data))
    with again.client() as client:
        report = client.get("/metrics/report").json()
    assert report["events"]["webview.render"]["count"] == 20
    assert report["window"]["source"] == "files"


def _lines(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_shutdown_flushes_what_is_still_buffered(spawn_sidecar, tmp_path):
    data = tmp_path / "data"
    server = spawn_sidecar(SIZA_ML_DATA_DIR=str(data))
    with server.client() as client:
        for _ in range(5):
            client.post("/metrics/record", json={"event": "last", "duration_ms": 1})
    # SIGTERM right away, likely inside the flush interval: the lifespan's final flush saves them.
    server.proc.terminate()
    assert server.proc.wait(timeout=15) == 0
    assert _lines(data / "metrics" / "metrics.jsonl") == 5
