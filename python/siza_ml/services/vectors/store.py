"""Named vector collections under `<data_root>/vectors/`: lookup, creation and locked operations.

Every method is blocking (FAISS, file I/O): callers run it through `CpuWorkers.run`.
"""

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .collection import Collection, Hit

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
DEFAULT_COLLECTIONS = ("workspace", "library")
# Bounds the files and memory one client can make us hold.
MAX_COLLECTIONS = 64
# all-MiniLM-L6-v2, the model both embedding tiers use.
EMBEDDING_DIMS = 384

T = TypeVar("T")


class VectorStoreError(Exception):
    """A request the store refuses; `status` is the HTTP status the router answers with."""

    status = 422


class UnknownCollection(VectorStoreError):
    status = 404


class TooManyCollections(VectorStoreError):
    status = 409


def check_name(name: str) -> None:
    if not NAME_RE.match(name):
        raise VectorStoreError(f"invalid collection name {name!r}: use {NAME_RE.pattern}")


def local_only(namespace: str | None = None, namespaces: list[str] | None = None) -> None:
    """The files have no namespaces: a request that names one needs the team database."""
    if namespace not in (None, "default") or any(n != "default" for n in namespaces or ()):
        raise VectorStoreError(
            "namespaces are kept by a team server only (SIZA_ML_DATABASE_URL); "
            "this sidecar keeps its collections in local files"
        )


class VectorStore:
    def __init__(self, root: Path, dims: int = EMBEDDING_DIMS, model: str = "") -> None:
        self.root, self.dims, self.model = root, dims, model
        self._collections: dict[str, Collection] = {}
        self._lock = threading.Lock()

    def _on_disk(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.iterdir() if p.is_dir() and NAME_RE.match(p.name)}

    def names(self) -> list[str]:
        with self._lock:
            known = set(self._collections)
        return sorted(known | self._on_disk() | set(DEFAULT_COLLECTIONS))

    def get(self, name: str, create: bool = False) -> Collection:
        check_name(name)
        with self._lock:
            found = self._collections.get(name)
            if found is not None:
                return found
            exists = name in DEFAULT_COLLECTIONS or (self.root / name).is_dir()
            if not exists and not create:
                raise UnknownCollection(f"collection {name!r} does not exist")
            if not exists and len(set(self._collections) | self._on_disk()) >= MAX_COLLECTIONS:
                raise TooManyCollections(f"at most {MAX_COLLECTIONS} collections")
            collection = Collection(self.root / name, self.dims, self.model)
            self._collections[name] = collection
            return collection

    def _with(self, name: str, fn: Callable[[Collection], T], create: bool = False) -> T:
        collection = self.get(name, create)
        with collection.locked():
            return fn(collection)

    # ---- operations ------------------------------------------------------------------------

    def upsert(
        self,
        name: str,
        ids: list[str],
        vecs: np.ndarray,
        metas: list[dict[str, Any]],
        texts: list[str | None] | None = None,
        namespace: str | None = None,
    ) -> tuple[int, int]:
        local_only(namespace)  # texts: only the team database keeps them (its full-text column)
        return self._with(name, lambda c: (c.upsert(ids, vecs, metas), c.count), create=True)

    def remove(self, name: str, ids: list[str], namespace: str | None = None) -> tuple[int, int]:
        local_only(namespace)
        return self._with(name, lambda c: (c.remove(ids), c.count))

    def search(
        self,
        name: str,
        query: np.ndarray,
        k: int,
        where: dict[str, Any] | None,
        namespaces: list[str] | None = None,
    ) -> tuple[list[Hit], int]:
        local_only(namespaces=namespaces)
        return self._with(name, lambda c: (c.search(query, k, where), c.count))

    def stats(self, name: str, namespace: str | None = None) -> dict[str, Any]:
        local_only(namespace)
        return self._with(name, stats_of)

    def all_stats(self, namespace: str | None = None) -> list[dict[str, Any]]:
        local_only(namespace)
        out = []
        for name in self.names():
            try:
                out.append(self.stats(name))
            except UnknownCollection:
                continue  # removed by another request since names() listed it
        return out

    def rebuild(self, name: str, namespace: str | None = None) -> dict[str, Any]:
        local_only(namespace)

        def run(c: Collection) -> dict[str, Any]:
            c.rebuild()
            return stats_of(c)

        return self._with(name, run)

    def clear(self, name: str, namespace: str | None = None) -> tuple[int, int]:
        """Empties a default collection; any other one is deleted with its files."""
        local_only(namespace)
        if name in DEFAULT_COLLECTIONS:
            return self._with(name, lambda c: (c.clear(), 0))
        collection = self.get(name)
        with collection.locked():
            removed = collection.destroy()
            with self._lock:
                self._collections.pop(name, None)
        return removed, 0

    def load_all(self) -> None:
        """Open every collection now (warmup), so /ready lists sizes and problems early."""
        for name in self.names():
            try:
                self._with(name, lambda c: None)
            except UnknownCollection:
                continue

    def summary(self) -> tuple[dict[str, int], list[str]]:
        """Sizes of the collections opened so far and every problem met; cheap, takes no I/O."""
        with self._lock:
            opened = list(self._collections.values())
        sizes = {c.name: c.count for c in opened if c.loaded}
        return sizes, [p for c in opened for p in c.problems]


def stats_of(c: Collection) -> dict[str, Any]:
    saved = c.last_saved
    return {
        "name": c.name,
        "count": c.count,
        "dimensions": c.dims,
        "model": c.model,
        "file_bytes": c.file_bytes(),
        "last_saved": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(saved)) if saved else None,
        "problems": list(c.problems),
    }
