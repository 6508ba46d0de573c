"""Component quality scoring: rule-based heuristics, optionally blended with an LLM judgement."""

from .heuristics import FactorResult, HeuristicResult, Violation, score_code

__all__ = ["FactorResult", "HeuristicResult", "Violation", "score_code"]
