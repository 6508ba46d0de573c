"""A collection snapshot as FAISS bytes + meta dict, and back, checked for every mismatch."""

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from .store_files import INDEX_FILE, META_FILE, CorruptCollection


@dataclass
class Restored:
    index: Any  # faiss.IndexIDMap2
    items: list[tuple[str, int, dict[str, Any]]]  # (string id, int64 id, metadata)
    next_id: int
    generation: int
    model: str


def as_object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"metadata must be an object, got {type(value).__name__}")
    return value


def decode(index_bytes: bytes, meta: dict[str, Any], dims: int) -> Restored:
    """The snapshot's index and ids; CorruptCollection when the two files disagree."""
    import faiss

    if meta.get("dimensions") != dims:
        got = meta.get("dimensions")
        raise CorruptCollection(f"stored vectors have {got} dimensions, expected {dims}")
    try:
        items = [(str(k), int(i), as_object(m)) for k, i, m in meta["items"]]
        next_id, generation, model = int(meta["next_id"]), int(meta["generation"]), meta["model"]
    except (KeyError, TypeError, ValueError) as e:
        raise CorruptCollection(f"{META_FILE} is malformed ({e!r})") from None
    try:
        index = faiss.deserialize_index(np.frombuffer(index_bytes, dtype=np.uint8))
    except RuntimeError as e:
        raise CorruptCollection(f"{INDEX_FILE} is unreadable ({e})") from None
    if not isinstance(index, faiss.IndexIDMap2) or index.d != dims:
        raise CorruptCollection(f"{INDEX_FILE} is not a {dims}-d IndexIDMap2")
    stored = faiss.vector_to_array(index.id_map)
    iids = {i for _, i, _ in items}
    unique = len(iids) == len({k for k, _, _ in items}) == len(items)
    if not unique or len(stored) != len(items) or set(stored.tolist()) != iids:
        raise CorruptCollection(
            f"{INDEX_FILE} holds {len(stored)} vectors, {META_FILE} {len(items)} ids"
        )
    if next_id <= max(iids, default=-1):
        raise CorruptCollection(f"{META_FILE}: next_id {next_id} would reuse an id")
    return Restored(index, items, next_id, generation, str(model))


def encode(
    index: Any,
    items: list[list[Any]],
    *,
    name: str,
    model: str,
    dims: int,
    generation: int,
    next_id: int,
) -> tuple[bytes, dict[str, Any]]:
    """Bytes of `index` and the meta that describes them (write_snapshot adds format + sha256)."""
    import faiss

    meta = {
        "name": name,
        "model": model,
        "dimensions": dims,
        "generation": generation,
        "next_id": next_id,
        "count": len(items),
        "saved_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "items": items,
    }
    return faiss.serialize_index(index).tobytes(), meta
