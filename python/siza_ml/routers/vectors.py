"""Vector collections over HTTP; thin handlers over VectorService (all I/O runs off-loop)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from ..deps import VectorsDep
from ..schemas import ErrorResponse
from ..schemas.vectors import (
    CollectionsResponse,
    CollectionStats,
    RemoveRequest,
    RemoveResponse,
    SearchHit,
    SearchRequest,
    SearchResponse,
    UpsertRequest,
    UpsertResponse,
)
from ..services.vectors.pg.namespaces import NAMESPACE_RE
from ..services.vectors.store import NAME_RE, VectorStoreError

# 422 keeps the app-wide shape: a pydantic issue list or one message string.
errors = {code: {"model": ErrorResponse} for code in (404, 409, 503)}
router = APIRouter(prefix="/vectors", tags=["vectors"], responses=errors)


Name = Annotated[str, Path(pattern=NAME_RE.pattern, description="collection name")]
# A team server's namespace (a repository's id); the local files have none.
Namespace = Annotated[
    str | None, Query(pattern=NAMESPACE_RE.pattern, description="team server: the namespace")
]
# Search may read several namespaces at once (the workspace's own and the team's).
Namespaces = Annotated[
    list[str] | None,
    Query(alias="namespace", description="team server: namespaces to search (repeatable)"),
]


@asynccontextmanager
async def answer() -> AsyncIterator[None]:
    # The store speaks in domain errors; each carries the HTTP status it maps to.
    try:
        yield
    except VectorStoreError as e:
        raise HTTPException(e.status, str(e)) from None


@router.get("/collections")
async def list_collections(service: VectorsDep, namespace: Namespace = None) -> CollectionsResponse:
    async with answer():
        stats = await service.all_stats(namespace)
    return CollectionsResponse(collections=[CollectionStats(**s) for s in stats])


@router.post("/{collection}/upsert")
async def upsert(
    collection: Name, body: UpsertRequest, service: VectorsDep, namespace: Namespace = None
) -> UpsertResponse:
    items = body.items
    async with answer():
        upserted, count = await service.upsert(
            collection,
            [i.id for i in items],
            [i.vector for i in items],
            [i.text for i in items],
            [i.metadata for i in items],
            namespace,
        )
    return UpsertResponse(upserted=upserted, count=count)


@router.post("/{collection}/remove")
async def remove(
    collection: Name, body: RemoveRequest, service: VectorsDep, namespace: Namespace = None
) -> RemoveResponse:
    async with answer():
        removed, count = await service.remove(collection, body.ids, namespace)
    return RemoveResponse(removed=removed, count=count)


@router.post("/{collection}/search")
async def search(
    collection: Name, body: SearchRequest, service: VectorsDep, namespaces: Namespaces = None
) -> SearchResponse:
    async with answer():
        hits, count = await service.search(
            collection, body.vector, body.text, body.k, body.filter, namespaces
        )
    results = [
        SearchHit(id=h.id, score=h.score, metadata=h.metadata, namespace=h.namespace) for h in hits
    ]
    return SearchResponse(results=results, count=count)


@router.get("/{collection}/stats")
async def stats(
    collection: Name, service: VectorsDep, namespace: Namespace = None
) -> CollectionStats:
    async with answer():
        return CollectionStats(**await service.stats(collection, namespace))


@router.post("/{collection}/rebuild")
async def rebuild(
    collection: Name, service: VectorsDep, namespace: Namespace = None
) -> CollectionStats:
    async with answer():
        return CollectionStats(**await service.rebuild(collection, namespace))


@router.delete("/{collection}")
async def clear(
    collection: Name, service: VectorsDep, namespace: Namespace = None
) -> RemoveResponse:
    async with answer():
        removed, count = await service.clear(collection, namespace)
    return RemoveResponse(removed=removed, count=count)
