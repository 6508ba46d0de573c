/**
 * The extension's own timings of what it asked each tier (the sidecar over HTTP, the in-process worker,
 * the heuristics), as the editor experienced them: a bounded ring of samples, summarised per operation
 * and tier (count, p50, p95, max), tier usage, and a per-bucket series for the chart.
 */
export interface Sample {
  op: string;
  tier: string;
  ms: number;
  at: number;
}

export interface TimingRow {
  op: string;
  tier: string;
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface SeriesPoint {
  /** Start of the bucket (epoch ms). */
  t: number;
  count: number;
  /** Median latency in the bucket; 0 when empty. */
  p50: number;
}

export const DEFAULT_CAPACITY = 5_000;

export class TimingRecorder {
  private readonly samples: Sample[] = [];
  private next = 0;
  private total = 0;

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  record(op: string, tier: string, ms: number, at = Date.now()): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    const s = { op, tier, ms, at };
    if (this.samples.length < this.capacity) this.samples.push(s);
    else this.samples[this.next] = s;
    this.next = (this.next + 1) % this.capacity;
    this.total++;
  }

  /** Samples recorded since the start, including those the ring has dropped. */
  get recorded(): number {
    return this.total;
  }

  get retained(): number {
    return this.samples.length;
  }

  rows(): TimingRow[] {
    const groups = new Map<string, number[]>();
    for (const s of this.samples) {
      const key = `${s.op}\0${s.tier}`;
      const list = groups.get(key);
      if (list) list.push(s.ms);
      else groups.set(key, [s.ms]);
    }
    return [...groups]
      .map(([key, ms]) => {
        const [op, tier] = key.split('\0') as [string, string];
        ms.sort((a, b) => a - b);
        return { op, tier, count: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1]! };
      })
      .sort((a, b) => a.op.localeCompare(b.op) || a.tier.localeCompare(b.tier));
  }

  /** How many answers each tier gave. */
  tiers(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.samples) out[s.tier] = (out[s.tier] ?? 0) + 1;
    return out;
  }

  /** `buckets` consecutive buckets of `bucketMs` ending at `now` (oldest first). */
  series(bucketMs = 60_000, buckets = 30, now = Date.now()): SeriesPoint[] {
    const start = Math.floor(now / bucketMs) * bucketMs - (buckets - 1) * bucketMs;
    const by: number[][] = Array.from({ length: buckets }, () => []);
    for (const s of this.samples) {
      const i = Math.floor((s.at - start) / bucketMs);
      if (i >= 0 && i < buckets) by[i]!.push(s.ms);
    }
    return by.map((ms, i) => {
      ms.sort((a, b) => a - b);
      return { t: start + i * bucketMs, count: ms.length, p50: ms.length ? percentile(ms, 50) : 0 };
    });
  }
}

/** Linear interpolation between closest ranks, as the sidecar's report computes it (python/siza_ml/services/metrics_stats.py). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
