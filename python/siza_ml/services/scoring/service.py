"""POST /score's work: heuristics always (in the CPU workers), an LLM judgement when one is
configured, and a response whose `source` says which of them produced the score."""

import logging
from dataclasses import asdict

from ...schemas.score import (
    AxeReference,
    FactorScore,
    LlmJudgement,
    ScoreRequest,
    ScoreResponse,
    Violation,
)
from ..llm import LlmError, LlmService
from ..workers import CpuWorkers
from .heuristics import HeuristicResult, score_code
from .judge import JUDGE_MAX_TOKENS, blend, judge_messages, parse_judgement
from .references import NearestAxeRule

log = logging.getLogger("siza_ml.scoring")


def _response(h: HeuristicResult) -> ScoreResponse:
    return ScoreResponse(
        score=h.score,
        confidence=h.confidence,
        heuristic_score=h.score,
        framework=h.framework,  # type: ignore[arg-type]  # one of the rules' frameworks
        factors={k: FactorScore(**asdict(f)) for k, f in h.factors.items()},
        violations=[Violation(**asdict(v)) for v in h.violations],  # type: ignore[arg-type]
        source="heuristic",
    )


async def _cite_nearest(response: ScoreResponse, nearest: NearestAxeRule) -> None:
    found = await nearest.references(response.violations)
    for v in response.violations:
        if v.reference is None and v.rule in found:
            v.reference = AxeReference(**asdict(found[v.rule]))


async def score(
    req: ScoreRequest,
    workers: CpuWorkers,
    llm: LlmService,
    nearest: NearestAxeRule | None = None,
) -> ScoreResponse:
    h = await workers.run(score_code, req.code, req.framework, req.prompt, req.component_type)
    response = _response(h)
    if nearest is not None:
        await _cite_nearest(response, nearest)
    if not llm.configured:
        return response
    messages = judge_messages(req.code, h.framework, req.prompt, req.component_type)
    try:
        reply = await llm.chat(messages, max_tokens=JUDGE_MAX_TOKENS, temperature=0.0)
        judgement = await workers.run(parse_judgement, reply)
    except LlmError as exc:
        log.info("LLM judgement not used: %s", exc)
        response.llm_error = str(exc)
        return response
    response.score, response.confidence = blend(h.score, h.confidence, judgement.score)
    response.source = "heuristic+llm"
    response.llm = LlmJudgement(
        provider=llm.name or "?", score=judgement.score, notes=judgement.notes
    )
    return response
