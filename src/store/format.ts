/**
 * The on-disk vector collections shared with the sidecar (python/siza_ml/services/vectors/store_files.py,
 * collection.py); docs/vector-store-format.md is the specification both sides follow.
 */
import { z } from 'zod';

export const FORMAT_VERSION = 2;
export const VECTORS_FILE = 'vectors.f32';
export const VECTORS_TMP = 'vectors.f32.tmp';
export const META_FILE = 'meta.json';
export const PENDING_META = 'meta.json.pending';
export const NAME_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const DEFAULT_COLLECTIONS = ['workspace', 'library'] as const;
export const MAX_COLLECTIONS = 64;
/** A snapshot waits until the journal outgrows max(this, the vectors' bytes): at most ~2x write amplification. */
export const COMPACT_MIN_BYTES = 8 * 1024 * 1024;
export const LOCK_TIMEOUT_MS = 30_000;
export const LOCK_STALE_MS = 10_000;

export type Metadata = Record<string, unknown>;

export const metaSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  name: z.string().optional(),
  model: z.string(),
  dimensions: z.number().int().positive(),
  generation: z.number().int().nonnegative(),
  next_id: z.number().int().nonnegative(),
  count: z.number().int().nonnegative().optional(),
  saved_at: z.string().optional(),
  vectors_sha256: z.string(),
  items: z.array(z.tuple([z.string(), z.number().int().nonnegative(), z.record(z.string(), z.unknown())])),
});
export type SnapshotMeta = z.infer<typeof metaSchema>;

export const recordSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('upsert'),
    model: z.string().optional(),
    items: z.array(z.tuple([z.string(), z.number().int().nonnegative(), z.string(), z.record(z.string(), z.unknown())])),
  }),
  z.object({ op: z.literal('remove'), ids: z.array(z.string()) }),
]);
export type JournalRecord = z.infer<typeof recordSchema>;

export function journalName(generation: number): string {
  return `journal-${generation}.log`;
}

/** The files of a collection cannot be trusted; the message says why. */
export class CorruptCollection extends Error {
  override readonly name = 'CorruptCollection';
}

/** The collection holds vectors of another embedding model: never mix two models in one index. */
export class ModelMismatch extends Error {
  override readonly name = 'ModelMismatch';
}

/** Another process held the collection for longer than LOCK_TIMEOUT_MS. */
export class CollectionBusy extends Error {
  override readonly name = 'CollectionBusy';
}
