"""LLM providers over HTTP: Ollama's /api/chat and any OpenAI-compatible /v1/chat/completions."""

import asyncio
import ipaddress
import json
from abc import abstractmethod
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any
from urllib.parse import urlsplit

import httpx

from .base import LlmError, LlmProvider, LlmTimeout, Message, Piece

# A chat reply is small; anything bigger is a misbehaving endpoint, not an answer.
MAX_RESPONSE_BYTES = 2 * 1024 * 1024


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _snippet(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


class HttpProvider(LlmProvider):
    """POSTs JSON with a total deadline; every failure becomes an LlmError with a clear reason."""

    path: str

    def __init__(self, url: str, model: str, api_key: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.model = model
        self.model_id = f"{self.name}:{model}"
        self._api_key = api_key

    async def _post(self, payload: dict[str, Any], timeout_s: float) -> Any:
        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        target = f"{self.url}{self.path}"
        # Proxy variables must not capture a loopback endpoint such as a local Ollama.
        trust_env = not _is_loopback(target)
        try:
            async with httpx.AsyncClient(timeout=timeout_s, trust_env=trust_env) as client:
                response = await asyncio.wait_for(
                    client.post(target, json=payload, headers=headers), timeout_s
                )
        except (asyncio.TimeoutError, httpx.TimeoutException) as exc:
            raise LlmTimeout(f"{self.name} did not answer within {timeout_s:g} s") from exc
        except httpx.HTTPError as exc:
            raise LlmError(f"cannot reach {self.name} at {self.url}: {type(exc).__name__}") from exc
        if response.status_code != 200:
            detail = _snippet(response.text)
            raise LlmError(f"{self.name} answered HTTP {response.status_code}: {detail}")
        if len(response.content) > MAX_RESPONSE_BYTES:
            raise LlmError(f"{self.name} answered with more than {MAX_RESPONSE_BYTES} bytes")
        try:
            return response.json()
        except ValueError as exc:
            raise LlmError(f"{self.name} answered with malformed JSON") from exc

    async def _lines(self, payload: dict[str, Any], timeout_s: float) -> AsyncIterator[str]:
        """The response body's lines as they arrive, under one deadline for the whole stream;
        leaving the loop early (the caller cancelled) closes the connection to the endpoint."""
        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        target = f"{self.url}{self.path}"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        received = 0
        try:
            async with (
                httpx.AsyncClient(timeout=timeout_s, trust_env=not _is_loopback(target)) as client,
                client.stream("POST", target, json=payload, headers=headers) as response,
            ):
                if response.status_code != 200:
                    body = await asyncio.wait_for(response.aread(), deadline - loop.time())
                    detail = _snippet(body.decode("utf-8", "replace"))
                    raise LlmError(f"{self.name} answered HTTP {response.status_code}: {detail}")
                lines = response.aiter_lines()
                while True:
                    try:
                        line = await asyncio.wait_for(anext(lines), deadline - loop.time())
                    except StopAsyncIteration:
                        return
                    received += len(line)
                    if received > MAX_RESPONSE_BYTES:
                        raise LlmError(f"{self.name} streamed more than {MAX_RESPONSE_BYTES} bytes")
                    yield line
        except (asyncio.TimeoutError, httpx.TimeoutException) as exc:
            raise LlmTimeout(f"{self.name} did not finish within {timeout_s:g} s") from exc
        except httpx.HTTPError as exc:
            raise LlmError(f"cannot reach {self.name} at {self.url}: {type(exc).__name__}") from exc

    async def chat_stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout_s: float
    ) -> AsyncIterator[Piece]:
        payload = {**self._payload(messages, max_tokens, temperature), "stream": True}
        finish: str | None = None
        async with aclosing(self._lines(payload, timeout_s)) as lines:
            async for line in lines:
                piece = self._piece(line)
                if piece is None:
                    continue
                if piece.text:
                    yield Piece(text=piece.text)
                finish = piece.finish_reason or finish
                if piece.done:
                    break
        yield Piece(finish_reason=finish, done=True)

    @abstractmethod
    def _piece(self, line: str) -> Piece | None:
        """One streamed line as a Piece (None for a keep-alive or a line without content)."""

    @abstractmethod
    def _payload(self, messages: list[Message], max_tokens: int, temperature: float) -> dict:
        """The request body of one chat call."""

    @abstractmethod
    def _content(self, data: Any) -> str:
        """The reply text inside a decoded response (KeyError/IndexError/TypeError if absent)."""

    async def chat(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout_s: float
    ) -> str:
        data = await self._post(self._payload(messages, max_tokens, temperature), timeout_s)
        try:
            content = self._content(data)
        except (KeyError, IndexError, TypeError) as exc:
            raise LlmError(f"{self.name} answer has no message content") from exc
        if not isinstance(content, str):
            raise LlmError(f"{self.name} answer has no message content")
        return content


class OllamaProvider(HttpProvider):
    name = "ollama"
    path = "/api/chat"

    def _payload(self, messages: list[Message], max_tokens: int, temperature: float) -> dict:
        options = {"temperature": temperature, "num_predict": max_tokens}
        return {"model": self.model, "messages": messages, "stream": False, "options": options}

    def _content(self, data: Any) -> str:
        return data["message"]["content"]

    def _piece(self, line: str) -> Piece | None:
        # Ollama streams one JSON object per line; the last has "done": true and a done_reason.
        if not line.strip():
            return None
        data = _json_line(self.name, line)
        if "error" in data:
            raise LlmError(f"ollama: {_snippet(str(data['error']))}")
        text = (data.get("message") or {}).get("content") or ""
        done = bool(data.get("done"))
        return Piece(text=text, finish_reason=data.get("done_reason") if done else None, done=done)


class OpenAIProvider(HttpProvider):
    name = "openai"
    path = "/v1/chat/completions"

    def __init__(self, url: str, model: str, api_key: str | None = None) -> None:
        # Both "http://host" and "http://host/v1" are common spellings of the base URL.
        base = url.rstrip("/")
        super().__init__(base[: -len("/v1")] if base.endswith("/v1") else base, model, api_key)

    def _payload(self, messages: list[Message], max_tokens: int, temperature: float) -> dict:
        return {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": False,
        }

    def _content(self, data: Any) -> str:
        return data["choices"][0]["message"]["content"]

    def _piece(self, line: str) -> Piece | None:
        # Server-sent events: "data: {chunk}" lines, blank separators, comments, "data: [DONE]".
        if not line.startswith("data:"):
            return None
        data_text = line[len("data:") :].strip()
        if data_text == "[DONE]":
            return Piece(done=True)
        data = _json_line(self.name, data_text)
        choices = data.get("choices") or []
        if not choices:
            return None
        choice = choices[0]
        text = (choice.get("delta") or {}).get("content") or ""
        return Piece(text=text, finish_reason=choice.get("finish_reason"))


def _json_line(name: str, text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise LlmError(f"{name} streamed malformed JSON: {_snippet(text, 80)}") from exc
    if not isinstance(data, dict):
        raise LlmError(f"{name} streamed something other than a JSON object")
    return data
