"""The seed's vector routes (/vector/index, /vector/search, /vector/stats, /vector/rebuild): one
default collection, vectors as JSON number arrays, so the seed's own client can use this server."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictFloat

from .vectors import SearchHit

# Loose caps that only bound parsing; the service applies the exact limits from the settings.
_MAX_DIMS = 4096
_MAX_TEXT = 1 << 20
_MAX_LIST = 1 << 16


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SeedItem(_Request):
    id: str = Field(min_length=1, max_length=512)
    vector: list[StrictFloat] | None = Field(default=None, max_length=_MAX_DIMS)
    text: str | None = Field(default=None, max_length=_MAX_TEXT)
    metadata: dict[str, Any] = Field(default_factory=dict)


class SeedIndexRequest(_Request):
    items: list[SeedItem] = Field(min_length=1, max_length=_MAX_LIST)


class SeedIndexResponse(BaseModel):
    indexed: int
    count: int


class SeedSearchRequest(_Request):
    vector: list[StrictFloat] | None = Field(default=None, max_length=_MAX_DIMS)
    text: str | None = Field(default=None, max_length=_MAX_TEXT)
    k: int = Field(default=10, ge=1, le=100)
    filter: dict[str, Any] | None = None


class SeedSearchResponse(BaseModel):
    results: list[SearchHit]
    count: int
