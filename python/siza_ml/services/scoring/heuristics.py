"""The rule-based scorer: quality_rules.json applied to code. Pure, deterministic, no I/O after
the first load of the rules."""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ...rules import compile_pattern
from .references import Reference, table_reference
from .ruleset import Rule, RuleSet, ruleset
from .signals import adherence, confidence, detect_framework


@dataclass(frozen=True)
class Violation:
    rule: str
    factor: str
    severity: str
    message: str
    # 1-based line where the match starts; None for rules about something absent.
    line: int | None
    hint: str
    # The axe-core rule that checks the same thing (rules/axe_references.json), if there is one.
    reference: Reference | None = None


@dataclass(frozen=True)
class FactorResult:
    score: float
    weight: float
    explanation: str


@dataclass(frozen=True)
class HeuristicResult:
    score: float
    confidence: float
    framework: str
    factors: dict[str, FactorResult]
    violations: list[Violation] = field(default_factory=list)


def _line_of(starts: list[int], pos: int) -> int:
    return bisect_right(starts, pos)


def _gate_open(rule: Rule, code: str) -> bool:
    if rule.when is not None:
        count = 0
        for _ in rule.when.finditer(code):
            count += 1
            if count >= rule.when_min_count:
                break
        if count < rule.when_min_count:
            return False
    return not any(p.search(code) for p in rule.unless_code)


_PLAIN_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")


def _referenced(rule: Rule, text: str, code: str) -> bool:
    """Whether the id the match declares is referred to elsewhere in the code (a label's for=)."""
    if rule.unless_referenced is None:
        return False
    capture, ref = rule.unless_referenced
    m = capture.search(text)
    if m is None or m.group(1) is None or not _PLAIN_ID.match(m.group(1)):
        return False
    spec = {"regex": ref["regex"].replace("@ID@", m.group(1)), "flags": ref.get("flags", "")}
    return compile_pattern(spec).search(code) is not None


def _hits(rule: Rule, code: str, starts: list[int]) -> list[int | None]:
    """Lines of every violation of one rule (one None for an 'absent' rule that fires)."""
    if not _gate_open(rule, code):
        return []
    if rule.kind == "absent":
        return [] if rule.pattern.search(code) else [None]
    lines: list[int | None] = []
    for m in rule.pattern.finditer(code):
        text = m.group(0)
        if (
            all(r.search(text) for r in rule.require)
            and not any(u.search(text) for u in rule.unless)
            and not _referenced(rule, text, code)
        ):
            lines.append(_line_of(starts, m.start()))
    return lines


def _penalty(severity: str, count: int, rs: RuleSet) -> float:
    cfg = rs.scoring
    counted = min(count, cfg["max_counted_matches"])
    return cfg["severity_penalty"][severity] * (1 + cfg["repeat_factor"] * (counted - 1))


def _explain(violations: list[Violation], extra: str = "") -> str:
    if not violations:
        return extra or "No issues found."
    messages = list(dict.fromkeys(v.message for v in violations))
    more = f" (+{len(messages) - 3} more)" if len(messages) > 3 else ""
    text = f"{len(violations)} issue(s): " + "; ".join(messages[:3]) + more + "."
    return f"{extra} {text}" if extra else text


def _adherence_violations(
    code: str, prompt: str | None, component_type: str | None, rs: RuleSet
) -> tuple[float, list[Violation], str]:
    result = adherence(code, prompt, component_type, rs)
    cfg = rs.adherence
    found: list[Violation] = []
    score = result.coverage_score
    if result.missing and score < 10.0:
        r = cfg["missing_rule"]
        message = f"{r['message']}: {', '.join(result.missing[:6])}"
        found.append(
            Violation(r["id"], "prompt_adherence", r["severity"], message, None, r["hint"])
        )
    if result.structure_ok is False:
        r = cfg["structure_rule"]
        message = f"{r['message']} ({component_type})"
        found.append(
            Violation(r["id"], "prompt_adherence", r["severity"], message, None, r["hint"])
        )
        score -= _penalty(r["severity"], 1, rs)
    covered = len(result.keywords) - len(result.missing)
    summary = f"Covers {covered} of {len(result.keywords)} key terms of the prompt."
    return max(0.0, score), found, summary if result.keywords else ""


def score_code(
    code: str,
    framework: str | None = None,
    prompt: str | None = None,
    component_type: str | None = None,
) -> HeuristicResult:
    rs = ruleset()
    fw = framework or detect_framework(code, rs)
    starts = [0] + [i + 1 for i, c in enumerate(code) if c == "\n"]
    cfg = rs.scoring
    max_score = float(cfg["max_score"])
    digits = cfg["round_digits"]

    wants_adherence = bool((prompt or "").strip() or (component_type or "").strip())
    active = [f for f in rs.factors if wants_adherence or not f.requires_prompt]
    total_weight = sum(f.weight for f in active)
    penalties = {f.id: 0.0 for f in active}
    per_factor: dict[str, list[Violation]] = {f.id: [] for f in active}
    for rule in rs.rules:
        if fw not in rule.frameworks or rule.factor not in penalties:
            continue
        lines = _hits(rule, code, starts)
        if not lines:
            continue
        penalties[rule.factor] += _penalty(rule.severity, len(lines), rs)
        reference = table_reference(rule.id)
        per_factor[rule.factor].extend(
            Violation(rule.id, rule.factor, rule.severity, rule.message, line, rule.hint, reference)
            for line in lines[: cfg["max_reports_per_rule"]]
        )

    factors: dict[str, FactorResult] = {}
    overall = 0.0
    for f in active:
        extra = ""
        if f.requires_prompt:
            raw, found, extra = _adherence_violations(code, prompt, component_type, rs)
            per_factor[f.id].extend(found)
        else:
            raw = max_score
        value = min(max_score, max(0.0, raw - penalties[f.id]))
        weight = f.weight / total_weight
        overall += weight * value
        factors[f.id] = FactorResult(
            round(value, digits), round(weight, 4), _explain(per_factor[f.id], extra)
        )

    violations = [v for f in active for v in per_factor[f.id]][: cfg["max_violations"]]
    return HeuristicResult(
        score=round(overall, digits),
        confidence=confidence(code, rs),
        framework=fw,
        factors=factors,
        violations=violations,
    )
