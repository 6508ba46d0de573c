"""An LLM rewrite of a prompt, accepted only when it is sane and keeps the original intent."""

import re

from ..llm import LlmError, Message
from ..scoring.ruleset import ruleset
from ..scoring.signals import prompt_keywords
from .rules import RuleEnhancement, enhancer_rules

ENHANCE_MAX_TOKENS = 320

SYSTEM = (
    "You rewrite short requests for UI components into one detailed, specific prompt for a code "
    "generator. Keep every requirement of the original request and add concrete details about "
    "layout, states, accessibility and responsiveness. Reply with the improved prompt only: no "
    "preamble, no code, no quotes."
)

# A worked example: small local models imitate a demonstrated answer better than a description.
EXAMPLE_USER = "Request: a login form\nImproved prompt:"
EXAMPLE_REPLY = (
    "A login form with email and password fields, each with a visible label; inline validation "
    "messages; a primary submit button with a loading state; a 'Forgot password?' link; visible "
    "keyboard focus styles; and a single-column layout that works from 320 px up."
)
# Below this share of distinct words a reply is a degenerate loop, not a prompt.
MIN_DISTINCT_WORD_RATIO = 0.35

# An opening fence with its optional language tag, or the closing fence.
_FENCE = re.compile(r"^```[\w-]*\n?|\n?```$")
_LABEL = re.compile(r"^(?:improved|enhanced|rewritten|new)?\s*prompt\s*:\s*", re.IGNORECASE)


def enhance_messages(
    prompt: str, rules: RuleEnhancement, context: dict[str, str | None]
) -> list[Message]:
    known = {k: v for k, v in context.items() if v}
    known.setdefault("framework", rules.framework)
    known.setdefault("component type", rules.component_type)
    lines = [f"Request: {prompt.strip()}"]
    lines += [f"{k.capitalize()}: {v}" for k, v in known.items() if v]
    if rules.additions:
        lines.append("Worth covering: " + "; ".join(rules.additions))
    lines.append("Improved prompt:")
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": EXAMPLE_USER},
        {"role": "assistant", "content": EXAMPLE_REPLY},
        {"role": "user", "content": "\n".join(lines)},
    ]


def clean_reply(reply: str) -> str:
    text = reply.strip()
    if text.startswith("```") and text.endswith("```") and len(text) > 6:
        text = _FENCE.sub("", text).strip()
    text = _LABEL.sub("", text).strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text


def validate_enhancement(original: str, reply: str) -> str:
    """The cleaned rewrite; LlmError says why it was rejected (the caller falls back to rules)."""
    cfg = enhancer_rules().llm
    text = clean_reply(reply)
    if not text:
        raise LlmError("LLM returned an empty prompt")
    grown = cfg["base_output_chars"] + cfg["max_growth_factor"] * len(original.strip())
    limit = min(cfg["max_output_chars"], grown)
    if len(text) > limit:
        raise LlmError(f"LLM prompt is too long ({len(text)} > {limit} characters)")
    if "```" in text or re.search(r"</?[a-z][\w-]*[\s/>][\s\S]*</[a-z]", text):
        raise LlmError("LLM returned code instead of a prompt")
    words = text.lower().split()
    if len(words) >= 20 and len(set(words)) / len(words) < MIN_DISTINCT_WORD_RATIO:
        raise LlmError("LLM prompt is repetitive")
    if " ".join(text.split()).lower() == " ".join(original.split()).lower():
        raise LlmError("LLM returned the prompt unchanged")
    keywords = prompt_keywords(original, ruleset())
    if keywords:
        lowered = text.lower()
        kept = [w for w in keywords if w in lowered or (w.endswith("s") and w[:-1] in lowered)]
        if len(kept) / len(keywords) < cfg["min_keyword_overlap"]:
            missing = ", ".join(w for w in keywords if w not in kept)
            raise LlmError(f"LLM prompt dropped the original intent (missing: {missing})")
    return text
