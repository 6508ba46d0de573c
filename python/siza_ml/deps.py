"""Typed FastAPI dependencies: one getter per service that app.py's create_app puts on `app.state`,
each with an `Annotated` alias, so a handler names what it needs (`vectors: VectorsDep`) and
routers never read the untyped `request.app.state` themselves."""

from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import State

from .config import Settings
from .services.embeddings import EmbeddingService
from .services.llm import LlmService
from .services.metrics import MetricsStore
from .services.models import ModelRegistry
from .services.runtime import Runtime
from .services.scoring.references import NearestAxeRule, nearest_axe_rule
from .services.training import TrainingService
from .services.vectors.service import VectorService
from .services.workers import CpuWorkers


def get_app_state(request: Request) -> State:
    return request.app.state


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def get_models(request: Request) -> ModelRegistry:
    return request.app.state.models


def get_workers(request: Request) -> CpuWorkers:
    return request.app.state.workers


def get_embeddings(request: Request) -> EmbeddingService:
    return request.app.state.embeddings


def get_metrics(request: Request) -> MetricsStore:
    return request.app.state.metrics


def get_vectors(request: Request) -> VectorService:
    return request.app.state.vectors


def get_llm(request: Request) -> LlmService:
    return request.app.state.llm


def get_training(request: Request) -> TrainingService:
    return request.app.state.training


def get_nearest_axe_rule(request: Request) -> NearestAxeRule:
    """The app's one NearestAxeRule (made on first use, shared by scoring and ingestion)."""
    return nearest_axe_rule(request.app.state)


# Ingestion keeps its per-app lock and the NearestAxeRule cache on the state, so it takes it whole.
AppStateDep = Annotated[State, Depends(get_app_state)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ModelsDep = Annotated[ModelRegistry, Depends(get_models)]
WorkersDep = Annotated[CpuWorkers, Depends(get_workers)]
EmbeddingsDep = Annotated[EmbeddingService, Depends(get_embeddings)]
MetricsDep = Annotated[MetricsStore, Depends(get_metrics)]
VectorsDep = Annotated[VectorService, Depends(get_vectors)]
LlmDep = Annotated[LlmService, Depends(get_llm)]
TrainingDep = Annotated[TrainingService, Depends(get_training)]
NearestAxeRuleDep = Annotated[NearestAxeRule, Depends(get_nearest_axe_rule)]
