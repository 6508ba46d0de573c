"""Shapes of /health and /ready (the contract the TypeScript zod schema mirrors)."""

import platform
import subprocess
import sys
import textwrap

from sidecar_proc import PYTHON_DIR, sidecar_env

VERSION_KEYS = {
    "siza_ml",
    "fastapi",
    "uvicorn",
    "torch",
    "transformers",
    "sentence_transformers",
    "faiss",
    "peft",
}


def test_health_fields_and_types(sidecar):
    with sidecar.client() as client:
        body = client.get("/health").json()
    assert set(body) == {"status", "version", "pid", "uptime_s"}
    assert body["status"] == "ok"
    assert body["version"] == "0.1.0"
    assert body["pid"] == sidecar.proc.pid
    assert isinstance(body["uptime_s"], float)
    assert body["uptime_s"] >= 0


def test_ready_fields_and_types(sidecar):
    with sidecar.client() as client:
        response = client.get("/ready")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "ready",
        "version",
        "pid",
        "uptime_s",
        "python",
        "models",
        "memory",
        "versions",
        "indexes",
        "problems",
    }
    assert body["ready"] is True
    # No collection is opened by a fresh server, and nothing was found corrupt.
    assert body["indexes"] == {} and body["problems"] == []
    assert body["version"] == "0.1.0"
    assert body["pid"] == sidecar.proc.pid
    assert isinstance(body["uptime_s"], float)
    assert body["python"] == platform.python_version()
    assert body["models"] == [
        {
            "name": "embeddings",
            "model_id": "sentence-transformers/all-MiniLM-L6-v2",
            "loaded": False,
        }
    ]
    memory = body["memory"]
    assert set(memory) == {"rss_mb", "system_total_mb", "system_available_mb"}
    assert all(isinstance(v, float) and v > 0 for v in memory.values())
    assert memory["system_available_mb"] <= memory["system_total_mb"]
    versions = body["versions"]
    assert set(versions) == VERSION_KEYS
    assert versions["siza_ml"] == "0.1.0"
    assert all(v is None or isinstance(v, str) for v in versions.values())
    # Installed in the dev venv, so metadata must find them (faiss under its faiss-cpu name).
    assert versions["fastapi"] and versions["uvicorn"] and versions["faiss"]


def test_not_found_and_bad_method_are_json(sidecar):
    with sidecar.client() as client:
        missing = client.get("/no-such-route")
        wrong_method = client.delete("/health")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Not Found"}
    assert wrong_method.status_code == 405
    assert "detail" in wrong_method.json()


HEAVY = ["torch", "transformers", "sentence_transformers", "faiss", "peft"]

# Runs in a fresh interpreter so modules imported by pytest or other tests cannot leak in.
LAZY_IMPORT_CHECK = textwrap.dedent(
    f"""
    import sys
    from fastapi.testclient import TestClient
    from siza_ml.app import create_app
    from siza_ml.config import Settings

    app = create_app(Settings(token="t"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for path in ("/health", "/ready"):
            r = client.get(path, headers={{"Authorization": "Bearer t"}})
            assert r.status_code == 200, (path, r.status_code, r.text)
    loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)
    print("heavy:", loaded)
    sys.exit(1 if loaded else 0)
    """
)


def test_serving_health_and_ready_imports_no_ml_library():
    result = subprocess.run(
        [sys.executable, "-c", LAZY_IMPORT_CHECK],
        env=sidecar_env(),
        cwd=PYTHON_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "heavy: []" in result.stdout
