"""/score and /enhance over a real server without an LLM: shapes, auth and input bounds."""

import httpx
import pytest

from siza_ml.services.scoring import score_code

CODE = "\n".join(
    [
        "export function Avatar({ src }) {",
        "  return <img src={src} className='rounded' />;",
        "}",
    ]
)
FACTOR_KEYS = {"score", "weight", "explanation"}
VIOLATION_KEYS = {"rule", "factor", "severity", "message", "line", "hint"}
SCORE_KEYS = {
    "score",
    "confidence",
    "heuristic_score",
    "framework",
    "factors",
    "violations",
    "source",
    "llm",
    "llm_error",
}


def test_score_shape_and_values_match_the_heuristics(sidecar):
    with sidecar.client() as client:
        response = client.post("/score", json={"code": CODE, "framework": "react"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == SCORE_KEYS
    expected = score_code(CODE, "react")
    assert body["score"] == body["heuristic_score"] == expected.score
    assert body["confidence"] == expected.confidence
    assert (body["source"], body["llm"], body["llm_error"]) == ("heuristic", None, None)
    assert body["framework"] == "react"
    assert all(set(f) == FACTOR_KEYS for f in body["factors"].values())
    assert "prompt_adherence" not in body["factors"]
    [violation] = [v for v in body["violations"] if v["rule"] == "a11y/img-alt"]
    # img-alt has an axe-core counterpart (rules/axe_references.json): it cites it
    assert set(violation) == VIOLATION_KEYS | {"reference"}
    assert violation["line"] == 2 and violation["severity"] == "error"


def test_score_with_prompt_adds_prompt_adherence_and_detects_framework(sidecar):
    payload = {"code": CODE, "prompt": "A round avatar image", "component_type": "avatar"}
    with sidecar.client() as client:
        body = client.post("/score", json=payload).json()
    assert body["framework"] == "react"
    assert "prompt_adherence" in body["factors"]
    assert abs(sum(f["weight"] for f in body["factors"].values()) - 1.0) < 1e-3


def test_garbage_code_is_a_low_confidence_200(sidecar):
    noise = "".join(chr(c) for c in range(0, 0x2FF)) * 10
    with sidecar.client() as client:
        response = client.post("/score", json={"code": noise})
    assert response.status_code == 200
    assert response.json()["confidence"] <= 0.2


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": " \n\t "}, "code"),
        ({"code": "x" * 100_001}, "code"),
        ({"code": "<p/>", "prompt": "p" * 4001}, "prompt"),
        ({"code": "<p/>", "framework": "jquery"}, "framework"),
        ({"code": "<p/>", "component_type": "c" * 65}, "component_type"),
        ({"code": 42}, "code"),
        ({}, "code"),
    ],
)
def test_bad_score_input_is_422_naming_the_field(sidecar, payload, field):
    with sidecar.client() as client:
        response = client.post("/score", json=payload)
    assert response.status_code == 422
    assert any(issue["loc"][-1] == field for issue in response.json()["detail"])


def test_malformed_json_body_is_422(sidecar):
    with sidecar.client() as client:
        response = client.post(
            "/score", content=b'{"code": ', headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 422


def test_enhance_shape(sidecar):
    with sidecar.client() as client:
        response = client.post(
            "/enhance", json={"prompt": "a nice login form", "framework": "svelte"}
        )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "enhanced",
        "additions",
        "source",
        "component_type",
        "framework",
        "llm_error",
    }
    assert body["enhanced"].startswith("a visually polished login form\n\nRequirements:\n- ")
    assert body["source"] == "rules" and body["llm_error"] is None
    assert (body["component_type"], body["framework"]) == ("form", "svelte")
    assert all(f"- {a}" in body["enhanced"] for a in body["additions"])


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"prompt": ""}, "prompt"),
        ({"prompt": "   "}, "prompt"),
        ({"prompt": "p" * 4001}, "prompt"),
        ({"prompt": "ok", "style": "s" * 65}, "style"),
        ({"prompt": "ok", "framework": "ember"}, "framework"),
        ({"prompt": ["a list"]}, "prompt"),
    ],
)
def test_bad_enhance_input_is_422_naming_the_field(sidecar, payload, field):
    with sidecar.client() as client:
        response = client.post("/enhance", json=payload)
    assert response.status_code == 422
    assert any(issue["loc"][-1] == field for issue in response.json()["detail"])


@pytest.mark.parametrize("path", ["/score", "/enhance"])
def test_token_is_required(sidecar, path):
    payload = {"code": CODE, "prompt": "a card"}
    response = httpx.post(f"{sidecar.base_url}{path}", json=payload, timeout=10)
    assert response.status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert (
        httpx.post(f"{sidecar.base_url}{path}", json=payload, headers=wrong, timeout=10).status_code
        == 401
    )


def test_code_limit_follows_max_text_chars(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_MAX_TEXT_CHARS="100")
    with s.client() as client:
        too_long = client.post("/score", json={"code": "<p>x</p>" * 63})
        fits = client.post("/score", json={"code": "<p>x</p>" * 62})
    assert too_long.status_code == 422
    [issue] = too_long.json()["detail"]
    assert issue["loc"] == ["body", "code"] and "at most 500 characters" in issue["msg"]
    assert fits.status_code == 200
