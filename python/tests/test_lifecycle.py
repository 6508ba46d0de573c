"""SIGTERM (what the extension sends on stop) ends the sidecar cleanly with exit code 0."""

import signal
import subprocess

import httpx
import pytest

EXIT_DEADLINE_S = 15.0


def test_sigterm_exits_zero(spawn_sidecar):
    s = spawn_sidecar()
    s.proc.send_signal(signal.SIGTERM)
    assert s.proc.wait(timeout=EXIT_DEADLINE_S) == 0
    assert "siza_ml stopped" in s.log_path.read_text()


def test_sigterm_with_open_keepalive_connection_exits_zero(spawn_sidecar):
    s = spawn_sidecar()
    with s.client() as client:
        assert client.get("/health").status_code == 200
        s.proc.send_signal(signal.SIGTERM)
        try:
            code = s.proc.wait(timeout=EXIT_DEADLINE_S)
        except subprocess.TimeoutExpired:
            pytest.fail("sidecar did not exit after SIGTERM")
    assert code == 0


def test_startup_logs_ready_line(spawn_sidecar):
    s = spawn_sidecar()
    log = s.log_path.read_text()
    assert f"siza_ml ready on http://127.0.0.1:{s.port}" in log
    with httpx.Client(timeout=5) as client:
        assert client.get(f"{s.base_url}/health").status_code == 401
