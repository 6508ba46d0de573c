"""App factory: wires settings, services, middleware and routers; imports nothing heavy."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

from . import __version__
from .config import Settings
from .errors import InternalErrorMiddleware, install_error_handlers
from .metrics_middleware import MetricsMiddleware
from .routers import (
    embeddings_router,
    enhance_router,
    health_router,
    ingest_router,
    llm_router,
    metrics_router,
    score_router,
    seed_router,
    train_router,
    vectors_router,
)
from .schemas import ErrorResponse, UnprocessableError
from .security import ALLOWED_HOSTS, BearerAuthMiddleware, BodySizeLimitMiddleware
from .services.embeddings import EmbeddingService
from .services.llm import LlmService
from .services.metrics import MetricsStore
from .services.models import ModelRegistry
from .services.runtime import Runtime
from .services.training import TrainingService
from .services.vectors.pg.errors import DatabaseSetupError
from .services.vectors.service import vector_service_for
from .services.workers import CpuWorkers
from .watchdog import ParentWatchdog

log = logging.getLogger("siza_ml")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    app.state.runtime.mark_started()
    if settings.token is None and not app.state.team:
        log.warning("SIZA_ML_TOKEN is not set: every request is accepted (dev mode only)")
    watchdog = ParentWatchdog(settings.parent_pid) if settings.parent_pid else None
    if watchdog:
        watchdog.start()
    await app.state.metrics.start(app.state.workers)
    try:
        await app.state.vectors.open()
    except DatabaseSetupError as e:
        # One clear line for the operator; uvicorn then exits ("Application startup failed").
        log.error("the team database is not usable: %s", e)
        raise
    app.state.vectors.start(settings.warmup)
    await app.state.training.start()
    if settings.warmup:
        app.state.embeddings.start_background_load()
    # __main__ records the bind address; an in-process ASGI client has none.
    log.info(
        "siza_ml ready on %s (pid %d)", getattr(app.state, "address", "asgi"), app.state.runtime.pid
    )
    try:
        yield
    finally:
        if watchdog:
            watchdog.stop()
        await app.state.metrics.aclose()
        await app.state.vectors.aclose()
        await app.state.training.aclose()
        await app.state.embeddings.aclose()
        log.info("siza_ml stopped")


def add_team_auth(app: FastAPI, settings: Settings) -> None:
    from .team.auth import RateLimiter, TeamAuthMiddleware
    from .team.tokens import TokenStore

    db = getattr(app.state.vectors.store, "db", None)
    if db is None:
        raise DatabaseSetupError("a team server keeps its tokens in SIZA_ML_DATABASE_URL: set it")
    limiter = RateLimiter(settings.rate_limit_per_min, settings.rate_limit_burst)
    app.add_middleware(TeamAuthMiddleware, tokens=TokenStore(db), limiter=limiter)


def create_app(settings: Settings | None = None, team_hosts: list[str] | None = None) -> FastAPI:
    """team_hosts: a team server (`serve`): team tokens instead of the per-launch one, and the
    host names its clients use; None for the extension's loopback launch."""
    settings = settings or Settings()
    errors = {code: {"model": ErrorResponse} for code in (400, 401, 413)}
    # One 422 shape for every route: pydantic's issue list or a router's own message.
    errors[422] = {"model": UnprocessableError}
    app = FastAPI(title="siza_ml", version=__version__, lifespan=lifespan, responses=errors)
    app.state.settings = settings
    app.state.team = team_hosts is not None
    app.state.runtime = Runtime()
    app.state.models = ModelRegistry.default()
    app.state.workers = CpuWorkers(settings.cpu_workers)
    # Loads its model on first use (or at start with warmup), in the workers.
    app.state.embeddings = EmbeddingService(settings, app.state.models, app.state.workers)
    app.state.metrics = MetricsStore.from_settings(settings)
    app.state.vectors = vector_service_for(app.state)
    # The configured LLM (none by default); a local model loads on first use, in the workers.
    app.state.llm = LlmService(settings, app.state.workers, app.state.models)
    # LoRA jobs, each in its own thread; jobs.json is read at start (interrupted jobs marked).
    app.state.training = TrainingService(settings, app.state.workers)

    # Added innermost first: the host check runs before auth, auth before the body limit.
    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    if team_hosts is not None:
        add_team_auth(app, settings)
    else:
        token = settings.token.get_secret_value() if settings.token else None
        app.add_middleware(BearerAuthMiddleware, token=token)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=ALLOWED_HOSTS + (team_hosts or []))
    # Outermost: times every request, rejected ones included.
    app.add_middleware(MetricsMiddleware, store=app.state.metrics)
    install_error_handlers(app)

    app.include_router(health_router)
    app.include_router(metrics_router)
    app.include_router(vectors_router)
    app.include_router(seed_router)
    app.include_router(score_router)
    app.include_router(enhance_router)
    app.include_router(llm_router)
    app.include_router(train_router)
    app.include_router(ingest_router)
    app.include_router(embeddings_router(settings))
    return app
