"""POST /llm/chat: the configured LLM's reply, for callers that build their own prompt."""

import pytest

from fake_llm import Reply

MESSAGES = [
    {"role": "system", "content": "You write UI components."},
    {"role": "user", "content": "A delete button"},
]


def test_chat_passes_the_messages_through_and_names_the_provider(spawn_sidecar, ollama):
    ollama.reply = Reply(text='{"name": "DeleteButton"}')
    s = spawn_sidecar(
        SIZA_ML_LLM_PROVIDER="ollama", SIZA_ML_LLM_URL=ollama.url, SIZA_ML_LLM_MODEL="gen-1"
    )
    with s.client() as client:
        response = client.post(
            "/llm/chat", json={"messages": MESSAGES, "max_tokens": 300, "temperature": 0.4}
        )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "text": '{"name": "DeleteButton"}',
        "provider": "ollama",
        "model": "ollama:gen-1",
    }
    [request] = ollama.requests
    assert request.body["messages"] == MESSAGES
    assert request.body["options"]["temperature"] == 0.4


@pytest.mark.parametrize(
    ("reply", "status", "message"),
    [
        (Reply(status=500, raw=b'{"error": "model crashed"}'), 502, "HTTP 500"),
        (Reply(text="x", delay_s=30), 504, "did not answer within 1 s"),
    ],
)
def test_chat_failures_are_gateway_errors_with_a_reason(
    spawn_sidecar, ollama, reply, status, message
):
    ollama.reply = reply
    s = spawn_sidecar(
        SIZA_ML_LLM_PROVIDER="ollama",
        SIZA_ML_LLM_URL=ollama.url,
        SIZA_ML_LLM_MODEL="gen-1",
        SIZA_ML_LLM_TIMEOUT_S="1",
    )
    with s.client() as client:
        response = client.post("/llm/chat", json={"messages": MESSAGES})
        assert client.get("/health").status_code == 200
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_chat_without_a_provider_is_503(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_LLM_PROVIDER="none")
    with s.client() as client:
        response = client.post("/llm/chat", json={"messages": MESSAGES})
    assert response.status_code == 503
    assert "no LLM provider" in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {"messages": []},
        {"messages": [{"role": "tool", "content": "x"}]},
        {"messages": [{"role": "user", "content": ""}]},
        {"messages": MESSAGES, "max_tokens": 0},
        {"messages": MESSAGES, "max_tokens": 100_000},
        {"messages": MESSAGES, "temperature": 3},
        {"messages": [{"role": "user", "content": "x" * 40_000}]},
    ],
)
def test_chat_refuses_malformed_requests(spawn_sidecar, body):
    s = spawn_sidecar(SIZA_ML_LLM_PROVIDER="none")
    with s.client() as client:
        assert client.post("/llm/chat", json=body).status_code == 422
