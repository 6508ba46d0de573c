"""`python -m siza_ml --host`: a non-loopback address is refused unless TLS and a token guard it."""

# Binding every interface is what is tested here, and the test's certificate is self-signed.
# ruff: noqa: S104, S501

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sidecar_proc import STARTUP_DEADLINE_S, free_port, sidecar_env, stop


def _run(tmp_path: Path, *args: str, token: str = "") -> subprocess.CompletedProcess[str]:
    env = sidecar_env(SIZA_ML_TOKEN=token, SIZA_ML_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-m", "siza_ml", "--port", str(free_port()), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.com"])
def test_a_non_loopback_host_without_tls_is_refused(tmp_path, host):
    r = _run(tmp_path, "--host", host, token="t" * 32)
    assert r.returncode == 2
    assert f"refusing to bind {host}, which is not loopback, without TLS and a token" in r.stderr


def test_tls_without_a_token_is_refused(tmp_path):
    cert, key = _self_signed(tmp_path)
    r = _run(tmp_path, "--host", "0.0.0.0", "--ssl-certfile", cert, "--ssl-keyfile", key)
    assert r.returncode == 2
    assert "without TLS and a token" in r.stderr


def test_a_certificate_needs_its_key(tmp_path):
    cert, _ = _self_signed(tmp_path)
    r = _run(tmp_path, "--host", "0.0.0.0", "--ssl-certfile", cert, token="t" * 32)
    assert r.returncode == 2
    assert "--ssl-certfile and --ssl-keyfile go together" in r.stderr


def test_a_non_loopback_host_with_tls_and_a_token_serves_https(tmp_path):
    cert, key = _self_signed(tmp_path)
    port, token = free_port(), "t" * 32
    env = sidecar_env(SIZA_ML_TOKEN=token, SIZA_ML_DATA_DIR=str(tmp_path / "data"))
    args = ["--host", "0.0.0.0", "--port", str(port), "--ssl-certfile", cert, "--ssl-keyfile", key]
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "siza_ml", *args], env=env, stdout=log, stderr=log
    )
    try:
        deadline = time.monotonic() + STARTUP_DEADLINE_S
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                r = httpx.get(
                    f"https://127.0.0.1:{port}/health",
                    headers={"Authorization": f"Bearer {token}"},
                    verify=False,
                    timeout=2,
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the TLS sidecar never answered"
                time.sleep(0.1)
        assert r.status_code == 200
        assert r.json()["pid"] == proc.pid
    finally:
        stop(proc)
        log.close()


def _self_signed(tmp_path: Path) -> tuple[str, str]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return str(cert), str(key)
