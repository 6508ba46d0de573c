"""`pip install ./python` gives a working sidecar: a fresh venv, the installed package, /score."""

import os
import secrets
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import httpx
import pytest

from sidecar_proc import HOST, PYTHON_DIR, free_port, stop, wait_healthy

CODE = (
    "export function SaveButton() {\n"
    "  return <button type='button' onClick={save}><img src='disk.png' /></button>;\n"
    "}\n"
)


def run(cmd: list[str], cwd: Path) -> None:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with siza_ml pip-installed from a copy of python/ (no network, no deps)."""
    root = tmp_path_factory.mktemp("pkg")
    # A copy: the build writes build/ and *.egg-info next to pyproject.toml, never into the repo.
    src = root / "src"
    shutil.copytree(
        PYTHON_DIR,
        src,
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build", ".pytest_cache"),
    )
    venv = root / "venv"
    # No pip of its own: ensurepip would bring Python 3.11's old setuptools, which shadows the dev
    # venv's; pip and setuptools come from the dev venv below.
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], root)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Dependencies, pip and setuptools come from the dev venv, appended to sys.path (no network).
    (Path(site) / "dev_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index"]
    run([*pip, "--disable-pip-version-check", str(src)], root)
    return python


def test_the_installed_package_is_the_one_that_runs(installed: Path, tmp_path: Path):
    where = subprocess.run(
        [str(installed), "-I", "-c", "import siza_ml; print(siza_ml.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(installed.parents[1]), where


def test_installed_sidecar_scores_and_enhances(installed: Path, tmp_path: Path):
    port, token = free_port(), secrets.token_urlsafe(24)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIZA_ML_", "PYTHON"))}
    env.update(SIZA_ML_TOKEN=token, SIZA_ML_DATA_DIR=str(tmp_path / "data"))
    log_path = tmp_path / "sidecar.log"
    # -I: neither PYTHONPATH nor the working directory can put the source tree on sys.path.
    cmd = [str(installed), "-I", "-m", "siza_ml", "--port", str(port)]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=log, stderr=log)
    try:
        wait_healthy(f"http://{HOST}:{port}", token, proc)
        r = httpx.post(
            f"http://{HOST}:{port}/score",
            json={"code": CODE, "framework": "react"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert r.status_code == 200, (r.text, log_path.read_text(errors="replace"))
        body = r.json()
        assert isinstance(body["score"], int | float) and 0 <= body["score"] <= 10, body
        assert body["violations"], body  # the rules loaded: the unlabelled button is found
        r = httpx.post(
            f"http://{HOST}:{port}/enhance",
            json={"prompt": "a pricing card"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert r.status_code == 200, (r.text, log_path.read_text(errors="replace"))
        assert r.json()["source"] == "rules" and r.json()["additions"], r.json()
    finally:
        stop(proc)


def test_installed_team_server_issues_a_token_and_answers_with_it(
    installed: Path, tmp_path: Path, pg
):
    url = pg.database()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIZA_ML_", "PYTHON"))}
    env.update(SIZA_ML_DATABASE_URL=url, SIZA_ML_DATA_DIR=str(tmp_path / "data"))
    issue = [str(installed), "-I", "-m", "siza_ml", "token", "issue", "--user", "me"]
    token = subprocess.run(
        [*issue, "--scope", "read", "--scope", "write", "--namespace", "github.com/acme/*"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    port = free_port()
    log_path = tmp_path / "serve.log"
    cmd = [str(installed), "-I", "-m", "siza_ml", "serve", "--port", str(port)]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=log, stderr=log)
    try:
        base, auth = f"http://{HOST}:{port}", {"Authorization": f"Bearer {token}"}
        wait_healthy(base, token, proc)
        ns = "?namespace=github.com/acme/app"
        vec = [1.0] + [0.0] * 383
        r = httpx.post(
            f"{base}/vector/index{ns}", json={"items": [{"id": "a", "vector": vec}]}, headers=auth
        )
        assert r.json() == {"indexed": 1, "count": 1}, (r.text, log_path.read_text())
        r = httpx.post(f"{base}/vector/search{ns}", json={"vector": vec}, headers=auth)
        assert r.json()["results"][0]["id"] == "a", r.text
        assert httpx.post(f"{base}/vector/search", json={"vector": vec}).status_code == 401
    finally:
        stop(proc)
