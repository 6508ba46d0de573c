"""Ingestion: POST /ingest/dataset (a dataset file's records into a collection, `library` by
default) and /ingest/axe-rules (axe-core's rules into `axe-rules`); thin over services/ingest."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, HTTPException

from ..deps import AppStateDep
from ..schemas import ErrorResponse
from ..schemas.ingest import (
    AxeRulesStatus,
    IngestAxeRulesRequest,
    IngestAxeRulesResponse,
    IngestDatasetRequest,
    IngestDatasetResponse,
)
from ..services.ingest.errors import IngestError
from ..services.ingest.service import axe_rules_status, ingest_axe_rules, ingest_dataset
from ..services.vectors.store import VectorStoreError

# 403: a path outside the allowed roots; 404: no such file or hub dataset; 409: another ingestion
# runs (or the collection holds another model's vectors); 502: the hub failed; 503: no embedding
# model. 422 (the app-wide shape): a bad request, an unusable file, a hub dataset while offline.
errors = {code: {"model": ErrorResponse} for code in (403, 404, 409, 502, 503)}
router = APIRouter(prefix="/ingest", tags=["ingest"], responses=errors)


@asynccontextmanager
async def _answer() -> AsyncIterator[None]:
    try:
        yield
    except (IngestError, VectorStoreError) as e:
        raise HTTPException(e.status, str(e)) from None


@router.post("/dataset")
async def dataset(body: IngestDatasetRequest, state: AppStateDep) -> IngestDatasetResponse:
    async with _answer():
        return await ingest_dataset(body, state)


@router.post("/axe-rules")
async def axe_rules(body: IngestAxeRulesRequest, state: AppStateDep) -> IngestAxeRulesResponse:
    async with _answer():
        return await ingest_axe_rules(body, state)


@router.get("/axe-rules")
async def axe_rules_stamp(state: AppStateDep) -> AxeRulesStatus:
    """Which axe-core version the axe-rules collection holds (null: none, or edited since)."""
    async with _answer():
        return await axe_rules_status(state)
