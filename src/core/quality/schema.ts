import { z } from 'zod';
import { frameworkSchema } from '../protocol/score';
import { patternSpecSchema } from '../pycompat/pattern';

/** The shape of python/siza_ml/rules/quality_rules.json; parsed once, so a broken file fails loudly. */
export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

const count = z.number().int().min(0);

const ruleSchema = z.object({
  id: z.string().min(1),
  factor: z.string(),
  severity: severitySchema,
  message: z.string(),
  hint: z.string(),
  kind: z.enum(['match', 'absent']),
  frameworks: z.array(frameworkSchema),
  pattern: patternSpecSchema,
  require: z.array(patternSpecSchema).optional(),
  unless: z.array(patternSpecSchema).optional(),
  unless_code: z.array(patternSpecSchema).optional(),
  when: z.object({ pattern: patternSpecSchema, min_count: count.optional() }).optional(),
  // an id the match declares (capture group 1) that the rest of the code must refer to (`ref`, @ID@)
  unless_referenced: z.object({ capture: patternSpecSchema, ref: patternSpecSchema }).optional(),
});
export type RuleData = z.infer<typeof ruleSchema>;

const reportedRuleSchema = z.object({ id: z.string(), severity: severitySchema, message: z.string(), hint: z.string() });

export const qualityRulesSchema = z.object({
  fragments: z.record(z.string(), z.string()).optional(),
  frameworks: z.array(frameworkSchema),
  factors: z.array(
    z.object({ id: z.string(), label: z.string(), weight: z.number().positive(), requires_prompt: z.boolean().optional() }),
  ),
  scoring: z.object({
    max_score: z.number(),
    severity_penalty: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
    repeat_factor: z.number(),
    max_counted_matches: count,
    max_reports_per_rule: count,
    max_violations: count,
    round_digits: count,
  }),
  framework_detection: z.object({
    default: frameworkSchema,
    signals: z.partialRecord(frameworkSchema, z.array(patternSpecSchema)),
    order: z.array(frameworkSchema),
  }),
  prompt_adherence: z.object({
    min_word_length: count,
    full_marks_coverage: z.number().positive(),
    max_keywords: count,
    stopwords: z.array(z.string()),
    missing_rule: reportedRuleSchema,
    structure_rule: reportedRuleSchema,
    component_structure: z.record(z.string(), patternSpecSchema),
  }),
  confidence: z.object({
    min_printable_ratio: z.number(),
    garbage_confidence: z.number(),
    full_size_lines: z.number().positive(),
    size_floor: z.number(),
    signal_floor: z.number(),
    code_signals: z.array(patternSpecSchema).min(1),
  }),
  blend: z.object({ heuristic_weight: z.number(), llm_weight: z.number(), confidence_bonus: z.number() }),
  rules: z.array(ruleSchema),
});
export type QualityRulesData = z.infer<typeof qualityRulesSchema>;
