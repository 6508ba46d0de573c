"""One APIRouter per resource; app.py includes them all."""

from .embeddings import embeddings_router
from .enhance import router as enhance_router
from .health import router as health_router
from .ingest import router as ingest_router
from .llm import router as llm_router
from .metrics import router as metrics_router
from .score import router as score_router
from .seed import router as seed_router
from .train import router as train_router
from .vectors import router as vectors_router

__all__ = [
    "embeddings_router",
    "enhance_router",
    "health_router",
    "ingest_router",
    "llm_router",
    "metrics_router",
    "score_router",
    "seed_router",
    "train_router",
    "vectors_router",
]
