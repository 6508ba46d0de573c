"""Health and readiness: the wire models of /health and /ready (and the shared error body)."""

from typing import Literal

from pydantic import BaseModel


class ErrorResponse(BaseModel):
    detail: str


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    pid: int
    uptime_s: float


class Identity(BaseModel):
    """GET /health/identity: which process answers, and proof that it holds this launch's token."""

    pid: int
    # hex HMAC-SHA256(token, "siza-identity:" + challenge): only the spawned process knows the token
    proof: str


class ModelStatus(BaseModel):
    name: str
    model_id: str
    loaded: bool


class Memory(BaseModel):
    rss_mb: float
    system_total_mb: float
    system_available_mb: float


class Versions(BaseModel):
    siza_ml: str
    fastapi: str | None
    uvicorn: str | None
    torch: str | None
    transformers: str | None
    sentence_transformers: str | None
    faiss: str | None
    peft: str | None


class Ready(BaseModel):
    ready: bool
    version: str
    pid: int
    uptime_s: float
    python: str
    models: list[ModelStatus]
    memory: Memory
    versions: Versions
    # Vector collections opened so far (name -> vectors) and files found corrupt and set aside.
    indexes: dict[str, int] = {}
    problems: list[str] = []
