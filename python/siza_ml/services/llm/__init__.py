"""LLM access for scoring and enhancement: Ollama, OpenAI-compatible, or local transformers."""

from .base import LlmError, LlmProvider, LlmTimeout, Message
from .http import OllamaProvider, OpenAIProvider
from .json_extract import extract_json_object, finite_number, iter_json_objects
from .local import LocalProvider
from .service import LlmService, build_provider

__all__ = [
    "LlmError",
    "LlmProvider",
    "LlmService",
    "LlmTimeout",
    "LocalProvider",
    "Message",
    "OllamaProvider",
    "OpenAIProvider",
    "build_provider",
    "extract_json_object",
    "finite_number",
    "iter_json_objects",
]
