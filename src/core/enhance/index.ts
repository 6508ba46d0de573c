import type { EnhanceRequest, EnhanceResponse } from '../protocol/score';
import { enhance, rewriteVague as rewrite, type RuleEnhancement } from './enhancer';
import { enhancerRules } from './rules';

/**
 * The rules tier of POST /enhance: what the sidecar answers when no LLM is configured
 * (python/siza_ml/services/enhance/service.py), identical for the same request. Pure and sync.
 */
export function enhanceWithRules(req: EnhanceRequest): EnhanceResponse {
  const r = enhanceRules(req);
  return {
    enhanced: r.enhanced,
    additions: r.additions,
    source: 'rules',
    component_type: r.componentType,
    framework: r.framework,
    llm_error: null,
  };
}

/** The rules' full result, including the prompt after vague-word replacement alone. */
export function enhanceRules(req: EnhanceRequest): RuleEnhancement {
  return enhance(
    req.prompt,
    { componentType: req.component_type, framework: req.framework, style: req.style, mood: req.mood, industry: req.industry },
    enhancerRules(),
  );
}

/** Vague words made specific, whitespace collapsed: the start of every rules result. */
export function rewriteVague(prompt: string): string {
  return rewrite(prompt, enhancerRules());
}

export type { RuleEnhancement } from './enhancer';
export { buildEnhancerRules, enhancerRules, type EnhancerRules } from './rules';
