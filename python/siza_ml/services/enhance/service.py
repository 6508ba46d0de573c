"""POST /enhance's work: the rules always run (fast, and the fallback); an LLM rewrite is used
when a provider is configured and its output passes validation."""

import logging

from ...schemas.enhance import EnhanceRequest, EnhanceResponse
from ..llm import LlmError, LlmService
from ..workers import CpuWorkers
from .llm import ENHANCE_MAX_TOKENS, enhance_messages, validate_enhancement
from .rules import enhance_with_rules

log = logging.getLogger("siza_ml.enhance")


async def enhance(req: EnhanceRequest, workers: CpuWorkers, llm: LlmService) -> EnhanceResponse:
    rules = await workers.run(
        enhance_with_rules,
        req.prompt,
        req.component_type,
        req.framework,
        req.style,
        req.mood,
        req.industry,
    )
    response = EnhanceResponse(
        enhanced=rules.enhanced,
        additions=rules.additions,
        source="rules",
        component_type=rules.component_type,
        framework=rules.framework,  # type: ignore[arg-type]  # ids of enhancer_rules.json
    )
    if not llm.configured:
        return response
    context = {"style": req.style, "mood": req.mood, "industry": req.industry}
    try:
        reply = await llm.chat(
            enhance_messages(req.prompt, rules, context),
            max_tokens=ENHANCE_MAX_TOKENS,
            temperature=0.2,
        )
        text = await workers.run(validate_enhancement, req.prompt, reply)
    except LlmError as exc:
        log.info("LLM rewrite not used: %s", exc)
        response.llm_error = str(exc)
        return response
    response.enhanced, response.additions, response.source = text, [], "llm"
    return response
