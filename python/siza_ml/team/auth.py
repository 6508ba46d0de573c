"""The team server's gate, as pure ASGI middleware: a live token, the scope and namespaces the
request needs (access.py), a per-token rate limit, and one access-log line naming the user."""

import logging
import threading
import time
from typing import Any

import anyio.to_thread
from anyio import CapacityLimiter
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..services.vectors.pg.errors import DatabaseUnavailable
from .access import PUBLIC, need
from .tokens import Principal, TokenStore

log = logging.getLogger("siza_ml.access")


class RateLimiter:
    """A token bucket per team token, in this process (each replica keeps its own: docs/team.md)."""

    def __init__(self, per_min: float, burst: int) -> None:
        self.rate, self.burst = per_min / 60.0, max(1, burst)
        self._buckets: dict[int, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: int) -> float:
        """0 when allowed, else the seconds until the next request would be."""
        now = time.monotonic()
        with self._lock:
            level, then = self._buckets.get(key, (float(self.burst), now))
            level = min(float(self.burst), level + (now - then) * self.rate)
            if level >= 1.0:
                self._buckets[key] = (level - 1.0, now)
                return 0.0
            self._buckets[key] = (level, now)
            return (1.0 - level) / self.rate if self.rate > 0 else 3600.0


def _bearer(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            kind, _, credentials = value.decode("latin-1").partition(" ")
            return credentials.strip() if kind.lower() == "bearer" else None
    return None


class TeamAuthMiddleware:
    def __init__(self, app: ASGIApp, tokens: TokenStore, limiter: RateLimiter) -> None:
        self.app, self.tokens, self.limiter = app, tokens, limiter
        self._threads = CapacityLimiter(8)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        if (method, path) in PUBLIC:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        principal, refusal = await self._check(scope)
        user = principal.user if principal else "-"
        if refusal is not None:
            log.info("user=%s %s %s -> %d (refused)", user, method, path, refusal.status_code)
            await refusal(scope, receive, send)
            return
        status = 500

        async def recording(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        scope.setdefault("state", {})["principal"] = principal
        try:
            await self.app(scope, receive, recording)
        finally:
            ms = (time.perf_counter() - started) * 1000
            log.info("user=%s %s %s -> %d in %.1f ms", user, method, path, status, ms)

    async def _check(self, scope: Scope) -> tuple[Principal | None, JSONResponse | None]:
        token = _bearer(scope)
        if not token:
            return None, _refuse(401, "a team token is required (Authorization: Bearer ...)")
        try:
            principal = await anyio.to_thread.run_sync(
                self.tokens.lookup, token, limiter=self._threads
            )
        except DatabaseUnavailable as e:
            return None, _refuse(503, str(e))
        if principal is None:
            return None, _refuse(401, "unknown or revoked team token")
        wanted = need(scope["method"], scope["path"], scope.get("query_string", b""))
        if not principal.may(wanted.scope):
            msg = f"{principal.user}'s token lacks the {wanted.scope} scope this request needs"
            return principal, _refuse(403, msg)
        for namespace in wanted.namespaces:
            if not principal.covers(namespace):
                msg = f"{principal.user}'s token was not given namespace {namespace!r}"
                return principal, _refuse(403, msg)
        wait = self.limiter.take(principal.id)
        if wait > 0:
            retry = {"Retry-After": str(max(1, round(wait)))}
            return principal, _refuse(429, f"rate limit of {principal.user}'s token", retry)
        return principal, None


def _refuse(status: int, detail: str, headers: dict[str, Any] | None = None) -> JSONResponse:
    extra = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    return JSONResponse(
        {"detail": detail}, status_code=status, headers={**extra, **(headers or {})}
    )
