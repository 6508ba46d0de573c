import { FRAMEWORKS, type Framework } from '../frameworks';
import { z } from 'zod';
import { IMPACTS } from '../a11y/finding';

/** POST /score and /enhance (python/siza_ml/schemas/score.py, enhance.py). */
export const frameworkSchema = z.enum(FRAMEWORKS);

export interface ScoreRequest {
  code: string;
  prompt?: string;
  component_type?: string;
  framework?: Framework;
}

/** The axe-core rule a violation corresponds to: from rules/axe_references.json ('table') or, on the sidecar, the nearest ingested one ('nearest'). */
export const axeReferenceSchema = z.object({
  id: z.string(),
  help: z.string(),
  url: z.string(),
  match: z.enum(['table', 'nearest']),
});
export type AxeReference = z.infer<typeof axeReferenceSchema>;

export const violationSchema = z.object({
  rule: z.string(),
  factor: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().nullable(),
  hint: z.string(),
  // absent when the rule has no axe-core counterpart
  reference: axeReferenceSchema.optional(),
  // set on the host for an accessibility analyser's finding (core/a11y/merge.ts); the sidecar never sends it
  impact: z.enum(IMPACTS).optional(),
});
export type Violation = z.infer<typeof violationSchema>;

export const scoreResponseSchema = z.object({
  score: z.number().min(0).max(10),
  confidence: z.number().min(0).max(1),
  heuristic_score: z.number(),
  framework: frameworkSchema,
  factors: z.record(z.string(), z.object({ score: z.number(), weight: z.number(), explanation: z.string() })),
  violations: z.array(violationSchema),
  source: z.enum(['heuristic', 'heuristic+llm']),
  llm: z.object({ provider: z.string(), score: z.number(), notes: z.string() }).nullable(),
  llm_error: z.string().nullable(),
});
export type ScoreResponse = z.infer<typeof scoreResponseSchema>;

export interface EnhanceRequest {
  prompt: string;
  component_type?: string;
  framework?: Framework;
  style?: string;
  mood?: string;
  industry?: string;
}

export const enhanceResponseSchema = z.object({
  enhanced: z.string(),
  additions: z.array(z.string()),
  source: z.enum(['rules', 'llm']),
  component_type: z.string().nullable(),
  framework: frameworkSchema.nullable(),
  llm_error: z.string().nullable().optional(),
});
export type EnhanceResponse = z.infer<typeof enhanceResponseSchema>;
