"""Request-level vector operations: validate, embed text or decode vectors, then run off-loop."""

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from ...config import Settings
from ..embeddings import ModelUnavailable
from .codec import decode_vector
from .collection import CollectionBusy, Hit, ModelMismatch
from .store import EMBEDDING_DIMS, VectorStore, VectorStoreError, check_name

if TYPE_CHECKING:
    from .pg.store import PgVectorStore

log = logging.getLogger("siza_ml.vectors")

Embed = Callable[[list[str]], Awaitable[np.ndarray]]
Run = Callable[..., Awaitable[Any]]
T = TypeVar("T")

MAX_ID_CHARS = 512
# Metadata rides along with every hit and in meta.json: kept small on purpose.
MAX_METADATA_BYTES = 16 * 1024
MAX_FILTER_KEYS = 32


class EmbeddingUnavailable(VectorStoreError):
    status = 503


class StoreBusy(VectorStoreError):
    status = 503


class OtherModel(VectorStoreError):
    status = 409


class VectorService:
    def __init__(
        self,
        store: "VectorStore | PgVectorStore",
        run: Run,
        embed: Embed | None,
        settings: Settings,
    ):
        self.store, self._run, self._embed, self.settings = store, run, embed, settings
        self._warmup: asyncio.Task[None] | None = None

    def start(self, warmup: bool) -> None:
        """With warmup, open every collection in the background so /ready reports them early."""
        if warmup:
            self._warmup = asyncio.create_task(self._warm())

    async def _warm(self) -> None:
        try:
            await self._run(self.store.load_all)
        except Exception:
            log.exception("opening the vector collections failed")

    async def aclose(self) -> None:
        if self._warmup is not None:
            self._warmup.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._warmup
        closer = getattr(self.store, "close", None)
        if closer is not None:
            await self._run(closer)

    async def open(self) -> None:
        """Connects the team database (checks, migrations, pool); the local files need nothing."""
        opener = getattr(self.store, "open", None)
        if opener is not None:
            await self._run(opener)

    async def _call(self, fn: Callable[..., T], *args: object, **scope: object) -> T:
        # scope: the namespace(s) of a team database; only passed when the request names one.
        scope = {k: v for k, v in scope.items() if v is not None}
        try:
            return await self._run(fn, *args, **scope)
        except CollectionBusy as e:
            raise StoreBusy(str(e)) from None
        except ModelMismatch as e:
            raise OtherModel(str(e)) from None
        except OSError as e:
            log.exception("vector store I/O failed")
            raise StoreBusy(f"the vector store could not read or write its files: {e}") from None

    # ---- input checks ------------------------------------------------------------------------

    def _check_count(self, n: int, what: str) -> None:
        limit = self.settings.max_batch_texts
        if n > limit:
            raise VectorStoreError(f"{n} {what} in one request; at most {limit}")

    def _check_text(self, text: str, where: str) -> None:
        if not text.strip():
            raise VectorStoreError(f"{where}: text is empty")
        if len(text) > self.settings.max_text_chars:
            limit = self.settings.max_text_chars
            raise VectorStoreError(f"{where}: text has {len(text)} characters; at most {limit}")

    def _vector(self, b64: str, where: str) -> np.ndarray:
        try:
            vec = decode_vector(b64, self.store.dims)
        except ValueError as e:
            raise VectorStoreError(f"{where}: {e}") from None
        norm = float(np.linalg.norm(vec)) if np.isfinite(vec).all() else float("nan")
        if not np.isfinite(norm) or norm == 0.0:
            raise VectorStoreError(f"{where}: vector must be finite and non-zero")
        return (vec / norm).astype(np.float32)

    @staticmethod
    def _json_object(value: dict[str, Any], where: str, limit: int) -> None:
        try:
            text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
            size = len(text.encode())
        except UnicodeEncodeError:
            # A lone surrogate gets past Python's JSON parser; echoing it in a hit would fail.
            raise VectorStoreError(f"{where}: a string is not valid UTF-8") from None
        except ValueError:
            raise VectorStoreError(f"{where}: NaN and Infinity are not JSON") from None
        except RecursionError:
            raise VectorStoreError(f"{where} is nested too deeply") from None
        if size > limit:
            raise VectorStoreError(f"{where} is {size} bytes; at most {limit}")

    async def _embed_texts(self, texts: list[str]) -> np.ndarray:
        if self._embed is None:
            raise EmbeddingUnavailable("text embedding is not available; send vectors")
        vecs = np.asarray(await self._embed(texts), dtype=np.float32)
        if vecs.shape != (len(texts), self.store.dims):
            msg = f"embedding model gives shape {vecs.shape}; the store holds {self.store.dims}-d"
            raise EmbeddingUnavailable(msg)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        if not np.isfinite(norms).all() or (norms == 0).any():
            raise EmbeddingUnavailable("the embedding model returned a zero or non-finite vector")
        return vecs / norms  # cosine needs unit rows whatever the model promises

    async def _rows(self, vectors: list[str | None], texts: list[str | None]) -> np.ndarray:
        """One normalised row per item, from its vector or (batched) from its text."""
        rows = np.zeros((len(vectors), self.store.dims), dtype=np.float32)
        pending: list[int] = []
        for n, (b64, text) in enumerate(zip(vectors, texts, strict=True)):
            if (b64 is None) == (text is None):
                raise VectorStoreError(f"item {n}: give exactly one of vector and text")
            if b64 is not None:
                rows[n] = self._vector(b64, f"item {n}")
            else:
                assert text is not None  # noqa: S101 - narrowed by the check above
                self._check_text(text, f"item {n}")
                pending.append(n)
        if pending:
            rows[pending] = await self._embed_texts([texts[n] or "" for n in pending])
        return rows

    # ---- operations --------------------------------------------------------------------------

    async def upsert(
        self,
        name: str,
        ids: list[str],
        vectors: list[str | None],
        texts: list[str | None],
        metas: list[dict[str, Any]],
        namespace: str | None = None,
    ) -> tuple[int, int]:
        check_name(name)
        self._check_count(len(ids), "items")
        seen: set[str] = set()
        for n, (key, meta) in enumerate(zip(ids, metas, strict=True)):
            if not key or len(key) > MAX_ID_CHARS:
                raise VectorStoreError(f"item {n}: id must have 1 to {MAX_ID_CHARS} characters")
            if key in seen:
                raise VectorStoreError(f"item {n}: id {key!r} appears twice in this request")
            seen.add(key)
            self._json_object(meta, f"item {n}: metadata", MAX_METADATA_BYTES)
        rows = await self._rows(vectors, texts)
        # The texts feed the team database's full-text column; the files keep vectors only.
        bodies = texts if namespace is not None or self.team else None
        return await self._call(
            self.store.upsert, name, ids, rows, metas, texts=bodies, namespace=namespace
        )

    @property
    def team(self) -> bool:
        """True when the collections live in the team database (SIZA_ML_DATABASE_URL)."""
        return hasattr(self.store, "db")

    async def remove(
        self, name: str, ids: list[str], namespace: str | None = None
    ) -> tuple[int, int]:
        self._check_count(len(ids), "ids")
        return await self._call(self.store.remove, name, ids, namespace=namespace)

    async def search(
        self,
        name: str,
        vector: str | None,
        text: str | None,
        k: int,
        where: dict[str, Any] | None,
        namespaces: list[str] | None = None,
    ) -> tuple[list[Hit], int]:
        check_name(name)
        if where is not None:
            if len(where) > MAX_FILTER_KEYS:
                raise VectorStoreError(f"filter has {len(where)} keys; at most {MAX_FILTER_KEYS}")
            self._json_object(where, "filter", MAX_METADATA_BYTES)
        if (vector is None) == (text is None):
            raise VectorStoreError("give exactly one of vector and text")
        if vector is not None:
            query = self._vector(vector, "vector")
        else:
            assert text is not None  # noqa: S101 - narrowed by the check above
            self._check_text(text, "text")
            query = (await self._embed_texts([text]))[0]
        return await self._call(self.store.search, name, query, k, where, namespaces=namespaces)

    async def stats(self, name: str, namespace: str | None = None) -> dict[str, Any]:
        return await self._call(self.store.stats, name, namespace=namespace)

    async def all_stats(self, namespace: str | None = None) -> list[dict[str, Any]]:
        return await self._call(self.store.all_stats, namespace=namespace)

    async def rebuild(self, name: str, namespace: str | None = None) -> dict[str, Any]:
        return await self._call(self.store.rebuild, name, namespace=namespace)

    async def clear(self, name: str, namespace: str | None = None) -> tuple[int, int]:
        return await self._call(self.store.clear, name, namespace=namespace)


def embed_from(state: Any) -> Embed:
    """Resolves `state.embeddings` per call: that service may be added or replaced after us."""

    async def embed(texts: list[str]) -> np.ndarray:
        embeddings = getattr(state, "embeddings", None)
        if embeddings is None:
            raise EmbeddingUnavailable("text embedding is not available; send vectors")
        try:
            return await embeddings.embed(texts)
        except ModelUnavailable as e:
            raise EmbeddingUnavailable(str(e)) from None

    return embed


def vector_service_for(state: Any) -> VectorService:
    """The app's vector service: the team database when SIZA_ML_DATABASE_URL is set (its calls
    on I/O threads as many as its pool's connections), else collections under
    `<data_root>/vectors` on the CPU workers."""
    settings: Settings = state.settings
    if settings.database_url is not None:
        from .team import team_store

        store, run = team_store(settings)
        return VectorService(store, run, embed_from(state), settings)
    store = VectorStore(settings.data_root / "vectors", EMBEDDING_DIMS, settings.embedding_model)
    return VectorService(store, state.workers.run, embed_from(state), settings)
