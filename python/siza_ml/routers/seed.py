"""The seed's /vector routes over the same VectorService as /vectors, on one collection
(SEED_COLLECTION): a missing collection reads as empty, as the seed's single index did."""

from typing import Any

import numpy as np
from fastapi import APIRouter

from ..deps import VectorsDep
from ..schemas import ErrorResponse
from ..schemas.seed import (
    SeedIndexRequest,
    SeedIndexResponse,
    SeedSearchRequest,
    SeedSearchResponse,
)
from ..schemas.vectors import CollectionStats, SearchHit
from ..services.vectors.codec import encode_vector
from ..services.vectors.store import UnknownCollection
from .vectors import Namespace, Namespaces, answer

SEED_COLLECTION = "default"

errors = {code: {"model": ErrorResponse} for code in (404, 409, 503)}
router = APIRouter(prefix="/vector", tags=["vector (seed)"], responses=errors)


def _b64(vector: list[float] | None) -> str | None:
    # The service checks dimensions, finiteness and norm on the same bytes /vectors receives.
    return None if vector is None else encode_vector(np.asarray(vector, dtype=np.float32))


def _empty(service: Any, namespace: str | None) -> dict[str, Any]:
    stats = {"name": SEED_COLLECTION, "count": 0, "dimensions": service.store.dims}
    stats |= {"model": service.store.model, "file_bytes": 0, "last_saved": None, "problems": []}
    return stats | ({"namespace": namespace or "default"} if service.team else {})


@router.post("/index")
async def index(
    body: SeedIndexRequest, service: VectorsDep, namespace: Namespace = None
) -> SeedIndexResponse:
    items = body.items
    async with answer():
        indexed, count = await service.upsert(
            SEED_COLLECTION,
            [i.id for i in items],
            [_b64(i.vector) for i in items],
            [i.text for i in items],
            [i.metadata for i in items],
            namespace,
        )
    return SeedIndexResponse(indexed=indexed, count=count)


@router.post("/search")
async def search(
    body: SeedSearchRequest, service: VectorsDep, namespaces: Namespaces = None
) -> SeedSearchResponse:
    async with answer():
        try:
            hits, count = await service.search(
                SEED_COLLECTION, _b64(body.vector), body.text, body.k, body.filter, namespaces
            )
        except UnknownCollection:
            hits, count = [], 0
    results = [
        SearchHit(id=h.id, score=h.score, metadata=h.metadata, namespace=h.namespace) for h in hits
    ]
    return SeedSearchResponse(results=results, count=count)


@router.get("/stats")
async def stats(service: VectorsDep, namespace: Namespace = None) -> CollectionStats:
    async with answer():
        try:
            return CollectionStats(**await service.stats(SEED_COLLECTION, namespace))
        except UnknownCollection:
            return CollectionStats(**_empty(service, namespace))


@router.post("/rebuild")
async def rebuild(service: VectorsDep, namespace: Namespace = None) -> CollectionStats:
    async with answer():
        try:
            return CollectionStats(**await service.rebuild(SEED_COLLECTION, namespace))
        except UnknownCollection:
            return CollectionStats(**_empty(service, namespace))
