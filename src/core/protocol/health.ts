import { z } from 'zod';

/** GET /health and /ready (python/siza_ml/schemas/health.py). */
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
  // vector collections opened so far (name -> vectors), and files found corrupt and set aside
  indexes: z.record(z.string(), z.number().int()).default({}),
  problems: z.array(z.string()).default([]),
});
export type Ready = z.infer<typeof readySchema>;

/** Every error body: a message, or pydantic's list of issues for a 422. */
export const errorSchema = z.object({ detail: z.unknown() });
