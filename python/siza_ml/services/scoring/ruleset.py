"""quality_rules.json compiled once into typed, ready-to-run rules."""

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ...rules import compile_pattern, load_json

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
RULES_FILE = "quality_rules.json"


@dataclass(frozen=True)
class Rule:
    id: str
    factor: str
    severity: Severity
    message: str
    hint: str
    kind: Literal["match", "absent"]
    frameworks: frozenset[str]
    pattern: re.Pattern[str]
    require: tuple[re.Pattern[str], ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()
    unless_code: tuple[re.Pattern[str], ...] = ()
    when: re.Pattern[str] | None = None
    when_min_count: int = 1
    # an id the match declares (capture group 1) that the code must refer to (`ref`, with @ID@)
    unless_referenced: tuple[re.Pattern[str], dict[str, Any]] | None = None


@dataclass(frozen=True)
class Factor:
    id: str
    label: str
    weight: float
    requires_prompt: bool


@dataclass(frozen=True)
class RuleSet:
    factors: tuple[Factor, ...]
    rules: tuple[Rule, ...]
    frameworks: tuple[str, ...]
    scoring: dict[str, Any]
    detection: dict[str, list[re.Pattern[str]]]
    detection_order: tuple[str, ...]
    default_framework: str
    adherence: dict[str, Any]
    structure: dict[str, re.Pattern[str]]
    confidence: dict[str, Any]
    code_signals: tuple[re.Pattern[str], ...]
    blend: dict[str, float]


def _rule(raw: dict[str, Any], fragments: dict[str, str], factor_ids: set[str]) -> Rule:
    def many(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p, fragments) for p in raw.get(key, []))

    if raw["factor"] not in factor_ids:
        raise ValueError(f"rule {raw['id']}: unknown factor {raw['factor']!r}")
    if raw["severity"] not in SEVERITIES:
        raise ValueError(f"rule {raw['id']}: unknown severity {raw['severity']!r}")
    if raw["kind"] not in ("match", "absent"):
        raise ValueError(f"rule {raw['id']}: unknown kind {raw['kind']!r}")
    when = raw.get("when")
    ref = raw.get("unless_referenced")
    return Rule(
        id=raw["id"],
        factor=raw["factor"],
        severity=raw["severity"],
        message=raw["message"],
        hint=raw["hint"],
        kind=raw["kind"],
        frameworks=frozenset(raw["frameworks"]),
        pattern=compile_pattern(raw["pattern"], fragments),
        require=many("require"),
        unless=many("unless"),
        unless_code=many("unless_code"),
        when=compile_pattern(when["pattern"], fragments) if when else None,
        when_min_count=int(when.get("min_count", 1)) if when else 1,
        unless_referenced=(compile_pattern(ref["capture"], fragments), ref["ref"]) if ref else None,
    )


@cache
def ruleset() -> RuleSet:
    data = load_json(RULES_FILE)
    fragments: dict[str, str] = data.get("fragments", {})
    factors = tuple(
        Factor(f["id"], f["label"], float(f["weight"]), bool(f.get("requires_prompt", False)))
        for f in data["factors"]
    )
    factor_ids = {f.id for f in factors}
    rules = tuple(_rule(r, fragments, factor_ids) for r in data["rules"])
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate rule ids in quality_rules.json")
    detection = data["framework_detection"]
    adherence = data["prompt_adherence"]
    confidence = data["confidence"]
    return RuleSet(
        factors=factors,
        rules=rules,
        frameworks=tuple(data["frameworks"]),
        scoring=data["scoring"],
        detection={
            fw: [compile_pattern(p) for p in pats] for fw, pats in detection["signals"].items()
        },
        detection_order=tuple(detection["order"]),
        default_framework=detection["default"],
        adherence=adherence,
        structure={k: compile_pattern(p) for k, p in adherence["component_structure"].items()},
        confidence=confidence,
        code_signals=tuple(compile_pattern(p) for p in confidence["code_signals"]),
        blend={k: float(v) for k, v in data["blend"].items()},
    )
