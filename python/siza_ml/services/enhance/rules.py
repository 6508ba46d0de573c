"""Rule-based prompt enhancement from enhancer_rules.json: vague words made specific, then
requirements for the framework, component type, style, mood, industry and the basics."""

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...rules import compile_pattern, load_json

RULES_FILE = "enhancer_rules.json"
CATEGORIES = ("styles", "moods", "industries")


@dataclass(frozen=True)
class Entry:
    id: str
    finder: re.Pattern[str]
    hints: tuple[str, ...]


@dataclass(frozen=True)
class EnhancerRules:
    vague: re.Pattern[str]
    replacements: dict[str, str]
    tables: dict[str, tuple[Entry, ...]]
    general: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    custom: dict[str, str]
    template: dict[str, str]
    limits: dict[str, int]
    llm: dict[str, Any]


@dataclass(frozen=True)
class RuleEnhancement:
    enhanced: str
    rewritten: str
    additions: list[str]
    component_type: str | None
    framework: str | None


def whole_words(words: list[str], word_chars: str) -> re.Pattern[str]:
    """Group 2 is the word; group 1 the character before it, kept (no lookbehind in JS)."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        f"(^|[^{word_chars}])({alternation})(?![{word_chars}])", re.IGNORECASE | re.ASCII
    )


@cache
def enhancer_rules() -> EnhancerRules:
    data = load_json(RULES_FILE)
    chars = data["word_chars"]
    replacements = {v["word"].lower(): v["replacement"] for v in data["vague_words"]}
    tables = {
        name: tuple(
            Entry(e["id"], whole_words(e["keywords"] + [e["id"]], chars), tuple(e["hints"]))
            for e in data[name]
        )
        for name in ("component_types", "frameworks", *CATEGORIES)
    }
    general = tuple((compile_pattern(g["skip_if"]), tuple(g["hints"])) for g in data["general"])
    return EnhancerRules(
        vague=whole_words(list(replacements), chars),
        replacements=replacements,
        tables=tables,
        general=general,
        custom=data["custom"],
        template=data["template"],
        limits=data["limits"],
        llm=data["llm"],
    )


def _cased(replacement: str, original: str) -> str:
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def normalise(prompt: str) -> str:
    return " ".join(prompt.split())


def rewrite_vague(prompt: str) -> str:
    """One pass, longest phrase first, so a replacement is never rewritten again."""
    rules = enhancer_rules()

    def sub(m: re.Match[str]) -> str:
        return m.group(1) + _cased(rules.replacements[m.group(2).lower()], m.group(2))

    return rules.vague.sub(sub, normalise(prompt))


def _find(table: tuple[Entry, ...], text: str) -> Entry | None:
    """The entry mentioned earliest in the text; ties go to the earlier entry in the file."""
    best: tuple[int, int, Entry] | None = None
    for order, entry in enumerate(table):
        m = entry.finder.search(text)
        if m and (best is None or (m.start(2), order) < best[:2]):
            best = (m.start(2), order, entry)
    return best[2] if best else None


def _resolve(
    table: tuple[Entry, ...], requested: str | None, prompt: str
) -> tuple[Entry | None, str | None]:
    """A requested value (its id or one of its keywords) wins; else what the prompt mentions.
    Returns the entry, or for an unknown requested value None and that value."""
    if requested and requested.strip():
        value = normalise(requested)
        entry = _find(table, value)
        return (entry, None) if entry else (None, value)
    return _find(table, prompt), None


def enhance_with_rules(
    prompt: str,
    component_type: str | None = None,
    framework: str | None = None,
    style: str | None = None,
    mood: str | None = None,
    industry: str | None = None,
) -> RuleEnhancement:
    rules = enhancer_rules()
    original = normalise(prompt)
    rewritten = rewrite_vague(prompt)
    lowered = original.lower()
    additions: list[str] = []

    def add(hints: tuple[str, ...] | list[str]) -> None:
        for hint in hints:
            if hint not in additions and hint.lower() not in lowered:
                additions.append(hint)

    resolved: dict[str, str | None] = {}
    requested = {
        "frameworks": (framework, None),
        "component_types": (component_type, "component_type"),
        "styles": (style, "style"),
        "moods": (mood, "mood"),
        "industries": (industry, "industry"),
    }
    for table, (value, custom_key) in requested.items():
        entry, unknown = _resolve(rules.tables[table], value, original)
        resolved[table] = entry.id if entry else unknown
        if entry:
            add(entry.hints)
        elif unknown and custom_key:
            add(
                [rules.custom[custom_key].format(value=unknown[: rules.limits["max_option_chars"]])]
            )
    for skip_if, hints in rules.general:
        if not skip_if.search(original):
            add(hints)

    additions = additions[: rules.limits["max_additions"]]
    t = rules.template
    body = "\n".join(t["bullet"] + a for a in additions)
    enhanced = f"{rewritten}{t['separator']}{t['header']}\n{body}" if additions else rewritten
    return RuleEnhancement(
        enhanced=enhanced,
        rewritten=rewritten,
        additions=additions,
        component_type=resolved["component_types"],
        framework=resolved["frameworks"],
    )
