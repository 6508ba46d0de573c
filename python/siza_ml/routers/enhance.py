"""POST /enhance: a prompt made specific by rules, or rewritten by an LLM when configured."""

from fastapi import APIRouter, Request

from ..schemas.enhance import EnhanceRequest, EnhanceResponse
from ..services.enhance.service import enhance

router = APIRouter(tags=["enhance"])


@router.post("/enhance")
async def enhance_prompt(body: EnhanceRequest, request: Request) -> EnhanceResponse:
    state = request.app.state
    return await enhance(body, state.workers, state.llm)
