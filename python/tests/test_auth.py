"""Every route, docs included, demands the per-launch bearer token."""

import httpx
import pytest

PATHS = ["/health", "/ready", "/openapi.json", "/docs"]


def _get(sidecar, path: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.get(f"{sidecar.base_url}{path}", headers=headers, timeout=10)


def _assert_rejected(response: httpx.Response) -> None:
    assert response.status_code == 401
    assert response.json() == {"detail": "Missing or invalid bearer token"}
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("path", PATHS)
def test_missing_header_is_rejected(sidecar, path):
    _assert_rejected(_get(sidecar, path, {}))


@pytest.mark.parametrize("path", PATHS)
def test_wrong_token_is_rejected(sidecar, path):
    _assert_rejected(_get(sidecar, path, {"Authorization": "Bearer not-the-token"}))


@pytest.mark.parametrize(
    "value",
    [
        "Basic {token}",
        "{token}",
        "Bearer",
        "Bearer {token} extra",
        "Bearer{token}",
        "Bearer {token}x",
        "Token {token}",
    ],
)
@pytest.mark.parametrize("path", ["/health", "/ready", "/openapi.json"])
def test_malformed_authorization_is_rejected(sidecar, path, value):
    _assert_rejected(_get(sidecar, path, {"Authorization": value.format(token=sidecar.token)}))


@pytest.mark.parametrize("path", PATHS)
def test_right_token_is_accepted(sidecar, path):
    assert _get(sidecar, path, sidecar.auth()).status_code == 200


def test_scheme_is_case_insensitive(sidecar):
    response = _get(sidecar, "/health", {"Authorization": f"bearer {sidecar.token}"})
    assert response.status_code == 200


def test_unknown_route_without_token_is_401_not_404(sidecar):
    _assert_rejected(_get(sidecar, "/no-such-route", {}))


def test_empty_token_means_dev_mode_with_a_warning(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_TOKEN="")
    assert httpx.get(f"{s.base_url}/health", timeout=10).status_code == 200
    assert "SIZA_ML_TOKEN is not set" in s.log_path.read_text()
