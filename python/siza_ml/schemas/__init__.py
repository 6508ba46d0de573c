"""Wire contract, one module per resource; src/sidecar/protocol.ts mirrors these names."""

from .health import ErrorResponse, Health, Memory, ModelStatus, Ready, Versions

__all__ = ["ErrorResponse", "Health", "Memory", "ModelStatus", "Ready", "Versions"]
