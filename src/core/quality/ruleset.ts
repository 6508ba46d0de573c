import type { Framework } from '../frameworks';
import rulesJson from '../../../python/siza_ml/rules/quality_rules.json';
import { compilePattern, type PatternSpec, type RulePattern } from '../pycompat/pattern';
import { qualityRulesSchema, type QualityRulesData, type RuleData, type Severity } from './schema';

/** quality_rules.json validated and compiled once (python/siza_ml/services/scoring/ruleset.py). */
export interface Rule {
  id: string;
  factor: string;
  severity: Severity;
  message: string;
  hint: string;
  kind: 'match' | 'absent';
  frameworks: ReadonlySet<Framework>;
  pattern: RulePattern;
  require: readonly RulePattern[];
  unless: readonly RulePattern[];
  unlessCode: readonly RulePattern[];
  when: RulePattern | null;
  whenMinCount: number;
  unlessReferenced: { capture: RulePattern; ref: PatternSpec } | null;
}

export interface Factor {
  id: string;
  label: string;
  weight: number;
  requiresPrompt: boolean;
}

export interface RuleSet {
  factors: readonly Factor[];
  rules: readonly Rule[];
  scoring: QualityRulesData['scoring'];
  detection: ReadonlyMap<Framework, readonly RulePattern[]>;
  detectionOrder: readonly Framework[];
  defaultFramework: Framework;
  adherence: QualityRulesData['prompt_adherence'];
  // A Map, not an object: a component type such as "constructor" must not find Object.prototype.
  structure: ReadonlyMap<string, RulePattern>;
  stopwords: ReadonlySet<string>;
  confidence: QualityRulesData['confidence'];
  codeSignals: readonly RulePattern[];
  blend: QualityRulesData['blend'];
}

function compileRule(raw: RuleData, fragments: Record<string, string>, factorIds: Set<string>): Rule {
  const many = (specs: PatternSpec[] | undefined) => (specs ?? []).map((p) => compilePattern(p, fragments));
  if (!factorIds.has(raw.factor)) throw new Error(`rule ${raw.id}: unknown factor ${JSON.stringify(raw.factor)}`);
  return {
    id: raw.id,
    factor: raw.factor,
    severity: raw.severity,
    message: raw.message,
    hint: raw.hint,
    kind: raw.kind,
    frameworks: new Set(raw.frameworks),
    pattern: compilePattern(raw.pattern, fragments),
    require: many(raw.require),
    unless: many(raw.unless),
    unlessCode: many(raw.unless_code),
    when: raw.when ? compilePattern(raw.when.pattern, fragments) : null,
    whenMinCount: raw.when?.min_count ?? 1,
    unlessReferenced: raw.unless_referenced ? { capture: compilePattern(raw.unless_referenced.capture, fragments), ref: raw.unless_referenced.ref } : null,
  };
}

/** Builds a RuleSet from (already parsed) JSON; throws with the offending path when it is malformed. */
export function buildRuleSet(json: unknown): RuleSet {
  const data = qualityRulesSchema.parse(json);
  const fragments = data.fragments ?? {};
  const factors = data.factors.map((f) => ({ id: f.id, label: f.label, weight: f.weight, requiresPrompt: f.requires_prompt ?? false }));
  const factorIds = new Set(factors.map((f) => f.id));
  const rules = data.rules.map((r) => compileRule(r, fragments, factorIds));
  if (new Set(rules.map((r) => r.id)).size !== rules.length) throw new Error('duplicate rule ids in quality_rules.json');
  const detection = new Map<Framework, RulePattern[]>();
  for (const fw of data.framework_detection.order) {
    const signals = data.framework_detection.signals[fw];
    if (!signals) throw new Error(`quality_rules.json: no detection signals for ${fw}`);
    detection.set(fw, signals.map((p) => compilePattern(p)));
  }
  const adherence = data.prompt_adherence;
  return {
    factors,
    rules,
    scoring: data.scoring,
    detection,
    detectionOrder: data.framework_detection.order,
    defaultFramework: data.framework_detection.default,
    adherence,
    structure: new Map(Object.entries(adherence.component_structure).map(([k, p]) => [k, compilePattern(p)])),
    stopwords: new Set(adherence.stopwords),
    confidence: data.confidence,
    codeSignals: data.confidence.code_signals.map((p) => compilePattern(p)),
    blend: data.blend,
  };
}

let cached: RuleSet | undefined;

/** The shipped rules, validated and compiled on first use. */
export function ruleset(): RuleSet {
  cached ??= buildRuleSet(rulesJson);
  return cached;
}
