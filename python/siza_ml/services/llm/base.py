"""The one interface every LLM backend implements, and the errors callers may show to users."""

from abc import ABC, abstractmethod

Message = dict[str, str]


class LlmError(Exception):
    """The LLM gave no usable answer; the message is safe to show (never carries secrets)."""


class LlmTimeout(LlmError):
    """No answer within the caller's time budget."""


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
