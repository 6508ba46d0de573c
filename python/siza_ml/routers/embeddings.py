"""POST /embed and /embed/batch: thin handlers over EmbeddingService (encoding runs off-loop)."""

import numpy as np
from fastapi import APIRouter, HTTPException

from ..config import Settings
from ..deps import EmbeddingsDep
from ..schemas import ErrorResponse
from ..schemas.embeddings import EmbedBatchResponse, EmbedResponse, bounded_requests
from ..services.embeddings import EmbeddingService, ModelUnavailable
from ..services.vectors.codec import encode_vector


async def _embed(service: EmbeddingService, texts: list[str]) -> np.ndarray:
    try:
        return await service.embed(texts)
    except ModelUnavailable as e:
        raise HTTPException(503, str(e)) from None


def embeddings_router(settings: Settings) -> APIRouter:
    """Built per app: the request limits come from this launch's settings."""
    one, many = bounded_requests(settings.max_batch_texts, settings.max_text_chars)
    router = APIRouter(tags=["embeddings"], responses={503: {"model": ErrorResponse}})

    @router.post("/embed")
    async def embed(body: one, service: EmbeddingsDep) -> EmbedResponse:  # type: ignore[valid-type]
        vecs = await _embed(service, [body.text])
        return EmbedResponse(
            embedding=encode_vector(vecs[0]), dimensions=vecs.shape[1], model=service.model_id
        )

    @router.post("/embed/batch")
    async def embed_batch(body: many, service: EmbeddingsDep) -> EmbedBatchResponse:  # type: ignore[valid-type]
        vecs = await _embed(service, body.texts)
        return EmbedBatchResponse(
            embeddings=[encode_vector(v) for v in vecs],
            dimensions=vecs.shape[1],
            count=len(vecs),
            model=service.model_id,
            vectors=vecs.astype(np.float32).tolist() if body.vectors else None,
        )

    return router
