"""Which files a request may name: inside the data folder or a root the extension allows
(SIZA_ML_INGEST_ROOTS, os.pathsep-separated), symlinks resolved before the check."""

import logging
import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import IngestError

log = logging.getLogger("siza_ml.ingest")

SUFFIXES = {".json": "json", ".jsonl": "json", ".ndjson": "json", ".parquet": "parquet"}


class IngestSettings(BaseSettings):
    """SIZA_ML_INGEST_ROOTS; kept beside config.Settings so ingestion owns its one setting."""

    model_config = SettingsConfigDict(env_prefix="SIZA_ML_", extra="ignore")

    ingest_roots: str = ""


def allowed_roots(data_root: Path, extra: str | None = None) -> list[Path]:
    """The data folder and every absolute root of SIZA_ML_INGEST_ROOTS, resolved."""
    spec = IngestSettings().ingest_roots if extra is None else extra
    roots = [data_root]
    for part in spec.split(os.pathsep):
        if not part.strip():
            continue
        root = Path(part.strip()).expanduser()
        if not root.is_absolute():
            log.warning("SIZA_ML_INGEST_ROOTS: %r is not absolute; ignored", part)
            continue
        roots.append(root)
    return [r.resolve() for r in roots]


def resolve_source(raw: str, data_root: Path, roots: list[Path]) -> Path:
    """The real path of an ingestible file, or IngestError (403 outside the roots, 404, 422)."""
    if "\x00" in raw:
        raise IngestError(422, "path contains a NUL character")
    given = Path(raw).expanduser()
    candidate = given if given.is_absolute() else data_root / given
    try:
        real = candidate.resolve()  # follows every symlink that exists
    except (OSError, RuntimeError) as e:  # a symlink loop
        raise IngestError(422, f"path cannot be resolved: {e}") from None
    if not any(real == root or real.is_relative_to(root) for root in roots):
        raise IngestError(
            403,
            "path is outside the data folder and the allowed roots (SIZA_ML_INGEST_ROOTS)",
        )
    if not real.exists():
        raise IngestError(404, f"no such file: {real.name}")
    if not real.is_file():
        raise IngestError(422, f"{real.name} is not a file")
    return real


def format_of(path: Path, given: str | None) -> str:
    if given is not None:
        return given
    found = SUFFIXES.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(SUFFIXES))
        raise IngestError(422, f"{path.name}: unknown format; use a {known} file or give format")
    return found
