"""POST /llm/chat with "stream": true: NDJSON lines while the model writes, through a real server,
against protocol-level test servers (fake_llm.py) that stream as Ollama and OpenAI do."""

import json
import time

import httpx
import pytest

from fake_llm import FakeLlm, Reply

MESSAGES = [{"role": "user", "content": "A delete button"}]
CODE = (
    "Here it is:\n```tsx\nexport function DeleteButton() {\n"
    "  return <button>Delete</button>;\n}\n```\n"
)


def _sidecar(spawn_sidecar, fake: FakeLlm, **env: str):
    return spawn_sidecar(
        SIZA_ML_LLM_PROVIDER=fake.protocol,
        SIZA_ML_LLM_URL=fake.url,
        SIZA_ML_LLM_MODEL="gen-1",
        **env,
    )


def _lines(response: httpx.Response) -> list[dict]:
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


@pytest.mark.parametrize("protocol", ["ollama", "openai"])
def test_stream_sends_deltas_then_the_whole_text(spawn_sidecar, protocol):
    fake = FakeLlm(protocol).start()
    try:
        fake.reply = Reply(text=CODE)
        s = _sidecar(spawn_sidecar, fake)
        with s.client() as client:
            body = {"messages": MESSAGES, "max_tokens": 200, "stream": True}
            response = client.post("/llm/chat", json=body)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/x-ndjson")
        lines = _lines(response)
        deltas = [x for x in lines if x["type"] == "delta"]
        assert len(deltas) > 3  # the reply came in pieces, not at once
        assert "".join(d["text"] for d in deltas) == CODE
        assert lines[-1] == {
            "type": "done",
            "text": CODE,
            "provider": protocol,
            "model": f"{protocol}:gen-1",
            "finish_reason": "stop",
        }
        [request] = fake.requests
        assert request.body["stream"] is True and request.body["messages"] == MESSAGES
    finally:
        fake.stop()


@pytest.mark.parametrize("protocol", ["ollama", "openai"])
def test_a_reply_cut_at_max_tokens_says_length(spawn_sidecar, protocol):
    fake = FakeLlm(protocol).start()
    try:
        fake.reply = Reply(
            text="```tsx\nexport function A() {\n  return <div>", finish_reason="length"
        )
        s = _sidecar(spawn_sidecar, fake)
        with s.client() as client:
            response = client.post("/llm/chat", json={"messages": MESSAGES, "stream": True})
        assert _lines(response)[-1]["finish_reason"] == "length"
    finally:
        fake.stop()


def test_a_stream_past_the_time_budget_ends_with_a_504_line(spawn_sidecar, ollama):
    ollama.reply = Reply(text="x" * 600, chunk_delay_s=0.2)  # 50 pieces, 10 s in all
    s = _sidecar(spawn_sidecar, ollama, SIZA_ML_LLM_TIMEOUT_S="1")
    with s.client() as client:
        response = client.post("/llm/chat", json={"messages": MESSAGES, "stream": True})
        assert client.get("/health").status_code == 200
    lines = _lines(response)
    assert lines[-1]["type"] == "error" and lines[-1]["status"] == 504
    assert "did not finish within 1 s" in lines[-1]["detail"]
    assert any(x["type"] == "delta" for x in lines)  # what came before the budget ran out


def test_an_endpoint_error_before_the_stream_is_a_502_line(spawn_sidecar, openai):
    openai.reply = Reply(status=500, raw=b'{"error": "model crashed"}')
    s = _sidecar(spawn_sidecar, openai)
    with s.client() as client:
        response = client.post("/llm/chat", json={"messages": MESSAGES, "stream": True})
    [line] = _lines(response)
    assert line["type"] == "error" and line["status"] == 502 and "HTTP 500" in line["detail"]


def test_a_client_that_goes_away_stops_the_request_to_the_model(spawn_sidecar, openai):
    openai.reply = Reply(text="y" * 1200, chunk_delay_s=0.1)  # 100 pieces over 10 s
    s = _sidecar(spawn_sidecar, openai)
    with s.client() as client:
        body = {"messages": MESSAGES, "stream": True}
        with client.stream("POST", "/llm/chat", json=body) as response:
            lines = response.iter_lines()
            first = json.loads(next(lines))
            assert first["type"] == "delta"
        # the response is closed here, after one line: the sidecar must drop the endpoint's stream
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not openai.requests[0].client_gone:
        time.sleep(0.1)
    [request] = openai.requests
    assert request.client_gone and not request.finished
    assert request.chunks_sent < 100


def test_stream_without_a_provider_is_503(spawn_sidecar):
    s = spawn_sidecar(SIZA_ML_LLM_PROVIDER="none")
    with s.client() as client:
        response = client.post("/llm/chat", json={"messages": MESSAGES, "stream": True})
    assert response.status_code == 503
