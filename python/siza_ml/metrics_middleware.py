"""Pure ASGI middleware: latency and status of every HTTP request, named by its route template."""

import asyncio
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .services.metrics import MetricsStore

# Probes are polled every few seconds by the supervisor and would drown the real events; the
# metrics routes themselves are left out so reading a report does not change it.
EXCLUDED_PATHS = frozenset({"/health", "/ready", "/metrics/record", "/metrics/report"})
# One bucket for unrouted requests (404s, 401s, 413s) so raw paths never become event names.
UNMATCHED = "<unmatched>"
TIER = "sidecar"


def _template(scope: Scope) -> str | None:
    path = getattr(scope.get("route"), "path", None)
    if isinstance(path, str):
        return path
    # Plain Starlette routes (/openapi.json, /docs) set only the endpoint; find it among the routes.
    endpoint = scope.get("endpoint")
    if endpoint is not None:
        for route in getattr(scope.get("app"), "routes", ()):
            if getattr(route, "endpoint", None) is endpoint and isinstance(route.path, str):
                return route.path
    return None


def event_name(scope: Scope) -> str:
    return f"{scope['method']} {_template(scope) or UNMATCHED}"


class MetricsMiddleware:
    """Outermost user middleware, so auth, host and size rejections are timed too."""

    def __init__(self, app: ASGIApp, store: MetricsStore) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXCLUDED_PATHS:
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status: int | None = None

        async def timed_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, timed_send)
        except asyncio.CancelledError:
            # The client went away (or shutdown): nginx's 499, not a server error.
            status = 499 if status is None else status
            raise
        finally:
            elapsed_ms = (time.perf_counter() - start) * 1000.0
            # No response started and no cancel: the app raised, and the client gets a 500.
            code = 500 if status is None else status
            self.store.record(event_name(scope), elapsed_ms, ok=code < 400, tier=TIER, status=code)
