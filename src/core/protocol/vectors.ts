import { z } from 'zod';

/** The vector store's collections (python/siza_ml/schemas/vectors.py). */
export const COLLECTION_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export type Metadata = Record<string, unknown>;

/** Exactly one of vector (base64 LE float32) or text (embedded by the sidecar). */
export type UpsertItem = { id: string; metadata?: Metadata } & ({ vector: string } | { text: string });

export interface SearchQuery {
  vector?: string;
  text?: string;
  k?: number;
  filter?: Metadata;
}

export const collectionStatsSchema = z.object({
  name: z.string(),
  count: z.number().int(),
  dimensions: z.number().int(),
  model: z.string(),
  file_bytes: z.number().int(),
  last_saved: z.string().nullable(),
  problems: z.array(z.string()),
  /** A team server's namespace (a repository's id); absent from the local sidecar's answers. */
  namespace: z.string().optional(),
});
export type CollectionStats = z.infer<typeof collectionStatsSchema>;

export const collectionsResponseSchema = z.object({ collections: z.array(collectionStatsSchema) });
export const upsertResponseSchema = z.object({ upserted: z.number().int(), count: z.number().int() });
export const removeResponseSchema = z.object({ removed: z.number().int(), count: z.number().int() });

export const searchHitSchema = z.object({
  id: z.string(),
  score: z.number(),
  metadata: z.record(z.string(), z.unknown()),
  /** A team server's namespace (a repository's id); absent from the local sidecar's answers. */
  namespace: z.string().optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResponseSchema = z.object({ results: z.array(searchHitSchema), count: z.number().int() });
