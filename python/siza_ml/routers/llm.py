"""POST /llm/chat: one reply of the configured LLM. 503 when none is configured, 504 when it does
not answer within SIZA_ML_LLM_TIMEOUT_S, 502 when it fails; the message is safe to show.
With "stream": true the reply comes as NDJSON lines while the model writes (schemas/llm.py)."""

from collections.abc import AsyncIterator

from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse

from ..deps import LlmDep
from ..schemas import ErrorResponse
from ..schemas.llm import (
    ChatRequest,
    ChatResponse,
    ChatStreamDelta,
    ChatStreamDone,
    ChatStreamError,
)
from ..services.llm import LlmError, LlmProvider, LlmService, LlmTimeout

router = APIRouter(
    prefix="/llm",
    tags=["llm"],
    responses={code: {"model": ErrorResponse} for code in (502, 503, 504)},
)

NDJSON = "application/x-ndjson"


@router.post(
    "/chat",
    responses={
        200: {
            "description": "The reply; with stream: true, NDJSON lines of ChatStreamLine",
            "content": {NDJSON: {"schema": {"type": "string"}}},
        }
    },
)
async def chat(body: ChatRequest, llm: LlmDep) -> ChatResponse:
    if not llm.configured:
        raise HTTPException(503, "no LLM provider is configured (siza.llm.provider is none)")
    messages = [m.model_dump() for m in body.messages]
    if body.stream:
        if llm.provider is None:  # misconfigured: what chat() would raise, before the stream starts
            raise HTTPException(502, llm.problem or "no LLM provider is configured")
        lines = _ndjson(llm, llm.provider, messages, body.max_tokens, body.temperature)
        # returned as is: FastAPI does not validate a Response against the declared model
        return StreamingResponse(lines, media_type=NDJSON)  # type: ignore[return-value]
    try:
        text = await llm.chat(messages, max_tokens=body.max_tokens, temperature=body.temperature)
    except LlmTimeout as exc:
        raise HTTPException(504, str(exc)) from exc
    except LlmError as exc:
        raise HTTPException(502, str(exc)) from exc
    provider = llm.provider
    if provider is None:  # chat() raises first; this keeps the type checker and reader sure
        raise HTTPException(503, llm.problem or "no LLM provider is configured")
    return ChatResponse(text=text, provider=provider.name, model=provider.model_id)


async def _ndjson(
    llm: LlmService,
    provider: LlmProvider,
    messages: list[dict[str, str]],
    max_tokens: int,
    temperature: float,
) -> AsyncIterator[str]:
    """Deltas as they come, then done (or error, once the 200 is already sent). A client that
    disconnects ends this generator, which closes the request to the model's endpoint."""
    parts: list[str] = []
    finish: str | None = None
    try:
        async for piece in llm.chat_stream(
            messages, max_tokens=max_tokens, temperature=temperature
        ):
            if piece.text:
                parts.append(piece.text)
                yield ChatStreamDelta(text=piece.text).model_dump_json() + "\n"
            if piece.done:
                finish = piece.finish_reason
    except LlmTimeout as exc:
        yield ChatStreamError(status=504, detail=str(exc)).model_dump_json() + "\n"
        return
    except LlmError as exc:
        yield ChatStreamError(status=502, detail=str(exc)).model_dump_json() + "\n"
        return
    done = ChatStreamDone(
        text="".join(parts), provider=provider.name, model=provider.model_id, finish_reason=finish
    )
    yield done.model_dump_json() + "\n"
