"""The axe-core rule a violation cites: the static table (rules/axe_references.json, both
tiers) and, in the sidecar only, the nearest rule of the ingested `axe-rules` collection."""

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from ...rules import load_json

if TYPE_CHECKING:
    from ..vectors.service import VectorService

log = logging.getLogger("siza_ml.scoring")

REFERENCES_FILE = "axe_references.json"
AXE_COLLECTION = "axe-rules"
# Only the accessibility factor's rules have axe-core counterparts.
A11Y_FACTOR = "accessibility"
# all-MiniLM-L6-v2 cosine below which the nearest axe rule is not cited. Measured on axe-core
# 4.14.1: a11y/dialog-role -> aria-dialog-name 0.69 (cited); a11y/anchor-no-href -> skip-link 0.55
# and a11y/click-non-interactive -> tabindex 0.50 (wrong, left out).
MIN_SIMILARITY = 0.6
# A score never waits long for a citation: past this, the violation goes without one.
LOOKUP_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class Reference:
    id: str
    help: str
    url: str
    # "table": axe_references.json says so; "nearest": the closest axe rule by embedding.
    match: Literal["table", "nearest"] = "table"


@cache
def table() -> dict[str, Reference]:
    data = load_json(REFERENCES_FILE)
    return {
        rule: Reference(ref["id"], ref["help"], ref["url"])
        for rule, ref in data["references"].items()
    }


def table_reference(rule_id: str) -> Reference | None:
    return table().get(rule_id)


def reference_text(message: str, hint: str) -> str:
    """What a violation without a table entry is embedded as, to find its nearest axe rule."""
    return f"{message}. {hint}"


class NearestAxeRule:
    """Cites the closest ingested axe rule for accessibility violations the table leaves out.

    Per rule id the answer is cached (a rule's message and hint never change); an ingestion of the
    axe rules calls `reset()`. Scoring never loads the embedding model for this: until the model is
    loaded, violations simply go without a nearest reference.
    """

    def __init__(self, vectors: "VectorService", embeddings: Any) -> None:
        self.vectors, self.embeddings = vectors, embeddings
        self._cache: dict[str, Reference | None] = {}
        # Bumped by reset(): a lookup that straddles an ingestion does not cache its answer.
        self._generation = 0

    def reset(self) -> None:
        self._cache.clear()
        self._generation += 1

    def _ready(self) -> bool:
        loaded = getattr(self.embeddings, "loaded", False)
        return bool(loaded) and AXE_COLLECTION in self.vectors.store.names()

    async def _lookup(self, message: str, hint: str) -> Reference | None:
        from ..vectors.store import VectorStoreError

        try:
            hits, _ = await self.vectors.search(
                AXE_COLLECTION, None, reference_text(message, hint), 1, None
            )
        except VectorStoreError as e:
            log.info("nearest axe rule not found: %s", e)
            return None
        if not hits or hits[0].score < MIN_SIMILARITY:
            return None
        meta = hits[0].metadata
        rule_id, help_text, url = meta.get("id"), meta.get("help"), meta.get("url")
        if not all(isinstance(x, str) and x for x in (rule_id, help_text, url)):
            return None
        return Reference(rule_id, help_text, url, "nearest")  # type: ignore[arg-type]

    async def references(self, violations: Iterable[Any]) -> dict[str, Reference]:
        """Rule id -> nearest reference, for the accessibility violations without a reference."""
        wanted = {v.rule: v for v in violations if v.factor == A11Y_FACTOR and v.reference is None}
        if not wanted or not self._ready():
            return {}
        missing = [v for rule, v in wanted.items() if rule not in self._cache]

        generation = self._generation
        fresh: dict[str, Reference | None] = {}

        async def fill() -> None:
            for v in missing:
                fresh[v.rule] = await self._lookup(v.message, v.hint)
                if generation == self._generation:
                    self._cache[v.rule] = fresh[v.rule]

        try:
            await asyncio.wait_for(fill(), LOOKUP_TIMEOUT_S)
        except asyncio.TimeoutError:
            log.info("nearest axe rule lookup past %.1f s; scored without it", LOOKUP_TIMEOUT_S)
        found = {rule: fresh.get(rule, self._cache.get(rule)) for rule in wanted}
        return {rule: ref for rule, ref in found.items() if ref is not None}


def nearest_axe_rule(state: Any) -> NearestAxeRule:
    """The app's one NearestAxeRule, made on first use (shared by scoring and ingestion)."""
    found = getattr(state, "axe_nearest", None)
    if found is None:
        found = state.axe_nearest = NearestAxeRule(state.vectors, state.embeddings)
    return found
