"""Training data: loading and checking (inline or a JSONL file inside the data folder), the held-out
split, tokenisation with the loss masked to the completion, batches. Errors are TrainError (422)
with messages a user can act on: which line, which example, what is wrong."""

import json
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...schemas.train import MAX_INLINE_EXAMPLES
from .errors import TrainError

MAX_DATASET_BYTES = 64 * 1024 * 1024
# A message lists this many bad lines, then "and N more".
MAX_LISTED = 10
# Cross-entropy ignores this label (transformers' convention): prompt and padding tokens.
IGNORE = -100


@dataclass(frozen=True)
class Example:
    prompt: str
    completion: str


@dataclass(frozen=True)
class Encoded:
    input_ids: list[int]
    labels: list[int]


def _listing(problems: list[str]) -> str:
    shown = "; ".join(problems[:MAX_LISTED])
    more = len(problems) - MAX_LISTED
    return f"{shown}; and {more} more" if more > 0 else shown


def dataset_file(data_root: Path, dataset_path: str) -> Path:
    """The JSONL file a request names, refused unless it resolves inside the data folder (so a
    request cannot make the sidecar read, and echo lines of, any file on the machine)."""
    root = data_root.resolve()
    try:
        given = Path(dataset_path).expanduser()
        path = (given if given.is_absolute() else root / given).resolve()
        inside = path != root and path.is_relative_to(root)
        is_file = inside and path.is_file()
    except (OSError, RuntimeError, ValueError) as exc:  # a name too long, an unknown ~user
        raise TrainError(f"dataset_path {dataset_path!r} cannot be used: {exc}") from None
    if not inside:
        raise TrainError(
            f"dataset_path {dataset_path!r} is outside the sidecar's data folder; datasets must "
            "be JSONL files inside it"
        )
    if not is_file:
        raise TrainError(f"dataset_path {dataset_path!r} is not a file in the data folder")
    return path


def _check(raw: Any, where: str) -> tuple[Example | None, str | None]:
    if not isinstance(raw, dict):
        return None, f"{where}: not a JSON object"
    missing = [k for k in ("prompt", "completion") if k not in raw]
    if missing:
        return None, f"{where}: missing {' and '.join(repr(k) for k in missing)}"
    for key in ("prompt", "completion"):
        value = raw[key]
        if not isinstance(value, str):
            return None, f"{where}: {key!r} must be a string"
        if not value.strip():
            return None, f"{where}: {key!r} is empty"
    return Example(raw["prompt"], raw["completion"]), None


def load_jsonl(path: Path, shown_as: str) -> list[Example]:
    size = path.stat().st_size
    if size > MAX_DATASET_BYTES:
        raise TrainError(f"{shown_as} is {size} bytes; the limit is {MAX_DATASET_BYTES}")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TrainError(f"{shown_as} is not UTF-8 (byte {exc.start})") from None
    examples, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue  # blank lines (a trailing newline, spacing) are not examples
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        example, problem = _check(raw, f"line {number}")
        if problem:
            problems.append(problem)
        elif example:
            examples.append(example)
    if problems:
        raise TrainError(
            f"{shown_as}: {len(problems)} malformed line(s), each must be "
            f'{{"prompt": "...", "completion": "..."}}: {_listing(problems)}'
        )
    return examples


def check_inline(items: Sequence[Any]) -> list[Example]:
    if len(items) > MAX_INLINE_EXAMPLES:
        raise TrainError(
            f"{len(items)} inline examples; at most {MAX_INLINE_EXAMPLES} (give more as a JSONL "
            "file through dataset_path)"
        )
    problems, examples = [], []
    for i, item in enumerate(items):
        example, problem = _check(
            {"prompt": item.prompt, "completion": item.completion}, f"example {i}"
        )
        if problem:
            problems.append(problem)
        elif example:
            examples.append(example)
    if problems:
        raise TrainError(f"{len(problems)} bad example(s): {_listing(problems)}")
    return examples


def split(
    examples: list[Example], eval_fraction: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """(train, held out): a seeded shuffle, then at least one example on each side."""
    if len(examples) < 2:
        what = "empty" if not examples else "a single example"
        raise TrainError(
            f"the dataset is {what}: at least 2 examples are needed (one is held out to "
            "measure eval loss)"
        )
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - a reproducible split, not a secret
    n_eval = min(len(shuffled) - 1, max(1, round(len(shuffled) * eval_fraction)))
    return shuffled[n_eval:], shuffled[:n_eval]


def _texts(example: Example, tok: Any) -> tuple[str, str]:
    """(prompt part, completion part) of the text the model sees, split where the loss starts."""
    if getattr(tok, "chat_template", None):
        user = [{"role": "user", "content": example.prompt}]
        prompt = tok.apply_chat_template(user, tokenize=False, add_generation_prompt=True)
        answer = {"role": "assistant", "content": example.completion}
        full = tok.apply_chat_template([*user, answer], tokenize=False)
        # The generation prompt is what inference sends; the rest is what the model must say.
        if isinstance(full, str) and full.startswith(prompt):
            return prompt, full[len(prompt) :]
    return example.prompt + "\n", example.completion + (tok.eos_token or "")


def encode(example: Example, tok: Any, max_seq_len: int) -> Encoded | None:
    """Prompt tokens labelled IGNORE, completion tokens labelled with themselves; cut at
    max_seq_len; None when no completion token fits."""
    prompt, completion = _texts(example, tok)
    # Tokenised apart, so the boundary is exact even where a merge could straddle it.
    p = tok(prompt, add_special_tokens=False)["input_ids"]
    c = tok(completion, add_special_tokens=False)["input_ids"]
    ids = (p + c)[:max_seq_len]
    labels = ([IGNORE] * len(p) + c)[:max_seq_len]
    if all(label == IGNORE for label in labels[1:]):
        return None  # the first label is never predicted (nothing before it)
    return Encoded(ids, labels)


def encode_all(examples: list[Example], tok: Any, max_seq_len: int) -> tuple[list[Encoded], int]:
    encoded = [encode(e, tok, max_seq_len) for e in examples]
    kept = [e for e in encoded if e is not None]
    return kept, len(encoded) - len(kept)


def steps_per_epoch(n_train: int, batch_size: int) -> int:
    return max(1, math.ceil(n_train / batch_size))


def batches(items: list[Encoded], batch_size: int, seed: int) -> Iterator[list[Encoded]]:
    """Endless: each pass over the data is reshuffled (seeded), the last batch may be short."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible order, not a secret
    order = list(range(len(items)))
    while True:
        rng.shuffle(order)
        for start in range(0, len(order), batch_size):
            yield [items[i] for i in order[start : start + batch_size]]


def eval_batches(items: list[Encoded], batch_size: int) -> list[list[Encoded]]:
    # Similar lengths together: less padding, the same batches every evaluation.
    ordered = sorted(items, key=lambda e: len(e.input_ids))
    return [ordered[i : i + batch_size] for i in range(0, len(ordered), batch_size)]


def collate(batch: list[Encoded], pad_id: int) -> dict[str, Any]:
    """Right-padded tensors: input_ids, attention_mask, labels (padding is IGNORE)."""
    import torch

    width = max(len(e.input_ids) for e in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    for row, e in enumerate(batch):
        n = len(e.input_ids)
        ids[row, :n] = torch.tensor(e.input_ids)
        mask[row, :n] = 1
        labels[row, :n] = torch.tensor(e.labels)
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
