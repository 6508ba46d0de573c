"""POST /enhance: a short UI prompt in, a specific, requirement-rich prompt out."""

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from .score import MAX_OPTION_CHARS, MAX_PROMPT_CHARS, Framework


class EnhanceRequest(BaseModel):
    prompt: str = Field(min_length=1, max_length=MAX_PROMPT_CHARS)
    component_type: str | None = Field(default=None, max_length=MAX_OPTION_CHARS)
    framework: Framework | None = None
    style: str | None = Field(default=None, max_length=MAX_OPTION_CHARS)
    mood: str | None = Field(default=None, max_length=MAX_OPTION_CHARS)
    industry: str | None = Field(default=None, max_length=MAX_OPTION_CHARS)

    @field_validator("prompt")
    @classmethod
    def _prompt_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("prompt must contain non-whitespace characters")
        return value


class EnhanceResponse(BaseModel):
    enhanced: str
    # The requirements the rules appended (empty when source is "llm").
    additions: list[str]
    source: Literal["rules", "llm"]
    # What the rules resolved (requested or found in the prompt); null when none.
    component_type: str | None
    framework: Framework | None
    # Why the LLM's rewrite is missing although a provider is configured.
    llm_error: str | None = None
