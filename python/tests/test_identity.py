"""GET /health/identity: the one route answered without the token; it proves who holds it."""

import hashlib
import hmac
import secrets

import httpx
import pytest


def _identity(sidecar, challenge: str, **kw) -> httpx.Response:
    return httpx.get(
        f"{sidecar.base_url}/health/identity", params={"challenge": challenge}, timeout=10, **kw
    )


def _expected(token: str, challenge: str) -> str:
    return hmac.new(
        token.encode(), f"siza-identity:{challenge}".encode(), hashlib.sha256
    ).hexdigest()


def test_answers_without_the_token_with_its_pid_and_an_hmac_of_the_challenge(sidecar):
    challenge = secrets.token_hex(32)
    r = _identity(sidecar, challenge)
    assert r.status_code == 200
    body = r.json()
    assert body == {"pid": sidecar.proc.pid, "proof": _expected(sidecar.token, challenge)}
    # a different challenge, a different proof: nothing to replay
    other = _identity(sidecar, secrets.token_hex(32)).json()["proof"]
    assert other != body["proof"]


def test_the_proof_needs_the_token(sidecar):
    challenge = secrets.token_hex(16)
    proof = _identity(sidecar, challenge).json()["proof"]
    assert proof != _expected("not-the-token", challenge)
    assert proof != hashlib.sha256(f"siza-identity:{challenge}".encode()).hexdigest()


@pytest.mark.parametrize("challenge", ["", "abc", "zz" * 16, "AB" * 16, "a" * 129])
def test_a_malformed_challenge_is_a_422(sidecar, challenge):
    assert _identity(sidecar, challenge).status_code == 422


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/health/identity/"),
        ("GET", "/health/identityx"),
        ("POST", "/health/identity"),
        ("GET", "/health"),
    ],
)
def test_nothing_else_is_answered_without_the_token(sidecar, method, path):
    r = httpx.request(
        method, f"{sidecar.base_url}{path}", params={"challenge": "ab" * 16}, timeout=10
    )
    assert r.status_code == 401
