import { z } from 'zod';

/**
 * The sidecar's wire types, defined once on this side; they mirror python/siza_ml/schemas.py and the
 * contract test (test/unit/client.contract.test.ts) runs them against the real uvicorn server.
 */
export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  pid: z.number().int(),
  uptime_s: z.number(),
});
export type Health = z.infer<typeof healthSchema>;

export const modelStatusSchema = z.object({
  name: z.string(),
  model_id: z.string(),
  loaded: z.boolean(),
});

export const readySchema = z.object({
  ready: z.boolean(),
  version: z.string(),
  pid: z.number().int(),
  uptime_s: z.number(),
  python: z.string(),
  models: z.array(modelStatusSchema),
  memory: z.object({
    rss_mb: z.number(),
    system_total_mb: z.number(),
    system_available_mb: z.number(),
  }),
  versions: z.record(z.string(), z.string().nullable()),
});
export type Ready = z.infer<typeof readySchema>;

export const errorSchema = z.object({ detail: z.unknown() });
