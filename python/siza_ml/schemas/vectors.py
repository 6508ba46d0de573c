"""Vector collections: upsert, remove, search, stats, rebuild, clear."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# Loose caps that only bound parsing; the service applies the exact limits from the settings.
_MAX_B64 = 1 << 16
_MAX_TEXT = 1 << 20
_MAX_LIST = 1 << 16


def _is_none(value: object) -> bool:
    return value is None


def _team_namespace() -> Any:
    # Only a team server's answers carry it: the local sidecar's stay exactly as they were.
    desc = "a team server's namespace (absent locally)"
    return Field(default=None, exclude_if=_is_none, description=desc)


class _Request(BaseModel):
    # A misspelt field ("filters") must be an error, not a silently ignored option.
    model_config = ConfigDict(extra="forbid")


class UpsertItem(_Request):
    id: str = Field(min_length=1, max_length=512)
    vector: str | None = Field(default=None, max_length=_MAX_B64, description="base64 LE float32")
    text: str | None = Field(default=None, max_length=_MAX_TEXT)
    metadata: dict[str, Any] = Field(default_factory=dict)


class UpsertRequest(_Request):
    items: list[UpsertItem] = Field(min_length=1, max_length=_MAX_LIST)


class UpsertResponse(BaseModel):
    upserted: int
    count: int


class RemoveRequest(_Request):
    ids: list[str] = Field(min_length=1, max_length=_MAX_LIST)


class RemoveResponse(BaseModel):
    removed: int
    count: int


class SearchRequest(_Request):
    vector: str | None = Field(default=None, max_length=_MAX_B64, description="base64 LE float32")
    text: str | None = Field(default=None, max_length=_MAX_TEXT)
    k: int = Field(default=10, ge=1, le=100)
    filter: dict[str, Any] | None = None


class SearchHit(BaseModel):
    id: str
    score: float
    metadata: dict[str, Any]
    namespace: str | None = _team_namespace()


class SearchResponse(BaseModel):
    results: list[SearchHit]
    count: int


class CollectionStats(BaseModel):
    name: str
    namespace: str | None = _team_namespace()
    count: int
    dimensions: int
    model: str
    file_bytes: int
    last_saved: str | None = Field(description="ISO 8601 UTC of the last durable write")
    problems: list[str]


class CollectionsResponse(BaseModel):
    collections: list[CollectionStats]
