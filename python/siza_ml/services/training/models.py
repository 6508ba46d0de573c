"""Base models to train on: a tiny random Llama built in-process (no download, for tests and
smoke runs) or a local model (the bundled SmolLM2 GGUF, or a .gguf file / transformers folder).
torch and transformers are imported inside the functions: only a job's thread pays for them."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...config import Settings
from ..llm.base import LlmError
from ..llm.service import local_model_location
from .errors import TrainError

TINY_MODEL_ID = "siza-tiny-llama"
# The tiny model's weights come from this seed, not the job's: every tiny adapter fits one base,
# and save_tiny_base() writes that same base for the local provider to load.
TINY_WEIGHTS_SEED = 1234
# ChatML, as SmolLM2 uses, so the tiny model takes the same chat-template path as a real one.
TINY_CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


@dataclass(frozen=True)
class BaseChoice:
    """What a job trains on, resolved when the job is accepted (cheap: no weights read)."""

    kind: str  # "tiny" | "local"
    model_id: str
    folder: Path | None = None
    gguf_file: str | None = None


def resolve_base(settings: Settings, kind: str, model_path: str | None) -> BaseChoice:
    """The base model of a request; TrainError 422 for a model_path that is not a model."""
    if kind == "tiny":
        return BaseChoice("tiny", TINY_MODEL_ID)
    if model_path is not None:
        try:
            path = Path(model_path).expanduser()
            looks_like_model = (path.is_file() and path.suffix.lower() == ".gguf") or (
                path.is_dir() and (path / "config.json").is_file()
            )
        except (OSError, RuntimeError, ValueError):  # a name too long, an unknown ~user
            looks_like_model = False
        if not looks_like_model:
            raise TrainError(
                f"model_path {model_path!r} is neither a .gguf file nor a model folder with a "
                "config.json"
            )
        settings = settings.model_copy(update={"llm_model_path": path})
    try:
        folder, gguf = local_model_location(settings)
    except LlmError as exc:
        raise TrainError(f"no local base model: {exc}") from exc
    return BaseChoice("local", gguf or folder.name, folder, gguf)


def tiny_tokenizer() -> Any:
    """Byte-level (one token per byte, no merges: nothing to download) with ChatML specials."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    core = Tokenizer(models.BPE(vocab={ch: i for i, ch in enumerate(alphabet)}, merges=[]))
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    core.decoder = decoders.ByteLevel()
    tok = PreTrainedTokenizerFast(
        tokenizer_object=core,
        pad_token="<|pad|>",  # noqa: S106 - a token of text, not a secret
        eos_token="<|im_end|>",  # noqa: S106
        additional_special_tokens=["<|im_start|>"],
    )
    tok.chat_template = TINY_CHAT_TEMPLATE
    return tok


def tiny_model(vocab_size: int) -> Any:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        tie_word_embeddings=True,
    )
    # fork_rng: the fixed weights seed must not disturb the process's random state.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(TINY_WEIGHTS_SEED)
        model = LlamaForCausalLM(config)
    model.config.name_or_path = TINY_MODEL_ID
    return model


def save_tiny_base(folder: Path) -> Path:
    """Writes the tiny base (tokenizer + weights) as a transformers folder the local LLM provider
    can load, e.g. to generate with a tiny adapter."""
    tok = tiny_tokenizer()
    tok.save_pretrained(folder)
    tiny_model(len(tok)).save_pretrained(folder)
    return folder


def load_base(choice: BaseChoice) -> tuple[Any, Any]:
    """(model, tokenizer) in float32 on the CPU, ready for LoRA."""
    if choice.kind == "tiny":
        tok = tiny_tokenizer()
        return tiny_model(len(tok)), tok
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    kwargs: dict[str, Any] = {"local_files_only": True}
    if choice.gguf_file:
        kwargs["gguf_file"] = choice.gguf_file
    tok = AutoTokenizer.from_pretrained(choice.folder, **kwargs)
    # float32: GGUF weights dequantize to it, and CPU training wants it for stable updates.
    model = AutoModelForCausalLM.from_pretrained(choice.folder, dtype="float32", **kwargs)
    return model, tok
