"""The team database as the vector service's store: built only when SIZA_ML_DATABASE_URL is set."""

from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread
from anyio import CapacityLimiter

from ...config import Settings
from .pg.errors import DatabaseSetupError
from .store import EMBEDDING_DIMS

TEAM_EXTRA = "pip install -r python/requirements-team.txt (the `team` extra of siza-ml)"


def team_store(settings: Settings) -> tuple[Any, Callable[..., Awaitable[Any]]]:
    """A PgVectorStore (not yet connected: VectorService.open does it) and the runner for its calls:
    database waits on threads of their own, one per pooled connection, never on the CPU workers."""
    assert settings.database_url is not None  # noqa: S101 - the caller checked
    try:
        from .pg.database import Database
        from .pg.store import PgVectorStore
    except ImportError as e:
        msg = f"SIZA_ML_DATABASE_URL needs psycopg ({e}): {TEAM_EXTRA}"
        raise DatabaseSetupError(msg) from None
    db = Database(
        settings.database_url.get_secret_value(),
        settings.database_pool_size,
        settings.database_timeout_s,
        settings.hnsw_ef_search,
    )
    limiter = CapacityLimiter(max(1, settings.database_pool_size))

    async def run(fn: Callable[..., Any], *args: object, **kwargs: object) -> Any:
        return await anyio.to_thread.run_sync(lambda: fn(*args, **kwargs), limiter=limiter)

    return PgVectorStore(db, EMBEDDING_DIMS, settings.embedding_model), run
