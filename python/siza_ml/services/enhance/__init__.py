"""Prompt enhancement: enhancer_rules.json applied by rules, optionally rewritten by an LLM."""

from .rules import RuleEnhancement, enhance_with_rules, rewrite_vague

__all__ = ["RuleEnhancement", "enhance_with_rules", "rewrite_vague"]
