"""POST /score: component code in, a 0-10 quality score with factors and violations out."""

from typing import Literal

from pydantic import BaseModel, Field, field_validator

# the TypeScript list is src/core/frameworks.ts (tests/test_frameworks.py keeps them equal)
Framework = Literal["react", "vue", "svelte", "angular", "html"]
Severity = Literal["error", "warning", "info"]

# The schema's hard cap; the route also applies settings.max_text_chars * 5 when that is lower.
MAX_CODE_CHARS = 100_000
MAX_PROMPT_CHARS = 4000
MAX_OPTION_CHARS = 64


class ScoreRequest(BaseModel):
    code: str = Field(min_length=1, max_length=MAX_CODE_CHARS)
    prompt: str | None = Field(default=None, max_length=MAX_PROMPT_CHARS)
    component_type: str | None = Field(default=None, max_length=MAX_OPTION_CHARS)
    # None: detected from the code.
    framework: Framework | None = None

    @field_validator("code")
    @classmethod
    def _code_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("code must contain non-whitespace characters")
        return value


class FactorScore(BaseModel):
    score: float
    # Normalised over the factors present, so score == sum(weight * factor score).
    weight: float
    explanation: str


class AxeReference(BaseModel):
    """The axe-core rule a violation corresponds to, with axe-core's own help text and URL."""

    id: str
    help: str
    url: str
    # "table": rules/axe_references.json maps the rule; "nearest": the closest ingested axe rule
    # by embedding (sidecar only, when the axe-rules collection exists).
    match: Literal["table", "nearest"]


class Violation(BaseModel):
    rule: str
    factor: str
    severity: Severity
    message: str
    # 1-based line of the match; null for a rule about something missing.
    line: int | None
    hint: str
    # Left out of the JSON when there is none, so a violation without one reads as before.
    reference: AxeReference | None = Field(default=None, exclude_if=lambda v: v is None)


class LlmJudgement(BaseModel):
    provider: str
    score: float
    notes: str


class ScoreResponse(BaseModel):
    score: float
    confidence: float
    # The rules' own score; equals `score` when source is "heuristic".
    heuristic_score: float
    framework: Framework
    factors: dict[str, FactorScore]
    violations: list[Violation]
    source: Literal["heuristic", "heuristic+llm"]
    llm: LlmJudgement | None = None
    # Why the LLM's opinion is missing although a provider is configured.
    llm_error: str | None = None
