"""POST /llm/chat: the configured LLM, for callers that build their own prompt (generation)."""

from typing import Annotated, Literal

from pydantic import BaseModel, Field

# A generation prompt carries a few library components as examples: generous, but bounded.
MAX_MESSAGE_CHARS = 32_000
MAX_MESSAGES = 16
MAX_CHAT_TOKENS = 4096


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class ChatRequest(BaseModel):
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    max_tokens: int = Field(default=1024, ge=1, le=MAX_CHAT_TOKENS)
    temperature: float = Field(default=0.2, ge=0.0, le=2.0)
    # True: NDJSON lines come back (ChatStreamDelta…, then ChatStreamDone or ChatStreamError).
    stream: bool = False


class ChatResponse(BaseModel):
    text: str
    # "ollama", "openai" or "local", and the model that answered.
    provider: str
    model: str


class ChatStreamDelta(BaseModel):
    """Text as the model writes it (a token or a few)."""

    type: Literal["delta"] = "delta"
    text: str


class ChatStreamDone(BaseModel):
    """The last line of a stream that finished: the whole text, and why the model stopped."""

    type: Literal["done"] = "done"
    text: str
    provider: str
    model: str
    # "stop", "length" (max_tokens reached) or None when the backend does not say.
    finish_reason: str | None = None


class ChatStreamError(BaseModel):
    """The last line of a stream that failed after it began: the status a plain call would get."""

    type: Literal["error"] = "error"
    status: Literal[502, 504]
    detail: str


ChatStreamLine = Annotated[
    ChatStreamDelta | ChatStreamDone | ChatStreamError, Field(discriminator="type")
]
