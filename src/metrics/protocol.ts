import { z } from 'zod';
import type { TimingRow } from '../core/metrics/recorder';
import { readyMessage } from '../webviews/protocol';

/**
 * The metrics panel: the messages to and from its webview (src/webview-ui/metrics.ts), defined once.
 * The browser side imports the types; the host parses what the webview sends with the schema.
 */

export type MetricsRow = TimingRow & { errors?: number };

/** The metrics panel: the sidecar's own report (server-side, per route and event) and the extension's timings per tier. */
export interface MetricsModel {
  updatedAt: string;
  sidecar: { ok: true; rows: MetricsRow[]; tiers: Record<string, number>; since: string; records: number } | { ok: false; reason: string };
  extension: {
    rows: MetricsRow[];
    tiers: Record<string, number>;
    /** Oldest first: requests and median latency per bucket. */
    series: { t: number; count: number; p50: number }[];
    bucketSeconds: number;
    recorded: number;
  };
}
export type MetricsToWebview = { type: 'show'; model: MetricsModel };

export const metricsFromWebview = z.discriminatedUnion('type', [readyMessage, z.object({ type: z.literal('refresh') }).strict()]);
export type MetricsFromWebview = z.infer<typeof metricsFromWebview>;
