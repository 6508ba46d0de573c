import { pyMin, pyRound } from '../pycompat/builtins';
import type { RuleSet } from './ruleset';

/**
 * The heuristic score blended with an LLM's judgement: python/siza_ml/services/scoring/judge.py `blend`,
 * operation for operation, so a re-blend in TypeScript gives the sidecar's number to the last digit.
 */
export function blend(heuristicScore: number, heuristicConfidence: number, llmScore: number, rs: RuleSet): { score: number; confidence: number } {
  const cfg = rs.blend;
  const weightSum = cfg.heuristic_weight + cfg.llm_weight;
  const score = (cfg.heuristic_weight * heuristicScore + cfg.llm_weight * llmScore) / weightSum;
  const confidence = pyMin(1.0, heuristicConfidence + cfg.confidence_bonus);
  return { score: pyRound(score, rs.scoring.round_digits), confidence: pyRound(confidence, 2) };
}
