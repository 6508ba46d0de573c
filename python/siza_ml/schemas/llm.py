"""POST /llm/chat: the configured LLM, for callers that build their own prompt (generation)."""

from typing import Literal

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


class ChatResponse(BaseModel):
    text: str
    # "ollama", "openai" or "local", and the model that answered.
    provider: str
    model: str
