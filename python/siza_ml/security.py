"""Bearer-token auth and request-size limit as pure ASGI middleware (no body buffering)."""

import logging
import secrets

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("siza_ml.security")

UNAUTHORIZED_DETAIL = "Missing or invalid bearer token"
# Hosts a browser can only reach us by when it really targets loopback (DNS-rebinding guard).
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]
# Answered without the token: the identity challenge (routers/health.py), which reveals only the pid
# and an HMAC that needs the token to compute. Matched exactly (no prefix, no trailing slash).
PUBLIC_PATHS = frozenset({"/health/identity"})


class BearerAuthMiddleware:
    """Rejects every http/websocket request without the per-launch token, docs included."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self._token = token.encode() if token else None

    def _authorized(self, scope: Scope) -> bool:
        if self._token is None:
            return True
        if (
            scope["type"] == "http"
            and scope.get("method") == "GET"
            and scope["path"] in PUBLIC_PATHS
        ):
            return True
        for name, value in scope.get("headers", ()):
            if name == b"authorization":
                # Case-insensitive scheme (RFC 9110); constant-time compare resists timing probes.
                scheme, _, credentials = value.partition(b" ")
                valid = secrets.compare_digest(credentials.strip(), self._token)
                return scheme.lower() == b"bearer" and valid
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self._authorized(scope):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": UNAUTHORIZED_DETAIL})
            return
        response = JSONResponse(
            {"detail": UNAUTHORIZED_DETAIL},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
        await response(scope, receive, send)


class BodyTooLarge(HTTPException):
    """Raised from the wrapped receive; FastAPI re-raises HTTPException, so it ends as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Request body exceeds the limit of {limit} bytes")


class BodySizeLimitMiddleware:
    """413 by declared Content-Length up front, or by counting chunks as the app reads them."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = self._content_length(scope)
        if declared is not None and declared > self.limit:
            await self._reject(scope, receive, send)
            return

        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            # Reached only when the app did not turn it into a response itself.
            if started:
                raise
            await self._reject(scope, receive, send)

    @staticmethod
    def _content_length(scope: Scope) -> int | None:
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return None  # the server rejects malformed framing before we run
        return None

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = BodyTooLarge(self.limit).detail
        await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)
