import { z } from 'zod';
import type { Framework } from '../frameworks';

/** POST /ingest/dataset, POST and GET /ingest/axe-rules (python/siza_ml/schemas/ingest.py). */
export const MAX_AXE_RULES = 500;

export interface IngestDatasetRequest {
  /** A .json/.jsonl/.ndjson/.parquet file inside the sidecar's data folder or an allowed root (SIZA_ML_INGEST_ROOTS). */
  path?: string;
  /** Or a Hugging Face hub dataset ("owner/name"); the sidecar refuses it (422) while HF_HUB_OFFLINE is set. */
  hub?: string;
  split?: string;
  format?: 'json' | 'parquet';
  /** A JSON document whose records sit in a list under this key. */
  json_field?: string;
  /** Which column holds what; only `code` is required in a row (default column "code"). */
  fields?: { code?: string; name?: string; framework?: string; description?: string };
  filters?: { frameworks?: Framework[]; min_code_chars?: number; max_code_chars?: number; code_contains?: string };
  /** Records kept at most (default 1000, at most 10 000) and rows read at most (default 100 000). */
  limit?: number;
  max_rows?: number;
  /** Default `library`. */
  collection?: string;
}

export const ingestDatasetResponseSchema = z.object({
  dataset: z.string(),
  collection: z.string(),
  read: z.number().int(),
  kept: z.number().int(),
  skipped: z.number().int(),
  skipped_by_reason: z.record(z.string(), z.number().int()),
  stopped: z.enum(['end', 'limit', 'max_rows']),
  collection_count: z.number().int(),
  seconds: z.number(),
});
export type IngestDatasetResponse = z.infer<typeof ingestDatasetResponseSchema>;

/** One rule of axe-core's getRules(), as src/core/a11y/axeRules.ts reads it. */
export interface AxeRuleItem {
  id: string;
  description: string;
  help: string;
  helpUrl: string;
  tags: string[];
}

export interface IngestAxeRulesRequest {
  version: string;
  rules: AxeRuleItem[];
}

export const ingestAxeRulesResponseSchema = z.object({
  version: z.string(),
  ingested: z.number().int(),
  collection_count: z.number().int(),
  seconds: z.number(),
});
export type IngestAxeRulesResponse = z.infer<typeof ingestAxeRulesResponseSchema>;

/** Which axe-core version the axe-rules collection holds (null: none, or the collection was edited since). */
export const axeRulesStatusSchema = z.object({ version: z.string().nullable(), count: z.number().int() });
export type AxeRulesStatus = z.infer<typeof axeRulesStatusSchema>;
