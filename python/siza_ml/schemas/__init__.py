"""Wire contract, one module per resource; src/core/protocol/ mirrors these names."""

from .embeddings import EmbedBatchRequest, EmbedBatchResponse, EmbedRequest, EmbedResponse
from .enhance import EnhanceRequest, EnhanceResponse
from .errors import UnprocessableError, ValidationIssue
from .health import ErrorResponse, Health, Identity, Memory, ModelStatus, Ready, Versions
from .metrics import EventStats, MetricAck, MetricEvent, MetricsReport, ReportWindow
from .score import FactorScore, LlmJudgement, ScoreRequest, ScoreResponse, Violation
from .vectors import (
    CollectionsResponse,
    CollectionStats,
    RemoveRequest,
    RemoveResponse,
    SearchHit,
    SearchRequest,
    SearchResponse,
    UpsertItem,
    UpsertRequest,
    UpsertResponse,
)

__all__ = [
    "CollectionStats",
    "CollectionsResponse",
    "EmbedBatchRequest",
    "EmbedBatchResponse",
    "EmbedRequest",
    "EmbedResponse",
    "EnhanceRequest",
    "EnhanceResponse",
    "ErrorResponse",
    "EventStats",
    "FactorScore",
    "Health",
    "Identity",
    "LlmJudgement",
    "Memory",
    "MetricAck",
    "MetricEvent",
    "MetricsReport",
    "ModelStatus",
    "Ready",
    "RemoveRequest",
    "RemoveResponse",
    "ReportWindow",
    "ScoreRequest",
    "ScoreResponse",
    "SearchHit",
    "SearchRequest",
    "SearchResponse",
    "UnprocessableError",
    "UpsertItem",
    "UpsertRequest",
    "UpsertResponse",
    "ValidationIssue",
    "Versions",
    "Violation",
]
