"""POST /llm/chat: one reply of the configured LLM. 503 when none is configured, 504 when it does
not answer within SIZA_ML_LLM_TIMEOUT_S, 502 when it fails; the message is safe to show."""

from fastapi import APIRouter, HTTPException

from ..deps import LlmDep
from ..schemas import ErrorResponse
from ..schemas.llm import ChatRequest, ChatResponse
from ..services.llm import LlmError, LlmTimeout

router = APIRouter(
    prefix="/llm",
    tags=["llm"],
    responses={code: {"model": ErrorResponse} for code in (502, 503, 504)},
)


@router.post("/chat")
async def chat(body: ChatRequest, llm: LlmDep) -> ChatResponse:
    if not llm.configured:
        raise HTTPException(503, "no LLM provider is configured (siza.llm.provider is none)")
    if llm.missing_extra is not None:
        raise HTTPException(503, llm.problem)
    try:
        text = await llm.chat(
            [m.model_dump() for m in body.messages],
            max_tokens=body.max_tokens,
            temperature=body.temperature,
        )
    except LlmTimeout as exc:
        raise HTTPException(504, str(exc)) from exc
    except LlmError as exc:
        raise HTTPException(502, str(exc)) from exc
    provider = llm.provider
    if provider is None:  # chat() raises first; this keeps the type checker and reader sure
        raise HTTPException(503, llm.problem or "no LLM provider is configured")
    return ChatResponse(text=text, provider=provider.name, model=provider.model_id)
