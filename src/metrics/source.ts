/** What the metrics panel shows: the extension's own timings (every tier) and the sidecar's report. */
import type { TimingRecorder } from '../core/metrics/recorder';
import type { SidecarClient } from '../sidecar/client';
import type { MetricsModel } from './protocol';

export const BUCKET_SECONDS = 60;
export const BUCKETS = 30;

export async function metricsModel(recorder: TimingRecorder, client: SidecarClient | undefined, now = Date.now()): Promise<MetricsModel> {
  let sidecar: MetricsModel['sidecar'];
  if (!client) sidecar = { ok: false, reason: 'The sidecar is not running: only the extension’s timings are shown.' };
  else {
    try {
      const r = await client.metricsReport(undefined, { timeoutMs: 5_000 });
      sidecar = {
        ok: true,
        rows: Object.entries(r.events)
          .map(([op, e]) => ({ op, tier: 'sidecar', count: e.count, errors: e.errors, p50: e.p50_ms, p95: e.p95_ms, max: e.max_ms }))
          .sort((a, b) => b.count - a.count || a.op.localeCompare(b.op)),
        tiers: r.tiers,
        since: r.since,
        records: r.window.records,
      };
    } catch (e) {
      sidecar = { ok: false, reason: `The sidecar's report is unavailable: ${(e as Error).message}` };
    }
  }
  return {
    updatedAt: new Date(now).toISOString(),
    sidecar,
    extension: {
      rows: recorder.rows(),
      tiers: recorder.tiers(),
      series: recorder.series(BUCKET_SECONDS * 1000, BUCKETS, now),
      bucketSeconds: BUCKET_SECONDS,
      recorded: recorder.recorded,
    },
  };
}
