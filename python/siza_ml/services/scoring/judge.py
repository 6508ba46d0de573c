"""An LLM's 0-10 judgement of component code, and its blend with the heuristic score."""

from dataclasses import dataclass

from ..llm import LlmError, Message, extract_json_object, finite_number
from .ruleset import ruleset

# Enough code for a judgement and within a small model's context on a CPU.
MAX_CODE_CHARS_IN_PROMPT = 4000
MAX_NOTES_CHARS = 500
JUDGE_MAX_TOKENS = 120

SYSTEM = (
    "You are a strict senior front-end reviewer. Judge the UI component code for accessibility, "
    "semantics, responsiveness, maintainability, performance, security and styling. Reply with "
    'one JSON object and nothing else: {"score": <number from 0 to 10>, "notes": "<one sentence>"}'
)
# A worked example: small local models follow a shown format far better than a described one.
EXAMPLE_USER = (
    'Framework: html\n\nCode:\n```\n<div onclick="save()">Save</div>\n```\n\nJSON judgement:'
)
EXAMPLE_REPLY = '{"score": 4, "notes": "A clickable div is not keyboard accessible; use a button."}'


@dataclass(frozen=True)
class Judgement:
    score: float
    notes: str


def judge_messages(
    code: str, framework: str, prompt: str | None, component_type: str | None
) -> list[Message]:
    shown = code[:MAX_CODE_CHARS_IN_PROMPT]
    cut = "\n(code truncated)" if len(code) > len(shown) else ""
    context = [f"Framework: {framework}"]
    if component_type:
        context.append(f"Component type: {component_type}")
    if prompt:
        context.append(f"It was requested as: {prompt[:1000]}")
    user = "\n".join(context) + f"\n\nCode:\n```\n{shown}\n```{cut}\n\nJSON judgement:"
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": EXAMPLE_USER},
        {"role": "assistant", "content": EXAMPLE_REPLY},
        {"role": "user", "content": user},
    ]


def parse_judgement(reply: str) -> Judgement:
    """The first JSON object with a usable "score"; LlmError says what was wrong otherwise."""
    obj = extract_json_object(reply, lambda o: "score" in o)
    if obj is None:
        raise LlmError(f"LLM reply has no JSON object with a score: {_preview(reply)}")
    score = finite_number(obj["score"])
    if score is None or not 0.0 <= score <= 10.0:
        raise LlmError(f"LLM score {obj['score']!r} is not a number from 0 to 10")
    notes = obj.get("notes", "")
    notes = notes if isinstance(notes, str) else ""
    return Judgement(score=score, notes=" ".join(notes.split())[:MAX_NOTES_CHARS])


def blend(
    heuristic_score: float, heuristic_confidence: float, llm_score: float
) -> tuple[float, float]:
    """(score, confidence): the weighted mean of both scores; a second opinion adds confidence."""
    cfg = ruleset().blend
    weight_sum = cfg["heuristic_weight"] + cfg["llm_weight"]
    score = (cfg["heuristic_weight"] * heuristic_score + cfg["llm_weight"] * llm_score) / weight_sum
    confidence = min(1.0, heuristic_confidence + cfg["confidence_bonus"])
    digits = ruleset().scoring["round_digits"]
    return round(score, digits), round(confidence, 2)


def _preview(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "…")
