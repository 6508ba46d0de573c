"""The HTTP providers at the protocol level, against a real server speaking Ollama / OpenAI."""

import asyncio

import pytest

from fake_llm import Reply
from sidecar_proc import free_port
from siza_ml.services.llm import LlmError, LlmTimeout, OllamaProvider, OpenAIProvider

MESSAGES = [
    {"role": "system", "content": "Answer briefly."},
    {"role": "user", "content": "Say hi"},
]


def chat(provider, timeout_s: float = 5.0, **kwargs) -> str:
    options = {"max_tokens": 42, "temperature": 0.0, "timeout_s": timeout_s, **kwargs}
    return asyncio.run(provider.chat(MESSAGES, **options))


def test_ollama_request_and_reply(ollama):
    ollama.reply = Reply(text="hi there")
    assert chat(OllamaProvider(ollama.url, "llama-test"), temperature=0.3) == "hi there"
    [request] = ollama.requests
    assert request.path == "/api/chat"
    assert request.body == {
        "model": "llama-test",
        "messages": MESSAGES,
        "stream": False,
        "options": {"temperature": 0.3, "num_predict": 42},
    }
    assert "authorization" not in {k.lower() for k in request.headers}


def test_openai_request_reply_and_bearer_key(openai):
    openai.reply = Reply(text="hello")
    # A base URL ending in /v1 must not become /v1/v1/chat/completions.
    provider = OpenAIProvider(openai.url + "/v1/", "gpt-test", api_key="sk-secret")
    assert chat(provider) == "hello"
    [request] = openai.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["Authorization"] == "Bearer sk-secret"
    assert request.body == {
        "model": "gpt-test",
        "messages": MESSAGES,
        "max_tokens": 42,
        "temperature": 0.0,
        "stream": False,
    }


@pytest.mark.parametrize("status", [400, 404, 500, 503])
def test_error_status_is_an_llm_error_with_the_status(ollama, status):
    ollama.reply = Reply(status=status, raw=b'{"error": "model \\"x\\" not found"}')
    with pytest.raises(LlmError, match=f"ollama answered HTTP {status}: .*not found"):
        chat(OllamaProvider(ollama.url, "x"))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "malformed JSON"),
        (b"", "malformed JSON"),
        (b'{"done": true}', "no message content"),
        (b'{"message": {"content": null}}', "no message content"),
        (b'{"message": "flat"}', "no message content"),
        (b"[1, 2]", "no message content"),
    ],
)
def test_malformed_ollama_answers(ollama, raw, message):
    ollama.reply = Reply(raw=raw)
    with pytest.raises(LlmError, match=message):
        chat(OllamaProvider(ollama.url, "m"))


@pytest.mark.parametrize(
    "raw", [b'{"choices": []}', b'{"choices": [{"message": {}}]}', b'{"error": {"message": "x"}}']
)
def test_malformed_openai_answers(openai, raw):
    openai.reply = Reply(raw=raw)
    with pytest.raises(LlmError, match="no message content"):
        chat(OpenAIProvider(openai.url, "m"))


def test_slow_server_times_out_within_the_budget(ollama):
    ollama.reply = Reply(text="too late", delay_s=30)
    with pytest.raises(LlmTimeout, match=r"did not answer within 0\.5 s"):
        chat(OllamaProvider(ollama.url, "m"), timeout_s=0.5)
    assert len(ollama.requests) == 1


def test_unreachable_endpoint_is_a_clear_error():
    # A port nobody listens on: connection refused, not a hang.
    provider = OpenAIProvider(f"http://127.0.0.1:{free_port()}", "m", api_key="sk-secret")
    with pytest.raises(LlmError, match=r"cannot reach openai at http://127\.0\.0\.1") as info:
        chat(provider)
    assert "sk-secret" not in str(info.value)


def test_wrong_protocol_path_is_reported(openai):
    # An Ollama client pointed at an OpenAI-only server gets the server's 404, clearly.
    with pytest.raises(LlmError, match="HTTP 404"):
        chat(OllamaProvider(openai.url, "m"))
