"""Adapters on disk: <data dir>/adapters/<name>/ (PEFT's adapter_config.json and weights, and our
metrics.json). Folders starting with a dot are jobs still saving and are not listed."""

import json
import shutil
import time
from pathlib import Path

from pydantic import ValidationError

from ...config import Settings
from ...schemas.train import AdapterInfo, AdapterMetrics
from ..llm.base import LlmError
from ..llm.service import adapter_location
from .errors import TrainError
from .runner import METRICS_FILE

ADAPTER_CONFIG = "adapter_config.json"


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def info_from(
    folder: Path, *, base_model: str | None = None, job_id: str | None = None
) -> AdapterInfo:
    info = AdapterInfo(name=folder.name, path=str(folder), job_id=job_id, base_model=base_model)
    try:
        meta = json.loads((folder / METRICS_FILE).read_text())
        info.job_id = meta.get("job_id", job_id)
        info.base_model = meta.get("model_id", base_model)
        info.created_at = meta.get("created_at")
        info.metrics = AdapterMetrics.model_validate(meta["metrics"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ValidationError):
        pass  # an adapter copied in without our metrics.json is still an adapter
    if info.created_at is None:
        stamp = (folder / ADAPTER_CONFIG).stat().st_mtime
        info.created_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))
    info.size_bytes = _size(folder)
    return info


def list_all(adapters_dir: Path) -> list[AdapterInfo]:
    if not adapters_dir.is_dir():
        return []
    found = [
        info_from(d)
        for d in adapters_dir.iterdir()
        if not d.name.startswith(".") and d.is_dir() and (d / ADAPTER_CONFIG).is_file()
    ]
    return sorted(found, key=lambda a: (a.created_at or "", a.name), reverse=True)


def delete(adapters_dir: Path, name: str, settings: Settings) -> None:
    """TrainError 404 for no such adapter, 409 for the one the local LLM provider uses."""
    folder = adapters_dir / name
    if name.startswith(".") or "/" in name or not (folder / ADAPTER_CONFIG).is_file():
        raise TrainError(f"no adapter {name!r}", status=404)
    try:
        in_use = settings.llm_provider == "local" and adapter_location(settings)
    except LlmError:
        in_use = None
    if in_use and in_use == folder.resolve():
        raise TrainError(
            f"adapter {name!r} is in use by the local LLM provider (SIZA_ML_LLM_ADAPTER)",
            status=409,
        )
    if folder.is_symlink():
        folder.unlink()  # a link to an adapter elsewhere: remove the link, not what it points to
    else:
        shutil.rmtree(folder)
