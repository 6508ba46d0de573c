"""One named vector collection: FAISS IndexIDMap2 over IndexFlatIP with stable int64 ids.

The files are shared with the extension's in-process tier (src/store/), which follows the same
format and lock protocol (docs/vector-store-format.md).

String ids map to int64 ids drawn from a counter that only grows, so an id never shifts: not on
replace, remove, rebuild or restart. Every write is journaled and fsynced before it is applied
(see store_files), and the state is re-read whenever another process changed the files.
"""

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import snapshot as snap
from . import store_files as sf
from .codec import decode_vector, encode_vector
from .dirlock import DirLock, LockLost, LockTimeout
from .meta_filter import MetadataIndex

log = logging.getLogger("siza_ml.vectors")

# A snapshot rewrites the whole index, so it waits until the journal outgrows
# max(COMPACT_MIN_BYTES, COMPACT_RATIO * index bytes): at most ~2x write amplification.
COMPACT_MIN_BYTES = 8 * 1024 * 1024
COMPACT_RATIO = 1.0
LOCK_TIMEOUT_S = 30.0


class CollectionBusy(Exception):
    """Another thread or process held the collection for longer than LOCK_TIMEOUT_S, or broke
    this process's lock as stale while it was stopped (LockLost): the write was not made."""


class ModelMismatch(Exception):
    """The collection holds vectors of another embedding model: never mix two in one index."""


@dataclass
class Hit:
    id: str
    score: float
    metadata: dict[str, Any]
    # The team database's namespace it came from; None for the local files.
    namespace: str | None = None


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


