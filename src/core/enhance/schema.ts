import { z } from 'zod';
import { frameworkSchema } from '../protocol/score';
import { patternSpecSchema } from '../pycompat/pattern';

/** The shape of python/siza_ml/rules/enhancer_rules.json; parsed once, so a broken file fails loudly. */
const entrySchema = z.object({ id: z.string().min(1), keywords: z.array(z.string()), hints: z.array(z.string()) });
export type EntryData = z.infer<typeof entrySchema>;

export const enhancerRulesSchema = z.object({
  limits: z.object({
    max_prompt_chars: z.number().int().positive(),
    max_additions: z.number().int().min(0),
    max_option_chars: z.number().int().positive(),
  }),
  word_chars: z.string().min(1),
  vague_words: z.array(z.object({ word: z.string().min(1), replacement: z.string() })).min(1),
  component_types: z.array(entrySchema),
  // The resolved framework is reported as a Framework, so the table may only name known ones.
  frameworks: z.array(entrySchema.extend({ id: frameworkSchema })),
  styles: z.array(entrySchema),
  moods: z.array(entrySchema),
  industries: z.array(entrySchema),
  custom: z.object({ style: z.string(), mood: z.string(), industry: z.string(), component_type: z.string() }),
  general: z.array(z.object({ id: z.string(), skip_if: patternSpecSchema, hints: z.array(z.string()) })),
  template: z.object({ separator: z.string(), header: z.string(), bullet: z.string() }),
  llm: z.object({
    max_output_chars: z.number(),
    base_output_chars: z.number(),
    max_growth_factor: z.number(),
    min_keyword_overlap: z.number(),
  }),
});
export type EnhancerRulesData = z.infer<typeof enhancerRulesSchema>;
