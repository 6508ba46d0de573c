"""LoRA training jobs over HTTP; thin handlers over TrainingService. A job runs in its own thread,
so every other route keeps answering while it trains."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from ..deps import TrainingDep
from ..schemas import ErrorResponse
from ..schemas.train import (
    ADAPTER_NAME_PATTERN,
    JOB_ID_PATTERN,
    AdapterDeleted,
    AdaptersResponse,
    TrainJob,
    TrainStartRequest,
    TrainSummary,
)
from ..services.training import TrainError

# 422 keeps the app-wide shape: a pydantic issue list or one message string.
errors = {code: {"model": ErrorResponse} for code in (404, 409, 503)}
router = APIRouter(prefix="/train", tags=["train"], responses=errors)


JobId = Annotated[str, Path(pattern=JOB_ID_PATTERN, description="training job id")]
AdapterName = Annotated[str, Path(pattern=ADAPTER_NAME_PATTERN, description="adapter name")]


@asynccontextmanager
async def _answer() -> AsyncIterator[None]:
    try:
        yield
    except TrainError as e:
        raise HTTPException(e.status, str(e)) from None


@router.post("/start", status_code=202)
async def start(body: TrainStartRequest, service: TrainingDep) -> TrainJob:
    """Checks the data and starts the job (202); 409 while another job runs."""
    async with _answer():
        return await service.start_job(body)


@router.get("/status/{job_id}")
async def status(job_id: JobId, service: TrainingDep) -> TrainJob:
    async with _answer():
        return await service.status(job_id)


@router.post("/cancel/{job_id}")
async def cancel(job_id: JobId, service: TrainingDep) -> TrainJob:
    """Cooperative: the job stops at its next step boundary; a finished job is left as it is."""
    async with _answer():
        return await service.cancel(job_id)


@router.get("/summary")
async def summary(service: TrainingDep) -> TrainSummary:
    async with _answer():
        return await service.summary()


@router.get("/adapters")
async def adapters(service: TrainingDep) -> AdaptersResponse:
    async with _answer():
        return AdaptersResponse(adapters=await service.adapters())


@router.delete("/adapters/{name}")
async def delete_adapter(name: AdapterName, service: TrainingDep) -> AdapterDeleted:
    async with _answer():
        await service.delete_adapter(name)
    return AdapterDeleted(name=name, deleted=True)
