"""PgVectorStore: the collection API of ../store.py (VectorStore) over PostgreSQL + pgvector.

Collections live per namespace (a repository's id, from the request); each write is one
transaction that first locks its collection's row, so a batch is all there or not at all, and
the collection's embedding model is checked before anything is written. Every method blocks on
the database: callers run it off the event loop.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import psycopg
from psycopg.types.json import Jsonb

from ..collection import Hit, ModelMismatch
from ..store import (
    DEFAULT_COLLECTIONS,
    EMBEDDING_DIMS,
    MAX_COLLECTIONS,
    TooManyCollections,
    UnknownCollection,
    VectorStoreError,
    check_name,
)
from . import schema
from .database import Database
from .namespaces import DEFAULT_NAMESPACE, check_namespace

log = logging.getLogger("siza_ml.vectors")
T = TypeVar("T")
Conn = psycopg.Connection[Any]

_UPSERT = """
INSERT INTO siza_vectors AS v (namespace, collection, key, embedding, metadata, body)
VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (namespace, collection, key) DO UPDATE
SET embedding = excluded.embedding, metadata = excluded.metadata, body = excluded.body,
    updated_at = now()
RETURNING (xmax = 0)
"""


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def no_nul(values: list[Any], what: str) -> None:
    # PostgreSQL's text and jsonb cannot hold U+0000 (the local files can): say so, not a 500.
    if any(_has_nul(v) for v in values):
        raise VectorStoreError(f"{what} holds a NUL character (U+0000): the team database cannot")


def label(namespace: str, name: str) -> str:
    """How /ready and messages name a collection: `name` in the default namespace, else
    `namespace:name` (a namespace has no colon, so the label is never ambiguous)."""
    return name if namespace == DEFAULT_NAMESPACE else f"{namespace}:{name}"


class PgVectorStore:
    def __init__(self, db: Database, dims: int = EMBEDDING_DIMS, model: str = "") -> None:
        if dims != EMBEDDING_DIMS:
            raise ValueError(f"the team tables hold {EMBEDDING_DIMS}-d vectors, not {dims}-d")
        self.db, self.dims, self.model = db, dims, model
        self.schema_version = 0
        self.problems: list[str] = []
        self._sizes: dict[str, int] = {}
        self._lock = threading.Lock()

    # ---- start and stop ----------------------------------------------------------------------

    def open(self) -> None:
        """Checks the extension and migrates over one direct connection, then opens the pool."""
        with self.db.connect() as conn:
            schema.check_extension(conn, self.db.where)
            self.schema_version = schema.migrate(conn, self.db.where)
            rows = conn.execute("SELECT namespace, name, model, count FROM siza_collections")
            for namespace, name, model, count in rows.fetchall():
                self._seen(namespace, name, int(count))
                if count and model != self.model:
                    where = label(namespace, name)
                    self.problems.append(
                        f"team collection {where} holds vectors of {model}, not of {self.model}: "
                        "its searches and writes are refused until it is cleared"
                    )
        self.db.open()
        log.info("team database %s, schema version %d", self.db.where, self.schema_version)

    def close(self) -> None:
        self.db.close()

    def _seen(self, namespace: str, name: str, count: int) -> None:
        with self._lock:
            self._sizes[label(namespace, name)] = count

    def _tx(self, fn: Callable[[Conn], T]) -> T:
        with self.db.transaction() as conn:
            return fn(conn)

    # ---- collections -------------------------------------------------------------------------

    def _locked(self, conn: Conn, namespace: str, name: str, create: bool) -> tuple[str, int]:
        """(model, count) of a collection, its row locked for this transaction."""
        check_name(name)
        check_namespace(namespace)
        sql = "SELECT model, count FROM siza_collections WHERE namespace = %s AND name = %s"
        row = conn.execute(sql + " FOR UPDATE", (namespace, name)).fetchone()
        if row is not None:
            return str(row[0]), int(row[1])
        if not create and name not in DEFAULT_COLLECTIONS:
            raise UnknownCollection(f"collection {name!r} does not exist in {namespace!r}")
        counted = conn.execute(
            "SELECT count(*) FROM siza_collections WHERE namespace = %s", (namespace,)
        ).fetchone()
        if name not in DEFAULT_COLLECTIONS and counted and counted[0] >= MAX_COLLECTIONS:
            raise TooManyCollections(f"at most {MAX_COLLECTIONS} collections per namespace")
        conn.execute(
            "INSERT INTO siza_collections (namespace, name, model, dims) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING",
            (namespace, name, self.model, self.dims),
        )
        row = conn.execute(sql + " FOR UPDATE", (namespace, name)).fetchone()
        assert row is not None  # noqa: S101 - inserted or found just above
        return str(row[0]), int(row[1])

    def _check_model(self, namespace: str, name: str, model: str, count: int) -> None:
        if count and model != self.model:
            raise ModelMismatch(
                f"team collection {label(namespace, name)} holds vectors of {model}, not of "
                f"{self.model}: clear it and embed its items again"
            )

    def _set_count(self, conn: Conn, namespace: str, name: str, count: int) -> None:
        conn.execute(
            "UPDATE siza_collections SET count = %s, model = %s, updated_at = now()"
            " WHERE namespace = %s AND name = %s",
            (count, self.model, namespace, name),
        )
        self._seen(namespace, name, count)

    # ---- operations --------------------------------------------------------------------------

    def upsert(
        self,
        name: str,
        ids: list[str],
        vecs: np.ndarray,
        metas: list[dict[str, Any]],
        texts: list[str | None] | None = None,
        namespace: str | None = None,
    ) -> tuple[int, int]:
        ns = namespace or DEFAULT_NAMESPACE
        bodies = texts or [None] * len(ids)
        no_nul(ids, "an id")
        no_nul([b for b in bodies if b], "a text")
        no_nul(metas, "metadata")

        def run(conn: Conn) -> tuple[int, int]:
            model, count = self._locked(conn, ns, name, create=True)
            self._check_model(ns, name, model, count)
            rows = [
                (ns, name, key, np.asarray(vec, dtype=np.float32), Jsonb(meta), body or "")
                for key, vec, meta, body in zip(ids, vecs, metas, bodies, strict=True)
            ]
            inserted = 0
            with conn.cursor() as cur:
                cur.executemany(_UPSERT, rows, returning=True)
                for result in cur.results():
                    row = result.fetchone()
                    inserted += bool(row and row[0])  # xmax = 0: a new row, not a replaced one
            self._set_count(conn, ns, name, count + inserted)
            return len(ids), count + inserted

        return self._tx(run)

    def remove(self, name: str, ids: list[str], namespace: str | None = None) -> tuple[int, int]:
        ns = namespace or DEFAULT_NAMESPACE

        def run(conn: Conn) -> tuple[int, int]:
            _, count = self._locked(conn, ns, name, create=False)
            cur = conn.execute(
                "DELETE FROM siza_vectors WHERE namespace = %s AND collection = %s"
                " AND key = ANY(%s)",
                (ns, name, list(dict.fromkeys(ids))),
            )
            removed = max(0, cur.rowcount)
            if removed:
                self._set_count(conn, ns, name, count - removed)
            return removed, count - removed

        return self._tx(run)

    def search(
        self,
        name: str,
        query: np.ndarray,
        k: int,
        where: dict[str, Any] | None,
        namespaces: list[str] | None = None,
    ) -> tuple[list[Hit], int]:
        from .query import search_sql

        spaces = namespaces or [DEFAULT_NAMESPACE]
        if where:
            no_nul([where], "the filter")
        check_name(name)
        for ns in spaces:
            check_namespace(ns)

        def run(conn: Conn) -> tuple[list[Hit], int]:
            found = conn.execute(
                "SELECT namespace, model, count FROM siza_collections"
                " WHERE namespace = ANY(%s) AND name = %s",
                (spaces, name),
            ).fetchall()
            if not found and name not in DEFAULT_COLLECTIONS:
                raise UnknownCollection(f"collection {name!r} does not exist in {spaces}")
            for ns, model, count in found:
                self._check_model(ns, name, model, int(count))
            total = sum(int(c) for _, _, c in found)
            if not total:
                return [], 0
            statement, params = search_sql(spaces, name, np.asarray(query, np.float32), k, where)
            rows = conn.execute(statement, params).fetchall()
            return [Hit(key, float(score), meta, ns) for ns, key, score, meta in rows], total

        return self._tx(run)

    def stats(self, name: str, namespace: str | None = None) -> dict[str, Any]:
        ns = namespace or DEFAULT_NAMESPACE
        return self._tx(lambda conn: self._stats(conn, ns, name))

    def _stats(self, conn: Conn, ns: str, name: str) -> dict[str, Any]:
        check_name(name)
        check_namespace(ns)
        row = conn.execute(
            "SELECT model, count, to_char(updated_at AT TIME ZONE 'UTC',"
            ' \'YYYY-MM-DD"T"HH24:MI:SS"Z"\') FROM siza_collections'
            " WHERE namespace = %s AND name = %s",
            (ns, name),
        ).fetchone()
        if row is None and name not in DEFAULT_COLLECTIONS:
            raise UnknownCollection(f"collection {name!r} does not exist in {ns!r}")
        model, count, saved = row if row else (self.model, 0, None)
        # The bytes of its rows as stored (TOAST included); the shared indexes are not split.
        size = conn.execute(
            "SELECT coalesce(sum(pg_column_size(v.*)), 0) FROM siza_vectors v"
            " WHERE namespace = %s AND collection = %s",
            (ns, name),
        ).fetchone()
        problems = [p for p in self.problems if f" {label(ns, name)} " in p]
        self._seen(ns, name, int(count))
        return {
            "name": name,
            "namespace": ns,
            "count": int(count),
            "dimensions": self.dims,
            "model": str(model),
            "file_bytes": int(size[0]) if size else 0,
            "last_saved": saved,
            "problems": problems,
        }

    def names(self, namespace: str | None = None) -> list[str]:
        ns = namespace or DEFAULT_NAMESPACE
        check_namespace(ns)
        rows = self._tx(
            lambda conn: conn.execute(
                "SELECT name FROM siza_collections WHERE namespace = %s", (ns,)
            ).fetchall()
        )
        return sorted({str(r[0]) for r in rows} | set(DEFAULT_COLLECTIONS))

    def all_stats(self, namespace: str | None = None) -> list[dict[str, Any]]:
        ns = namespace or DEFAULT_NAMESPACE
        out = []
        for name in self.names(ns):
            try:
                out.append(self.stats(name, ns))
            except UnknownCollection:
                continue  # cleared by another request since names() listed it
        return out

    def rebuild(self, name: str, namespace: str | None = None) -> dict[str, Any]:
        """PostgreSQL maintains the HNSW index itself; a rebuild recounts the collection's rows
        (REINDEX of the shared index is an administrator's job, docs/team.md)."""
        ns = namespace or DEFAULT_NAMESPACE

        def run(conn: Conn) -> dict[str, Any]:
            self._locked(conn, ns, name, create=False)
            row = conn.execute(
                "SELECT count(*) FROM siza_vectors WHERE namespace = %s AND collection = %s",
                (ns, name),
            ).fetchone()
            self._set_count(conn, ns, name, int(row[0]) if row else 0)
            return self._stats(conn, ns, name)

        return self._tx(run)

    def clear(self, name: str, namespace: str | None = None) -> tuple[int, int]:
        """Empties a default collection; any other one is deleted (its rows cascade)."""
        ns = namespace or DEFAULT_NAMESPACE

        def run(conn: Conn) -> tuple[int, int]:
            _, count = self._locked(conn, ns, name, create=False)
            if name in DEFAULT_COLLECTIONS:
                conn.execute(
                    "DELETE FROM siza_vectors WHERE namespace = %s AND collection = %s", (ns, name)
                )
                self._set_count(conn, ns, name, 0)
            else:
                conn.execute(
                    "DELETE FROM siza_collections WHERE namespace = %s AND name = %s", (ns, name)
                )
                with self._lock:
                    self._sizes.pop(label(ns, name), None)
            # Cleared: whatever model it held before no longer matters.
            self.problems = [p for p in self.problems if f" {label(ns, name)} " not in p]
            return count, 0

        return self._tx(run)

    def load_all(self) -> None:
        """Nothing to open: the database holds the index (kept for VectorService's warmup)."""

    def summary(self) -> tuple[dict[str, int], list[str]]:
        """Sizes of the collections met so far (by label) and the problems; takes no I/O."""
        with self._lock:
            return dict(self._sizes), list(self.problems)
