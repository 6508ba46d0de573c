"""One APIRouter per resource; app.py includes them all."""

from .health import router as health_router

__all__ = ["health_router"]
