import { z } from 'zod';

/** POST /metrics/record and GET /metrics/report (python/siza_ml/schemas/metrics.py). */
export interface MetricEvent {
  event: string;
  duration_ms: number;
  tier?: string;
  ok?: boolean;
  meta?: Record<string, string | number | boolean | null>;
}

export const metricAckSchema = z.object({ accepted: z.literal(true) });

export const eventStatsSchema = z.object({
  count: z.number().int(),
  errors: z.number().int(),
  mean_ms: z.number(),
  p50_ms: z.number(),
  p95_ms: z.number(),
  max_ms: z.number(),
});

export const metricsReportSchema = z.object({
  events: z.record(z.string(), eventStatsSchema),
  tiers: z.record(z.string(), z.number().int()),
  since: z.string(),
  window: z.object({
    end: z.string(),
    seconds: z.number(),
    records: z.number().int(),
    truncated: z.boolean(),
    source: z.enum(['memory', 'files']),
    dropped: z.number().int(),
  }),
});
export type MetricsReport = z.infer<typeof metricsReportSchema>;
