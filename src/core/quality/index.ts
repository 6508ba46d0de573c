import type { ScoreRequest, ScoreResponse } from '../protocol/score';
import { scoreCode } from './heuristics';
import { ruleset } from './ruleset';

/**
 * The heuristic tier of POST /score: what the sidecar answers when no LLM is configured
 * (python/siza_ml/services/scoring/service.py), identical for the same request. Pure and sync.
 */
export function scoreHeuristic(req: ScoreRequest): ScoreResponse {
  const h = scoreCode(req.code, ruleset(), req.framework ?? null, req.prompt ?? null, req.component_type ?? null);
  return {
    score: h.score,
    confidence: h.confidence,
    heuristic_score: h.score,
    framework: h.framework,
    factors: h.factors,
    violations: h.violations,
    source: 'heuristic',
    llm: null,
    llm_error: null,
  };
}

export { blend } from './blend';
export { explain, penalty, ruleHitCounts, scoreCode, type FactorResult, type HeuristicResult } from './heuristics';
export { buildRuleSet, ruleset, type RuleSet } from './ruleset';
export { promptKeywords } from './signals';
export { AXE_REFERENCES_VERSION, axeReferences } from './references';
