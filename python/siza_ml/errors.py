"""Unhandled exceptions become a logged traceback and a JSON 500 that leaks nothing."""

import logging
import math
from typing import Any

from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("siza_ml.errors")

INTERNAL_ERROR = {"detail": "Internal error"}


def _where(scope: Scope) -> str:
    # The route template, not the raw path: path parameters may carry user data.
    route = getattr(scope.get("route"), "path", None)
    return f"{scope.get('method', '?')} {route if isinstance(route, str) else '<unmatched>'}"


class InternalErrorMiddleware:
    """Innermost user middleware: catches what FastAPI's exception handlers did not turn into a
    response, so one log line carries the route and the traceback (Starlette would re-raise)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except HTTPException:
            raise  # e.g. BodyTooLarge: the body-limit middleware answers it
        except Exception:
            log.exception("Unhandled error in %s", _where(scope))
            if started:
                raise  # headers are out: the server can only drop the connection
            await JSONResponse(INTERNAL_ERROR, status_code=500)(scope, receive, send)


async def last_resort_handler(request: Request, exc: Exception) -> Response:
    """For errors raised outside the routes (a middleware): JSON too; uvicorn logs the trace."""
    return JSONResponse(INTERNAL_ERROR, status_code=500)


# The 422 echoes the offending input; a 100 KB body must not come back whole.
_MAX_ECHO_CHARS = 200


def _json_safe(value: Any) -> Any:
    """NaN, infinities and lone surrogates made renderable, long strings cut: no 500 on echo."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, str):
        cut = value if len(value) <= _MAX_ECHO_CHARS else f"{value[:_MAX_ECHO_CHARS]}… (truncated)"
        return cut.encode("utf-8", errors="replace").decode("utf-8")
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


async def validation_error_handler(request: Request, exc: Exception) -> Response:
    """FastAPI's 422 with pydantic's detail; its own handler raises on a NaN in `input` (a 500)."""
    assert isinstance(exc, RequestValidationError)  # noqa: S101 - registered for this type only
    detail = _json_safe(jsonable_encoder(exc.errors()))
    return JSONResponse({"detail": detail}, status_code=422)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(Exception, last_resort_handler)
