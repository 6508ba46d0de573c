"""The one interface every LLM backend implements, and the errors callers may show to users."""

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass

Message = dict[str, str]


class LlmError(Exception):
    """The LLM gave no usable answer; the message is safe to show (never carries secrets)."""


class LlmTimeout(LlmError):
    """No answer within the caller's time budget."""


@dataclass
class Piece:
    """One step of a streamed reply: text as it arrives, then (last) why the model stopped."""

    text: str = ""
    # "stop", "length" (max_tokens reached) or None while streaming / when the backend does not say.
    finish_reason: str | None = None
    done: bool = False


class LlmProvider(ABC):
    #: "ollama", "openai" or "local": what the provider is, for messages and /ready.
    name: str
    #: What /ready reports as the model id of the "llm" slot.
    model_id: str

    @abstractmethod
    async def chat(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout_s: float
    ) -> str:
        """The assistant's reply to `messages`; raises LlmError (LlmTimeout past timeout_s)."""

    async def chat_stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout_s: float
    ) -> AsyncIterator[Piece]:
        """The reply as it is written; a backend that cannot stream yields it whole, then done."""
        text = await self.chat(
            messages, max_tokens=max_tokens, temperature=temperature, timeout_s=timeout_s
        )
        yield Piece(text=text)
        yield Piece(done=True)
