"""/score and /enhance with an HTTP LLM: a real sidecar talking to a real fake-LLM server."""

import re

import pytest

from fake_llm import Reply
from siza_ml.services.scoring import score_code

CODE = "<section>\n  <img src='hero.png'>\n  <button>Go</button>\n</section>"
JUDGEMENT = 'Here you go:\n```json\n{"score": 4, "notes": "Image lacks alt text."}\n```'


def _llm_slot(client) -> dict:
    [slot] = [m for m in client.get("/ready").json()["models"] if m["name"] == "llm"]
    return slot


def test_blend_with_a_fixed_ollama_judgement(spawn_sidecar, ollama):
    ollama.reply = Reply(text=JUDGEMENT)
    s = spawn_sidecar(
        SIZA_ML_LLM_PROVIDER="ollama", SIZA_ML_LLM_URL=ollama.url, SIZA_ML_LLM_MODEL="judge-1"
    )
    with s.client() as client:
        assert _llm_slot(client) == {"name": "llm", "model_id": "ollama:judge-1", "loaded": False}
        body = client.post("/score", json={"code": CODE, "framework": "html"}).json()
        assert _llm_slot(client)["loaded"] is True
    heuristic = score_code(CODE, "html")
    assert body["source"] == "heuristic+llm"
    assert body["llm"] == {"provider": "ollama", "score": 4.0, "notes": "Image lacks alt text."}
    assert body["llm_error"] is None
    assert body["heuristic_score"] == heuristic.score
    assert body["score"] == round(0.7 * heuristic.score + 0.3 * 4.0, 2)
    assert body["confidence"] == round(min(1.0, heuristic.confidence + 0.1), 2)
    [request] = ollama.requests
    assert request.path == "/api/chat"
    assert request.body["model"] == "judge-1" and request.body["stream"] is False
    assert request.body["options"]["temperature"] == 0.0
    roles = [m["role"] for m in request.body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]  # a worked example, then the code
    assert CODE in request.body["messages"][-1]["content"]


# `answered`: the provider call succeeded (the slot's "loaded") though its reply was unusable.
@pytest.mark.parametrize(
    ("reply", "error", "answered"),
    [
        (Reply(text="I think it is pretty good, maybe 7/10."), "no JSON object with a score", True),
        (Reply(text='{"score": 42}'), "not a number from 0 to 10", True),
        (Reply(status=500, raw=b'{"error": "model crashed"}'), "HTTP 500: .*model crashed", False),
        (Reply(raw=b"<html>proxy error</html>"), "malformed JSON", False),
        (Reply(text=JUDGEMENT, delay_s=30), "did not answer within 1 s", False),
    ],
)
def test_llm_failure_falls_back_to_heuristics_truthfully(
    spawn_sidecar, ollama, reply, error, answered
):
    ollama.reply = reply
    s = spawn_sidecar(
        SIZA_ML_LLM_PROVIDER="ollama",
        SIZA_ML_LLM_URL=ollama.url,
        SIZA_ML_LLM_MODEL="judge-1",
        SIZA_ML_LLM_TIMEOUT_S="1",
    )
    with s.client() as client:
        response = client.post("/score", json={"code": CODE})
        assert client.get("/health").status_code == 200
        assert _llm_slot(client)["loaded"] is answered
    assert response.status_code == 200
    body = response.json()
    assert body["source"] == "heuristic" and body["llm"] is None
    assert body["score"] == body["heuristic_score"] == score_code(CODE).score
    assert body["llm_error"]
    assert re.search(error, body["llm_error"]), body["llm_error"]


def test_misconfigured_provider_is_reported_not_fatal(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_LLM_PROVIDER="ollama")  # no SIZA_ML_LLM_MODEL
    with s.client() as client:
        score = client.post("/score", json={"code": CODE}).json()
        enhance = client.post("/enhance", json={"prompt": "a card"}).json()
        slot = _llm_slot(client)
    assert score["source"] == "heuristic"
    assert "misconfigured: SIZA_ML_LLM_MODEL is required" in score["llm_error"]
    assert enhance["source"] == "rules" and "misconfigured" in enhance["llm_error"]
    assert slot == {"name": "llm", "model_id": "ollama:?", "loaded": False}


def test_enhance_with_an_openai_compatible_endpoint(spawn_sidecar, openai):
    rewrite = (
        "Build a responsive pricing table with three tiers, a monthly/annual toggle, "
        "a highlighted recommended plan and keyboard-accessible buttons."
    )
    openai.reply = Reply(text=f'Improved prompt: "{rewrite}"')
    s = spawn_sidecar(
        SIZA_ML_LLM_PROVIDER="openai",
        SIZA_ML_LLM_URL=openai.url + "/v1",
        SIZA_ML_LLM_MODEL="gpt-fake",
        SIZA_ML_LLM_API_KEY="sk-test-key",
    )
    payload = {"prompt": "A pricing table with three tiers and a monthly toggle", "mood": "calm"}
    with s.client() as client:
        good = client.post("/enhance", json=payload).json()
        openai.reply = Reply(text="A hero banner for a bakery with a big photo of bread.")
        off_topic = client.post("/enhance", json=payload).json()
    assert good == {
        "enhanced": rewrite,
        "additions": [],
        "source": "llm",
        "component_type": "pricing",
        "framework": None,
        "llm_error": None,
    }
    assert off_topic["source"] == "rules"
    assert "dropped the original intent" in off_topic["llm_error"]
    assert off_topic["enhanced"].startswith(payload["prompt"] + "\n\nRequirements:")
    assert off_topic["additions"]
    first = openai.requests[0]
    assert first.path == "/v1/chat/completions"
    assert first.headers["Authorization"] == "Bearer sk-test-key"
    assert first.body["model"] == "gpt-fake"
    assert payload["prompt"] in first.body["messages"][-1]["content"]
    assert "Mood: calm" in first.body["messages"][-1]["content"]
