"""POST /enhance: a prompt made specific by rules, or rewritten by an LLM when configured."""

from fastapi import APIRouter

from ..deps import LlmDep, WorkersDep
from ..schemas.enhance import EnhanceRequest, EnhanceResponse
from ..services.enhance.service import enhance

router = APIRouter(tags=["enhance"])


@router.post("/enhance")
async def enhance_prompt(body: EnhanceRequest, workers: WorkersDep, llm: LlmDep) -> EnhanceResponse:
    return await enhance(body, workers, llm)
