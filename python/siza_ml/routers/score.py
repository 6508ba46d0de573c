"""POST /score: heuristic quality score of component code, blended with an LLM when configured."""

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError

from ..config import Settings
from ..schemas.score import MAX_CODE_CHARS, ScoreRequest, ScoreResponse
from ..services.scoring.references import nearest_axe_rule
from ..services.scoring.service import score

router = APIRouter(tags=["score"])


def code_limit(settings: Settings) -> int:
    """Code is a whole file, so it may be several texts long; the schema's cap still holds."""
    return max(1, min(MAX_CODE_CHARS, settings.max_text_chars * 5))


@router.post("/score")
async def score_code(body: ScoreRequest, request: Request) -> ScoreResponse:
    state = request.app.state
    limit = code_limit(state.settings)
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
    return await score(body, state.workers, state.llm, nearest_axe_rule(state))
