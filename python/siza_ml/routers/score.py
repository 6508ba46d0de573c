"""POST /score: heuristic quality score of component code, blended with an LLM when configured."""

from fastapi import APIRouter
from fastapi.exceptions import RequestValidationError

from ..config import Settings
from ..deps import LlmDep, NearestAxeRuleDep, SettingsDep, WorkersDep
from ..schemas.score import MAX_CODE_CHARS, ScoreRequest, ScoreResponse
from ..services.scoring.service import score

router = APIRouter(tags=["score"])


def code_limit(settings: Settings) -> int:
    """Code is a whole file, so it may be several texts long; the schema's cap still holds."""
    return max(1, min(MAX_CODE_CHARS, settings.max_text_chars * 5))


@router.post("/score")
async def score_code(
    body: ScoreRequest,
    settings: SettingsDep,
    workers: WorkersDep,
    llm: LlmDep,
    nearest: NearestAxeRuleDep,
) -> ScoreResponse:
    limit = code_limit(settings)
    if len(body.code) > limit:
        # Same 422 shape as the schema's own max_length error, so clients parse one format.
        raise RequestValidationError(
            [
                {
                    "type": "string_too_long",
                    "loc": ("body", "code"),
                    "msg": f"String should have at most {limit} characters",
                    "input": None,
                    "ctx": {"max_length": limit},
                }
            ]
        )
    return await score(body, workers, llm, nearest)
