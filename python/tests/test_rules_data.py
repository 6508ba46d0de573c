"""The rule files are shared with the TypeScript tier: every regex must mean the same in Python
`re` and JavaScript RegExp, and every reference between the files must resolve."""

import json
import re
import subprocess
from typing import Any

import pytest

from siza_ml.rules import GOLDEN_DIR, compile_pattern, expand, load_json
from siza_ml.services.enhance.rules import enhancer_rules
from siza_ml.services.scoring.ruleset import ruleset

QUALITY = load_json("quality_rules.json")
ENHANCER = load_json("enhancer_rules.json")
FRAGMENTS: dict[str, str] = QUALITY["fragments"]
# Syntax one of the two engines lacks or reads differently.
NOT_PORTABLE = [
    (r"\(\?<[=!]", "lookbehind"),
    (r"\(\?P?<\w", "named group"),
    (r"\(\?[aiLmsux-]+[):]", "inline flags"),
    (r"\(\?>", "atomic group"),
    (r"[*+?}]\+", "possessive quantifier"),
    (r"\\[AZz]", "Python-only anchor"),
    (r"(?:^|[^\\])\[\^?\]", "empty class"),
    (r"\\[pP]\{", "unicode property"),
]


def _patterns(node: Any, where: str = "") -> list[tuple[str, dict[str, str]]]:
    """Every {"regex", "flags"} object anywhere in a rules document, with its JSON path."""
    if isinstance(node, dict):
        if "regex" in node:
            return [(where, node)]
        return [p for k, v in node.items() for p in _patterns(v, f"{where}.{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _patterns(v, f"{where}[{i}]")]
    return []


PATTERNS = _patterns(QUALITY) + _patterns(ENHANCER)


def test_there_are_patterns_to_check():
    assert len(PATTERNS) > 60


@pytest.mark.parametrize(("where", "spec"), PATTERNS, ids=[w for w, _ in PATTERNS])
def test_pattern_is_portable_and_compiles(where, spec):
    regex = expand(spec["regex"], FRAGMENTS)
    for bad, name in NOT_PORTABLE:
        assert not re.search(bad, regex), f"{where}: {name} is not portable: {regex}"
    assert set(spec.get("flags", "")) <= set("ims")
    compiled = compile_pattern(spec, FRAGMENTS)
    # A pattern that can match nothing would loop forever in a JS global-match loop.
    assert compiled.fullmatch("") is None, f"{where} matches the empty string"


def test_every_pattern_compiles_in_javascript():
    specs = [
        {"where": w, "regex": expand(s["regex"], FRAGMENTS), "flags": s.get("flags", "")}
        for w, s in PATTERNS
    ]
    script = (
        "const specs = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const bad = [];"
        "for (const s of specs) { try { new RegExp(s.regex, s.flags + 'g'); }"
        " catch (e) { bad.push(s.where + ': ' + e.message); } }"
        "console.log(JSON.stringify(bad));"
    )
    result = subprocess.run(
        ["node", "-e", script],  # noqa: S607 - node from PATH is the point of this test
        input=json.dumps(specs),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == []


def test_quality_rules_are_consistent():
    rs = ruleset()
    factor_ids = [f.id for f in rs.factors]
    assert len(factor_ids) == len(set(factor_ids))
    assert abs(sum(f.weight for f in rs.factors) - 1.0) < 1e-9
    assert {r.factor for r in rs.rules} <= set(factor_ids) - {"prompt_adherence"}
    for rule in rs.rules:
        assert rule.frameworks <= set(rs.frameworks), rule.id
        assert rule.message and rule.hint, rule.id
    # Every non-adherence factor has rules, or its score could never move.
    assert {r.factor for r in rs.rules} == set(factor_ids) - {"prompt_adherence"}
    assert set(rs.detection_order) == set(rs.frameworks) - {rs.default_framework}


def test_enhancer_rules_are_consistent():
    rules = enhancer_rules()
    words = [v["word"].lower() for v in ENHANCER["vague_words"]]
    assert len(words) == len(set(words))
    for table, entries in rules.tables.items():
        ids = [e.id for e in entries]
        assert len(ids) == len(set(ids)), table
        assert all(e.hints for e in entries), table
    assert {e.id for e in rules.tables["frameworks"]} == set(QUALITY["frameworks"])
    assert ENHANCER["limits"]["max_prompt_chars"] == 4000


def test_golden_files_only_name_existing_rules():
    known = {r.id for r in ruleset().rules}
    adherence = QUALITY["prompt_adherence"]
    known |= {adherence["missing_rule"]["id"], adherence["structure_rule"]["id"]}
    cases = load_json("golden/score_cases.json")["cases"]
    assert len(cases) >= 12
    for case in cases:
        expect = case["expect"]
        named = (
            set(expect["rules_present"])
            | set(expect["rules_absent"])
            | set(expect.get("lines", {}))
        )
        assert named <= known, (case["id"], named - known)
    assert len(load_json("golden/enhance_cases.json")["cases"]) >= 10
    assert GOLDEN_DIR.is_dir()