class Collection:
    def __init__(self, folder: Path, dims: int, model: str) -> None:
        self.name, self.folder, self.dims, self.default_model = folder.name, folder, dims, model
        self.problems: list[str] = []
        self._lock = threading.Lock()
        self._flock = DirLock(folder.with_name(f"{folder.name}.lock"), LOCK_TIMEOUT_S)
        self._loaded = False
        self._reset()

    # ---- state -------------------------------------------------------------------------------

    def _reset(self) -> None:
        import faiss

        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dims))
        self._by_key: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._meta = MetadataIndex()
        self._next_id = 0
        self._generation = 0
        self._journal_end = 0
        self._meta_stamp: tuple[int, int, int] | None = None
        self.model = self.default_model
        self.last_saved: float | None = None

    @property
    def count(self) -> int:
        return len(self._by_key)

    @property
    def loaded(self) -> bool:
        return self._loaded

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Thread lock, then the cross-process file lock, then catch up with the files."""
        if not self._lock.acquire(timeout=LOCK_TIMEOUT_S):
            raise CollectionBusy(f"collection {self.name!r} is busy; try again")
        try:
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._flock.acquire()
            except LockTimeout:
                msg = f"collection {self.name!r} is locked by another process"
                raise CollectionBusy(msg) from None
            try:
                self._sync()
                yield
            except LockLost as e:
                self._loaded = False  # another process wrote since: re-read on the next call
                raise CollectionBusy(f"collection {self.name!r}: {e}; try again") from e
            finally:
                self._flock.release()
        finally:
            self._lock.release()

    def _guard(self) -> None:
        # Before every write to the files: LockLost when another process broke our lock.
        self._flock.assert_held()

    def _sync(self) -> None:
        journal = sf.journal_path(self.folder, self._generation)
        if not self._loaded or _stat_key(self.folder / sf.META_FILE) != self._meta_stamp:
            self._load()
            return
        size = journal.stat().st_size if journal.exists() else 0
        if size < self._journal_end:
            self._load()
        elif size > self._journal_end:
            self._replay(journal, self._journal_end)

    # ---- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        self._reset()
        self._loaded = True
        try:
            snapshot = sf.read_snapshot(self.folder, self._guard)
            if snapshot is not None:
                self._restore(*snapshot)
            for gen, stray in sf.journals(self.folder).items():
                if gen > self._generation:
                    raise sf.CorruptCollection(f"the snapshot that {stray.name} follows is missing")
                if gen < self._generation:
                    self._guard()
                    stray.unlink()  # left by a crash just after a snapshot committed
            self._replay(sf.journal_path(self.folder, self._generation), 0)
        except sf.CorruptCollection as e:
            self._guard()
            moved = sf.set_aside(self.folder)
            problem = f"vectors/{self.name}: {e}; files moved to {moved.name}, starting empty"
            log.error("%s", problem)
            self.problems.append(problem)
            self._reset()
        self._meta_stamp = _stat_key(self.folder / sf.META_FILE)

    def _restore(self, index_bytes: bytes, meta: dict[str, Any]) -> None:
        restored = snap.decode(index_bytes, meta, self.dims)
        if restored.model != self.default_model:
            expected = self.default_model
            log.warning("vectors/%s came from %s, not %s", self.name, restored.model, expected)
        self._index, self.model = restored.index, restored.model
        self._next_id, self._generation = restored.next_id, restored.generation
        for key, iid, metadata in restored.items:
            self._by_key[key], self._keys[iid] = iid, key
            self._meta.set(iid, metadata)
        self.last_saved = (self.folder / sf.META_FILE).stat().st_mtime

    def _replay(self, journal: Path, offset: int) -> None:
        read = sf.read_journal(journal, offset)
        for record in read.records:
            try:
                self._apply(record)
            except (KeyError, TypeError, ValueError) as e:
                raise sf.CorruptCollection(f"{journal.name}: bad record ({e!r})") from None
        if read.torn_tail:
            self._guard()
            log.warning("vectors/%s: dropping a torn, unacknowledged journal tail", self.name)
            sf.truncate(journal, read.end)
        self._journal_end = read.end
        if read.records:
            self.last_saved = journal.stat().st_mtime

    def _apply(self, record: dict[str, Any]) -> None:
        if record["op"] == "upsert":
            model = record.get("model", self.model)
            if self.count and model != self.model:
                raise ValueError(f"vectors of {model} written over vectors of {self.model}")
            self.model = str(model)
            keys, iids, vecs, metas = zip(*record["items"], strict=True)
            matrix = np.stack([decode_vector(v, self.dims) for v in vecs])
            metas = [snap.as_object(m) for m in metas]
            self._put(list(keys), [int(i) for i in iids], matrix, metas)
        elif record["op"] == "remove":
            self._drop([str(k) for k in record["ids"]])
        else:
            raise ValueError(f"unknown op {record['op']!r}")

    # ---- mutations (called inside `locked`) ----------------------------------------------------

    def _put(self, keys: list[str], iids: list[int], vecs: np.ndarray, metas: list[dict]) -> None:
        old = [i for i in iids if i in self._keys]
        if old:
            self._index.remove_ids(np.asarray(old, dtype=np.int64))
        self._index.add_with_ids(vecs, np.asarray(iids, dtype=np.int64))
        for key, iid, metadata in zip(keys, iids, metas, strict=True):
            self._by_key[key], self._keys[iid] = iid, key
            self._meta.set(iid, metadata)
        self._next_id = max(self._next_id, max(iids) + 1)

    def _drop(self, keys: list[str]) -> int:
        iids = [self._by_key.pop(k) for k in keys if k in self._by_key]
        if iids:
            self._index.remove_ids(np.asarray(iids, dtype=np.int64))
        for iid in iids:
            del self._keys[iid]
            self._meta.discard(iid)
        return len(iids)

    def _journal(self, record: dict[str, Any]) -> None:
        # Write-ahead: the record is on disk (fsynced) before memory changes or the caller hears OK.
        self._guard()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._journal_end = sf.append_record(sf.journal_path(self.folder, self._generation), record)
        self.last_saved = time.time()

    def _maybe_compact(self) -> None:
        if self._journal_end > max(COMPACT_MIN_BYTES, COMPACT_RATIO * self.count * self.dims * 4):
            try:
                self.snapshot()
            except OSError as e:
                # The write itself is already durable in the journal; compaction retries later.
                log.warning("vectors/%s: snapshot failed, journal kept (%s)", self.name, e)

    def upsert(self, keys: list[str], vecs: np.ndarray, metas: list[dict[str, Any]]) -> int:
        """Insert or replace by string id; `vecs` are normalised float32 rows."""
        if len(set(keys)) != len(keys) or not len(keys) == len(vecs) == len(metas):
            raise ValueError("one vector and one metadata object per distinct id")
        if not keys:
            return 0
        self._check_model()
        self.model = self.default_model
        iids, fresh = [], self._next_id
        for key in keys:
            if key in self._by_key:
                iids.append(self._by_key[key])
            else:
                iids.append(fresh)
                fresh += 1
        items = [
            [k, i, encode_vector(v), m] for k, i, v, m in zip(keys, iids, vecs, metas, strict=True)
        ]
        self._journal({"op": "upsert", "model": self.model, "items": items})
        self._put(keys, iids, vecs, metas)
        self._maybe_compact()
        return len(keys)

    def remove(self, keys: list[str]) -> int:
        present = [k for k in dict.fromkeys(keys) if k in self._by_key]
        if present:
            self._journal({"op": "remove", "ids": present})
            self._drop(present)
            self._maybe_compact()
        return len(present)

    def snapshot(self) -> None:
        """Write index + meta as generation+1 and start an empty journal."""
        index_bytes, meta = snap.encode(
            self._index,
            self._keys,
            self._meta,
            name=self.name,
            model=self.model,
            dims=self.dims,
            generation=self._generation + 1,
            next_id=self._next_id,
        )
        try:
            sf.write_snapshot(self.folder, index_bytes, meta, self._guard)
        except BaseException:
            self._loaded = False  # memory may be ahead of the files: the next call re-reads them
            raise
        self._generation += 1
        self._journal_end = 0
        self._meta_stamp = _stat_key(self.folder / sf.META_FILE)
        self.last_saved = time.time()

    def rebuild(self) -> None:
        """A fresh FAISS index from the stored vectors, every int64 id kept; then a snapshot."""
        import faiss

        n = self._index.ntotal
        ids = faiss.vector_to_array(self._index.id_map).astype(np.int64)
        vecs = self._index.index.reconstruct_n(0, n) if n else np.zeros((0, self.dims), "float32")
        faiss.normalize_L2(vecs)
        fresh = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dims))
        fresh.add_with_ids(vecs, ids)
        self._index = fresh
        self.snapshot()

    def clear(self) -> int:
        removed = self.count
        next_id, generation = self._next_id, self._generation
        self._reset()
        # Ids are never reused, not even after a clear, so a stale client id cannot hit new data.
        self._next_id, self._generation = next_id, generation
        self.snapshot()
        return removed

    def destroy(self) -> int:
        removed = self.count
        self._guard()
        sf.remove_folder(self.folder)
        self._reset()
        return removed

    # ---- reads (called inside `locked`) --------------------------------------------------------

    def _check_model(self) -> None:
        if self.count and self.model != self.default_model:
            raise ModelMismatch(
                f"collection {self.name!r} holds vectors of {self.model}, not of "
                f"{self.default_model}: clear it and embed its items again"
            )

    def search(self, query: np.ndarray, k: int, where: dict[str, Any] | None) -> list[Hit]:
        import faiss

        self._check_model()

        # One query is a short scan: OpenMP's team barriers cost more than they save on a busy
        # machine, and one thread per search keeps CPU use within settings.cpu_workers.
        faiss.omp_set_num_threads(1)  # per calling thread in libgomp, so set it on each call
        params = None
        limit = self.count
        if where:
            # Exact pre-filter: FAISS only scores the matching ids, so no match is ever crowded out.
            wanted = self._meta.matching(where)
            limit = len(wanted)
            sel = faiss.IDSelectorBatch(np.asarray(wanted, dtype=np.int64))
            params = faiss.SearchParameters(sel=sel)
        k = min(k, limit)
        if k == 0:
            return []
        scores, iids = self._index.search(query.reshape(1, -1), k, params=params)
        return [
            Hit(self._keys[int(i)], float(s), self._meta[int(i)])
            for s, i in zip(scores[0], iids[0], strict=True)
            if i >= 0
        ]

    def file_bytes(self) -> int:
        return sf.files_size(self.folder)

    def internal_id(self, key: str) -> int | None:
        return self._by_key.get(key)
