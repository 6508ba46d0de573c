"""Sidecar settings, read from SIZA_ML_* environment variables set by the extension."""

from pathlib import Path
from typing import Literal

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LogLevel = Literal["critical", "error", "warning", "info", "debug", "trace"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SIZA_ML_", extra="ignore")

    # Per-launch bearer token; None means dev mode (no auth, warned at startup).
    token: SecretStr | None = None
    # Extension-owned storage root; later services keep indexes and adapters here.
    data_dir: Path | None = None
    # Extension host pid; when it dies the sidecar exits so no orphan keeps the port.
    parent_pid: int | None = None
    max_body_bytes: int = 10 * 1024 * 1024
    log_level: LogLevel = "info"

    @field_validator("token", "data_dir", "parent_pid", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # An exported-but-empty variable must mean "unset", never "the empty token".
        return None if value == "" else value
