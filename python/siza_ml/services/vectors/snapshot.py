"""A collection snapshot as raw vectors + meta dict, and back, checked for every mismatch.

The vectors are stored as plain little-endian float32 rows, not as a FAISS file, so that the
extension's in-process tier (no FAISS there) reads and writes the very same snapshot.
"""

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from .store_files import INDEX_FILE, META_FILE, CorruptCollection

ROW_DTYPE = np.dtype("<f4")


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


def decode(vector_bytes: bytes, meta: dict[str, Any], dims: int) -> Restored:
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
    if len(vector_bytes) != len(items) * dims * ROW_DTYPE.itemsize:
        rows = len(vector_bytes) / (dims * ROW_DTYPE.itemsize)
        msg = f"{INDEX_FILE} holds {rows:g} vectors, {META_FILE} {len(items)} ids"
        raise CorruptCollection(msg)
    iids = [i for _, i, _ in items]
    if len(set(iids)) != len(items) or len({k for k, _, _ in items}) != len(items):
        raise CorruptCollection(f"{META_FILE} repeats an id")
    if next_id <= max(iids, default=-1):
        raise CorruptCollection(f"{META_FILE}: next_id {next_id} would reuse an id")
    vectors = np.frombuffer(vector_bytes, dtype=ROW_DTYPE).reshape(len(items), dims)
    if not np.isfinite(vectors).all():
        raise CorruptCollection(f"{INDEX_FILE} holds a vector that is not finite")
    index = faiss.IndexIDMap2(faiss.IndexFlatIP(dims))
    if items:
        rows = np.ascontiguousarray(vectors, dtype=np.float32)
        index.add_with_ids(rows, np.asarray(iids, dtype=np.int64))
    return Restored(index, items, next_id, generation, str(model))


def encode(
    index: Any,
    keys: dict[int, str],
    metas: Any,
    *,
    name: str,
    model: str,
    dims: int,
    generation: int,
    next_id: int,
) -> tuple[bytes, dict[str, Any]]:
    """Rows of `index` in its own order and the meta that describes them (item i = row i)."""
    import faiss

    n = index.ntotal
    iids = faiss.vector_to_array(index.id_map).astype(np.int64) if n else np.zeros(0, np.int64)
    vecs = index.index.reconstruct_n(0, n) if n else np.zeros((0, dims), np.float32)
    items = [[keys[int(i)], int(i), metas[int(i)]] for i in iids]
    meta = {
        "name": name,
        "model": model,
        "dimensions": dims,
        "generation": generation,
        "next_id": next_id,
        "count": n,
        "saved_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "items": items,
    }
    return np.ascontiguousarray(vecs, dtype=ROW_DTYPE).tobytes(), meta
