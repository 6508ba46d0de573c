"""The sidecar must not outlive its parent (the VS Code extension host)."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil

from sidecar_proc import PYTHON_DIR, free_port, sidecar_env, stop, wait_healthy

GONE_DEADLINE_S = 15.0

# Stands in for the extension host: spawns the sidecar watching its own pid, then idles.
PARENT = textwrap.dedent(
    """
    import os, subprocess, sys, time
    port, log_path = sys.argv[1], sys.argv[2]
    env = dict(os.environ, SIZA_ML_PARENT_PID=str(os.getpid()))
    with open(log_path, "wb") as log:
        child = subprocess.Popen(
            [sys.executable, "-m", "siza_ml", "--port", port], env=env, stdout=log, stderr=log
        )
    print(child.pid, flush=True)
    time.sleep(600)
    """
)


def _gone(pid: int) -> bool:
    try:
        # Reparented to a pid 1 that may not reap; a zombie no longer holds the port.
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_sidecar_exits_when_parent_is_killed(tmp_path):
    port, token = free_port(), "watchdog-token"
    log_path = tmp_path / "server.log"
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(port), str(log_path)],
        env=sidecar_env(SIZA_ML_TOKEN=token),
        cwd=PYTHON_DIR,
        stdout=subprocess.PIPE,
        text=True,
    )
    server_pid = None
    try:
        server_pid = int(parent.stdout.readline())
        wait_healthy(f"http://127.0.0.1:{port}", token)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)

        deadline = time.monotonic() + GONE_DEADLINE_S
        while not _gone(server_pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _gone(server_pid), log_path.read_text()
        assert "parent pid" in log_path.read_text()
    finally:
        stop(parent)
        parent.stdout.close()
        if server_pid and not _gone(server_pid):
            os.kill(server_pid, signal.SIGKILL)
