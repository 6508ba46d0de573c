"""What the code is (framework, how code-like) and how well it follows the prompt."""

import re
from dataclasses import dataclass

from .ruleset import RuleSet

_WORD = re.compile(r"[a-z][a-z0-9-]*", re.ASCII)


def detect_framework(code: str, rs: RuleSet) -> str:
    """The framework with the most matching signals; ties go to the earlier one in `order`."""
    best, best_hits = rs.default_framework, 0
    for fw in rs.detection_order:
        hits = sum(1 for p in rs.detection[fw] if p.search(code))
        if hits > best_hits:
            best, best_hits = fw, hits
    return best


def _printable_ratio(code: str) -> float:
    ok = sum(
        1 for c in code if c in "\t\n\r" or 32 <= ord(c) < 127 or (ord(c) >= 160 and c != "\ufffd")
    )
    return ok / len(code)


def confidence(code: str, rs: RuleSet) -> float:
    """How much the heuristics can be trusted: needs enough lines of something that is code."""
    if not code.strip():
        return 0.0
    cfg = rs.confidence
    if _printable_ratio(code) < cfg["min_printable_ratio"]:
        return float(cfg["garbage_confidence"])
    lines = sum(1 for line in code.splitlines() if line.strip())
    size = min(1.0, lines / cfg["full_size_lines"])
    signals = sum(1 for p in rs.code_signals if p.search(code)) / len(rs.code_signals)
    size_floor, signal_floor = cfg["size_floor"], cfg["signal_floor"]
    value = (size_floor + (1 - size_floor) * size) * (signal_floor + (1 - signal_floor) * signals)
    return round(value, 2)


def prompt_keywords(prompt: str, rs: RuleSet) -> list[str]:
    cfg = rs.adherence
    stop = set(cfg["stopwords"])
    seen: list[str] = []
    for word in _WORD.findall(prompt.lower()):
        word = word.strip("-")
        if len(word) >= cfg["min_word_length"] and word not in stop and word not in seen:
            seen.append(word)
    return seen[: cfg["max_keywords"]]


@dataclass(frozen=True)
class Adherence:
    keywords: list[str]
    missing: list[str]
    # 0-10 before any structure penalty.
    coverage_score: float
    # None: no expectation for this component type (or none given).
    structure_ok: bool | None


def adherence(code: str, prompt: str | None, component_type: str | None, rs: RuleSet) -> Adherence:
    """Keyword coverage (a plural also counts via its singular) and the type's expected element."""
    lowered = code.lower()
    keywords = prompt_keywords(prompt or "", rs)

    def present(word: str) -> bool:
        return word in lowered or (word.endswith("s") and word[:-1] in lowered)

    missing = [w for w in keywords if not present(w)]
    coverage = 1.0 if not keywords else (len(keywords) - len(missing)) / len(keywords)
    full = rs.adherence["full_marks_coverage"]
    pattern = rs.structure.get((component_type or "").strip().lower())
    return Adherence(
        keywords=keywords,
        missing=missing,
        coverage_score=10.0 * min(1.0, coverage / full),
        structure_ok=None if pattern is None else bool(pattern.search(code)),
    )
