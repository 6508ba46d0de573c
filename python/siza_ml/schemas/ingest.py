"""POST /ingest/dataset (a dataset file's records into a collection) and /ingest/axe-rules
(axe-core's rule metadata into the `axe-rules` collection)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .score import Framework

# A column name as datasets and pyarrow spell it; JSON keys may be anything, these are generous.
_COLUMN = r"^[^\x00-\x1f]{1,128}$"
# A Hugging Face hub dataset: "name" or "owner/name".
HUB_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,95})?$"
COLLECTION_NAME = r"^[a-z0-9][a-z0-9_-]{0,63}$"
MAX_LIMIT = 10_000
MAX_ROWS = 1_000_000
MAX_CODE_CHARS = 100_000


class _Request(BaseModel):
    # A misspelt option ("filter") must be an error, not a silently ignored one.
    model_config = ConfigDict(extra="forbid")


class DatasetFields(_Request):
    """Which column holds what; only `code` is required in a row."""

    code: str = Field(default="code", pattern=_COLUMN)
    name: str | None = Field(default=None, pattern=_COLUMN)
    framework: str | None = Field(default=None, pattern=_COLUMN)
    description: str | None = Field(default=None, pattern=_COLUMN)


class DatasetFilters(_Request):
    # Keep only these frameworks (a row's column value, else detected from its code).
    frameworks: list[Framework] | None = Field(default=None, min_length=1, max_length=5)
    min_code_chars: int = Field(default=1, ge=1, le=MAX_CODE_CHARS)
    max_code_chars: int = Field(default=20_000, ge=1, le=MAX_CODE_CHARS)
    # A plain substring the code must contain (no regex: Python's re has no timeout).
    code_contains: str | None = Field(default=None, min_length=1, max_length=200)


class IngestDatasetRequest(_Request):
    # A .json/.jsonl/.ndjson/.parquet file inside the data folder or an allowed root
    # (SIZA_ML_INGEST_ROOTS); a relative path is taken from the data folder.
    path: str | None = Field(default=None, min_length=1, max_length=4096)
    # Or a dataset on the Hugging Face hub (needs the network: a 422 while HF_HUB_OFFLINE is set).
    hub: str | None = Field(default=None, pattern=HUB_NAME)
    split: str = Field(default="train", pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    # The file's format; None: from its extension.
    format: Literal["json", "parquet"] | None = None
    # A JSON file whose records sit in a list under this key ({"data": [...]}).
    json_field: str | None = Field(default=None, pattern=_COLUMN)
    fields: DatasetFields = Field(default_factory=DatasetFields)
    filters: DatasetFilters = Field(default_factory=DatasetFilters)
    # Records kept (embedded) at most, and rows read at most, kept or not.
    limit: int = Field(default=1000, ge=1, le=MAX_LIMIT)
    max_rows: int = Field(default=100_000, ge=1, le=MAX_ROWS)
    collection: str = Field(default="library", pattern=COLLECTION_NAME)

    @model_validator(mode="after")
    def _one_source(self) -> "IngestDatasetRequest":
        if (self.path is None) == (self.hub is None):
            raise ValueError("give exactly one of path and hub")
        if self.filters.min_code_chars > self.filters.max_code_chars:
            raise ValueError("filters.min_code_chars is above filters.max_code_chars")
        return self


class IngestDatasetResponse(BaseModel):
    # The file's name or the hub dataset's; stored as metadata.dataset with every record.
    dataset: str
    collection: str
    read: int
    kept: int
    skipped: int
    # Why rows were skipped: invalid_json, not_an_object, missing_code, not_text, too_short,
    # too_long, framework, no_match, duplicate.
    skipped_by_reason: dict[str, int]
    # Why reading stopped: the end of the data, `limit` records kept, or `max_rows` rows read.
    stopped: Literal["end", "limit", "max_rows"]
    collection_count: int
    seconds: float


class AxeRule(_Request):
    """One rule of axe-core's getRules(), as the extension sends it."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")
    description: str = Field(min_length=1, max_length=1000)
    help: str = Field(min_length=1, max_length=500)
    helpUrl: str = Field(pattern=r"^https://[^\s]{1,500}$")  # axe-core's own field name
    tags: list[str] = Field(default_factory=list, max_length=64)

    @model_validator(mode="after")
    def _tags(self) -> "AxeRule":
        for tag in self.tags:
            if not 1 <= len(tag) <= 64 or not tag.isprintable():
                raise ValueError(f"tag {tag[:64]!r}: 1 to 64 printable characters")
        return self


class IngestAxeRulesRequest(_Request):
    version: str = Field(pattern=r"^\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[0-9A-Za-z.-]{1,32})?$")
    rules: list[AxeRule] = Field(min_length=1, max_length=500)

    @model_validator(mode="after")
    def _unique(self) -> "IngestAxeRulesRequest":
        ids = [r.id for r in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("rule ids must be unique")
        return self


class IngestAxeRulesResponse(BaseModel):
    version: str
    ingested: int
    collection_count: int
    seconds: float


class AxeRulesStatus(BaseModel):
    # The axe-core version in the axe-rules collection; null when none was ingested (or the
    # collection has changed since).
    version: str | None
    count: int
