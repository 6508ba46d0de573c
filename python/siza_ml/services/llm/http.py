"""LLM providers over HTTP: Ollama's /api/chat and any OpenAI-compatible /v1/chat/completions."""

import asyncio
import ipaddress
from abc import abstractmethod
from typing import Any
from urllib.parse import urlsplit

import httpx

from .base import LlmError, LlmProvider, LlmTimeout, Message

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
