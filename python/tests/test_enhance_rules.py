"""The rule-based enhancer against golden/enhance_cases.json (shared with the TypeScript tier),
and the checks an LLM rewrite must pass before it replaces the rules' result."""

import pytest

from siza_ml.rules import load_json
from siza_ml.services.enhance import enhance_with_rules, rewrite_vague
from siza_ml.services.enhance.llm import clean_reply, validate_enhancement
from siza_ml.services.llm import LlmError

CASES = load_json("golden/enhance_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case(case):
    given, expect = case["input"], case["expect"]
    result = enhance_with_rules(**given)
    assert rewrite_vague(given["prompt"]) == expect["rewritten"]
    assert result.rewritten == expect["rewritten"]
    assert result.enhanced.startswith(expect["rewritten"])
    for key in ("component_type", "framework"):
        if key in expect:
            assert getattr(result, key) == expect[key], key
    for text in expect.get("additions_include", []):
        assert any(text in a for a in result.additions), text
    for text in expect.get("additions_exclude", []):
        assert not any(text in a for a in result.additions), text
    for text in expect.get("enhanced_contains", []):
        assert text in result.enhanced
    for text in expect.get("enhanced_not_contains", []):
        assert text not in result.enhanced


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_enhanced_lists_exactly_the_additions(case):
    result = enhance_with_rules(**case["input"])
    assert len(result.additions) == len(set(result.additions)) <= 14
    if result.additions:
        bullets = "\n".join(f"- {a}" for a in result.additions)
        assert result.enhanced == f"{result.rewritten}\n\nRequirements:\n{bullets}"
    else:
        assert result.enhanced == result.rewritten


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("GOOD", "HIGH-QUALITY"),
        ("Good", "High-quality"),
        ("gOOD", "high-quality"),
        ("good.good,good", "high-quality.high-quality,high-quality"),
        ("goods goodness", "goods goodness"),
        ("so-good good2 _good", "so-good good2 _good"),
        ("Looks Good", "Looks polished"),
    ],
)
def test_vague_words_on_word_boundaries_with_case(prompt, expected):
    assert rewrite_vague(prompt) == expected


def test_replacements_are_never_rewritten_again():
    # "clean" becomes "minimal and uncluttered"; "simple" becomes "focused, minimal": one pass.
    assert rewrite_vague("clean and simple") == "minimal and uncluttered and focused, minimal"


ORIGINAL = "A pricing table with three tiers and a monthly toggle"


@pytest.mark.parametrize(
    "reply",
    [
        "Design a responsive pricing table with three tiers (Basic, Pro, Team), a monthly/annual "
        "toggle, highlighted recommended tier and accessible focus states.",
        'Improved prompt: "Build a pricing table with three tiers and a monthly billing toggle."',
        "```\nA pricing table with three tiers, a monthly toggle and clear feature lists.\n```",
        "```text\nA pricing table with three tiers, a monthly toggle and clear feature lists.\n```",
    ],
)
def test_llm_rewrite_accepted(reply):
    text = validate_enhancement(ORIGINAL, reply)
    assert text == clean_reply(reply)
    assert text.startswith(("Design", "Build", "A pricing"))


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("x" * 5000, "too long"),
        ("A hero banner for a bakery with a photo.", "dropped the original intent"),
        (ORIGINAL.upper(), "unchanged"),
        ("pricing table tiers monthly toggle\n```html\n<div></div>\n```", "code"),
        ("Pricing table, three tiers, monthly toggle: <div class='p'><span>x</span></div>", "code"),
        (ORIGINAL + ":\n" + "* 1.1.1: " * 40, "repetitive"),
    ],
)
def test_llm_rewrite_rejected(reply, reason):
    with pytest.raises(LlmError, match=reason):
        validate_enhancement(ORIGINAL, reply)
