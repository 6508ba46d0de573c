"""Liveness (/health), identity (/health/identity), readiness (/ready): cheap, never a model."""

import hashlib
import hmac
from typing import Annotated

from fastapi import APIRouter, Query

from .. import __version__
from ..deps import ModelsDep, RuntimeDep, SettingsDep, VectorsDep
from ..schemas import Health, Identity, Ready

router = APIRouter(tags=["health"])


@router.get("/health")
def health(runtime: RuntimeDep) -> Health:
    return Health(status="ok", version=__version__, pid=runtime.pid, uptime_s=runtime.uptime_s())


# The one route answered without the token (security.PUBLIC_PATHS): the extension asks it before it
# sends the token anywhere, so a process that grabbed the port proves nothing and learns nothing.
IDENTITY_PATH = "/health/identity"
IDENTITY_PREFIX = b"siza-identity:"


def identity_proof(token: str, challenge: str) -> str:
    return hmac.new(
        token.encode(), IDENTITY_PREFIX + challenge.encode(), hashlib.sha256
    ).hexdigest()


@router.get(IDENTITY_PATH)
def identity(
    runtime: RuntimeDep,
    settings: SettingsDep,
    challenge: Annotated[str, Query(pattern="^[0-9a-f]{32,128}$")],
) -> Identity:
    secret = settings.token
    # dev mode (no token) proves nothing: an empty key, which no extension launch ever uses
    proof = identity_proof(secret.get_secret_value() if secret else "", challenge)
    return Identity(pid=runtime.pid, proof=proof)


@router.get("/ready")
def ready(runtime: RuntimeDep, models: ModelsDep, vectors: VectorsDep) -> Ready:
    # In-memory counts only: opening an index here would make /ready slow and import FAISS.
    indexes, problems = vectors.store.summary()
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
