"""What a request needs on a team server: a scope, and the namespaces it reads or writes.

Anything not listed needs admin (deny by default): training, ingestion, the LLM proxy and the
metrics run on the server's own machine and data.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from ..services.vectors.pg.namespaces import DEFAULT_NAMESPACE

# Answered without a token: liveness (the load balancer's and Docker's health check) and the
# identity challenge, which proves nothing without a token.
PUBLIC = frozenset({("GET", "/health"), ("GET", "/health/identity")})

_RULES: list[tuple[str, re.Pattern[str], str, bool]] = [
    # (method, path, scope, names namespaces)
    ("POST", re.compile(r"^/vectors/[^/]+/(upsert|remove|rebuild)$"), "write", True),
    ("DELETE", re.compile(r"^/vectors/[^/]+$"), "write", True),
    ("POST", re.compile(r"^/vector/(index|rebuild)$"), "write", True),
    ("POST", re.compile(r"^/vectors/[^/]+/search$"), "read", True),
    ("GET", re.compile(r"^/vectors/(collections|[^/]+/stats)$"), "read", True),
    ("POST", re.compile(r"^/vector/search$"), "read", True),
    ("GET", re.compile(r"^/vector/stats$"), "read", True),
    ("POST", re.compile(r"^/embed(/batch)?$"), "read", False),
    ("POST", re.compile(r"^/score(/.*)?$"), "read", False),
    ("POST", re.compile(r"^/enhance(/.*)?$"), "read", False),
    ("GET", re.compile(r"^/(docs|openapi\.json)$"), "read", False),
]


@dataclass(frozen=True)
class Need:
    scope: str
    namespaces: tuple[str, ...]


def need(method: str, path: str, query: bytes) -> Need:
    for rule_method, pattern, scope, scoped in _RULES:
        if method == rule_method and pattern.match(path):
            if not scoped:
                return Need(scope, ())
            asked = parse_qs(query.decode("latin-1")).get("namespace") or [DEFAULT_NAMESPACE]
            return Need(scope, tuple(asked))
    return Need("admin", ())
