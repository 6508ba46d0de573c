"""Embeddings: /embed and /embed/batch; vectors travel as base64 of little-endian float32."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, create_model

VECTOR_HELP = "base64 of the vector's little-endian float32 bytes (dimensions * 4 bytes)"


class EmbedRequest(BaseModel):
    # A misspelt field ("txt") must be an error, not a silently ignored option.
    model_config = ConfigDict(extra="forbid")
    text: str


class EmbedBatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    texts: list[str]
    # The seed's clients read `vectors` (number arrays); the extension sends false and reads the
    # base64 `embeddings` only, a third of the bytes.
    vectors: StrictBool = Field(default=True, description="also answer `vectors` as number arrays")


class EmbedResponse(BaseModel):
    embedding: str = Field(description=VECTOR_HELP)
    dimensions: int
    model: str


def _is_none(value: object) -> bool:
    return value is None


class EmbedBatchResponse(BaseModel):
    embeddings: list[str] = Field(description=f"one per text, in request order; {VECTOR_HELP}")
    dimensions: int
    count: int
    model: str
    vectors: list[list[float]] | None = Field(
        default=None,
        exclude_if=_is_none,
        description="the same vectors as JSON numbers (the seed's field); absent when not asked",
    )


def bounded_requests(
    max_texts: int, max_chars: int
) -> tuple[type[EmbedRequest], type[EmbedBatchRequest]]:
    """The request models with this launch's limits, so they show in OpenAPI and give 422s."""
    # pydantic itself rejects lone surrogates (string_unicode), which the tokenizer could not take.
    text = Annotated[str, Field(min_length=1, max_length=max_chars)]
    texts = Annotated[list[text], Field(min_length=1, max_length=max_texts)]  # type: ignore[valid-type]
    one = create_model("EmbedRequest", __base__=EmbedRequest, text=(text, ...))
    many = create_model("EmbedBatchRequest", __base__=EmbedBatchRequest, texts=(texts, ...))
    return one, many
