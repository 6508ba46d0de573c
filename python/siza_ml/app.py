"""App factory: wires settings, services, middleware and routers; imports nothing heavy."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

from . import __version__
from .config import Settings
from .routers import health_router
from .schemas import ErrorResponse
from .security import ALLOWED_HOSTS, BearerAuthMiddleware, BodySizeLimitMiddleware
from .services.models import ModelRegistry
from .services.runtime import Runtime
from .services.workers import CpuWorkers
from .watchdog import ParentWatchdog

log = logging.getLogger("siza_ml")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    app.state.runtime.mark_started()
    if settings.token is None:
        log.warning("SIZA_ML_TOKEN is not set: every request is accepted (dev mode only)")
    watchdog = ParentWatchdog(settings.parent_pid) if settings.parent_pid else None
    if watchdog:
        watchdog.start()
    # __main__ records the bind address; an in-process ASGI client has none.
    log.info(
        "siza_ml ready on %s (pid %d)", getattr(app.state, "address", "asgi"), app.state.runtime.pid
    )
    try:
        yield
    finally:
        if watchdog:
            watchdog.stop()
        log.info("siza_ml stopped")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    errors = {code: {"model": ErrorResponse} for code in (401, 413)}
    app = FastAPI(title="siza_ml", version=__version__, lifespan=lifespan, responses=errors)
    app.state.settings = settings
    app.state.runtime = Runtime()
    app.state.models = ModelRegistry.default()
    app.state.workers = CpuWorkers(settings.cpu_workers)

    # Added innermost first: the host check runs before auth, auth before the body limit.
    app.add_middleware(BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    token = settings.token.get_secret_value() if settings.token else None
    app.add_middleware(BearerAuthMiddleware, token=token)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=ALLOWED_HOSTS)

    app.include_router(health_router)
    return app
