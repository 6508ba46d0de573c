"""Liveness (/health) and readiness (/ready); both stay cheap and never load a model."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from .. import __version__
from ..schemas import Health, Ready
from ..services.models import ModelRegistry
from ..services.runtime import Runtime

router = APIRouter(tags=["health"])


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def get_models(request: Request) -> ModelRegistry:
    return request.app.state.models


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ModelsDep = Annotated[ModelRegistry, Depends(get_models)]


@router.get("/health")
def health(runtime: RuntimeDep) -> Health:
    return Health(status="ok", version=__version__, pid=runtime.pid, uptime_s=runtime.uptime_s())


@router.get("/ready")
def ready(runtime: RuntimeDep, models: ModelsDep, request: Request) -> Ready:
    # In-memory counts only: opening an index here would make /ready slow and import FAISS.
    indexes, problems = request.app.state.vectors.store.summary()
    return Ready(
        ready=True,
        version=__version__,
        pid=runtime.pid,
        uptime_s=runtime.uptime_s(),
        python=runtime.python_version(),
        models=models.statuses(),
        memory=runtime.memory(),
        versions=runtime.versions(),
        indexes=indexes,
        problems=problems,
    )
