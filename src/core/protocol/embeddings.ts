import { z } from 'zod';

/** POST /embed and /embed/batch (python/siza_ml/schemas/embeddings.py); vectors: base64 LE float32. */
export const embedResponseSchema = z.object({
  embedding: z.string(),
  dimensions: z.number().int(),
  model: z.string(),
});
export type EmbedResponse = z.infer<typeof embedResponseSchema>;

export const embedBatchResponseSchema = z.object({
  embeddings: z.array(z.string()),
  dimensions: z.number().int(),
  count: z.number().int(),
  model: z.string(),
  /** The seed's number arrays, answered unless the request says `vectors: false` (the client does). */
  vectors: z.array(z.array(z.number())).optional(),
});
export type EmbedBatchResponse = z.infer<typeof embedBatchResponseSchema>;
