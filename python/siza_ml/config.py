"""Sidecar settings, read from SIZA_ML_* environment variables set by the extension."""

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LogLevel = Literal["critical", "error", "warning", "info", "debug", "trace"]
LlmProvider = Literal["none", "ollama", "openai", "local"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SIZA_ML_", extra="ignore")

    # Per-launch bearer token; None means dev mode (no auth, warned at startup).
    token: SecretStr | None = None
    # Extension-owned storage root (indexes, metrics, adapters); see `data_root`.
    data_dir: Path | None = None
    # Extension host pid; when it dies the sidecar exits so no orphan keeps the port.
    parent_pid: int | None = None
    max_body_bytes: int = 10 * 1024 * 1024
    log_level: LogLevel = "info"

    # CPU work (encoding, FAISS, file I/O, local LLM) runs in at most this many worker threads.
    cpu_workers: int = 2
    # torch intra-op threads; None: torch's default (the machine's cores).
    torch_threads: int | None = None

    # Embeddings: a local folder wins, then a package that carries the weights, then the hub name.
    embedding_model_path: Path | None = None
    embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    embed_batch_size: int = 64
    max_batch_texts: int = 1024
    max_text_chars: int = 20_000
    # Load the embedding model in the background right after start (never blocks /health).
    warmup: bool = False

    # LLM for scoring and enhancement: none, an HTTP endpoint (ollama, openai-compatible), or local.
    llm_provider: LlmProvider = "none"
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    # Local provider: a GGUF file or a transformers model folder; None: a package that carries one.
    llm_model_path: Path | None = None
    llm_timeout_s: float = 10.0
    # Local provider: a LoRA adapter applied to the base model (an adapter's name, or its folder
    # under <data dir>/adapters/; anything outside that folder is refused).
    llm_adapter: Path | None = None

    # Training jobs (LoRA): torch threads of the job's own thread (the rest of the sidecar keeps
    # its cores), and the longest job accepted (a bound on a mistyped epochs/max_steps).
    train_threads: int = Field(default=1, ge=1)
    train_max_steps: int = Field(default=10_000, ge=1)

    # Metrics JSONL: rotated when it passes this size, keeping this many old files.
    metrics_max_bytes: int = 5 * 1024 * 1024
    metrics_backups: int = 3

    # Team mode (docs/team.md): the collections in PostgreSQL + pgvector instead of the local files.
    # A URL such as postgresql://siza:secret@db:5432/siza; it may hold a password, hence secret.
    database_url: SecretStr | None = None
    # Pooled connections per sidecar process (each request holds one for one transaction).
    database_pool_size: int = Field(default=8, ge=1, le=100)
    # How long a request waits for the database (a connection, or connecting) before its 503.
    database_timeout_s: float = Field(default=5.0, gt=0, le=120)
    # HNSW candidates per search: 100 gives recall@10 >= 0.98 at 100k rows (bench/pg_vectors.py).
    hnsw_ef_search: int = Field(default=100, ge=10, le=1000)

    # A team server's limit per token (each replica counts its own): a sustained rate and a burst.
    rate_limit_per_min: float = Field(default=600.0, ge=0)
    rate_limit_burst: int = Field(default=120, ge=1)

    # Embeddings in bf16 autocast where the CPU has native bf16 (~1.6x faster; the service checks
    # cosine >= 0.9999 against fp32 at load and falls back to fp32 otherwise).
    embed_bf16: bool = True

    @field_validator(
        "token",
        "data_dir",
        "parent_pid",
        "torch_threads",
        "embedding_model_path",
        "llm_url",
        "llm_model",
        "llm_api_key",
        "llm_model_path",
        "llm_adapter",
        "database_url",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # An exported-but-empty variable must mean "unset", never "the empty token".
        return None if value == "" else value

    @property
    def data_root(self) -> Path:
        """Where the sidecar keeps its files: the extension's folder, else ~/.siza-ml (dev runs)."""
        return self.data_dir if self.data_dir is not None else Path.home() / ".siza-ml"
