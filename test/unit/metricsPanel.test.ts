import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { Window } from 'happy-dom';
import { percentile, TimingRecorder } from '../../src/core/metrics/recorder';
import { metricsModel } from '../../src/metrics/source';
import type { SidecarClient } from '../../src/sidecar/client';
import { dom } from '../../src/webview-ui/dom';
import { renderMetrics } from '../../src/webview-ui/metrics';
import { startSidecar } from './helpers';

describe('metrics: the extension’s timings', () => {
  it('percentiles interpolate between ranks exactly as the sidecar’s report does', () => {
    // python: metrics_stats.percentile([1,2,3,4,10], 95) == 8.8; 50 → 3
    assert.equal(percentile([1, 2, 3, 4, 10], 50), 3);
    assert.ok(Math.abs(percentile([1, 2, 3, 4, 10], 95) - 8.8) < 1e-9);
    assert.equal(percentile([], 50), 0);
    assert.equal(percentile([7], 95), 7);
  });

  it('summarises per operation and tier, counts tier usage, and buckets a series (oldest first)', () => {
    const r = new TimingRecorder(100);
    const now = 10 * 60_000;
    for (let i = 1; i <= 10; i++) r.record('search', 'sidecar', i, now - 30_000);
    r.record('search', 'in-process', 50, now - 3 * 60_000);
    r.record('score', 'heuristic', 2, now);
    const rows = r.rows();
    assert.deepEqual(rows.map((x) => [x.op, x.tier, x.count]), [['score', 'heuristic', 1], ['search', 'in-process', 1], ['search', 'sidecar', 10]]);
    const sc = rows.find((x) => x.tier === 'sidecar')!;
    assert.equal(sc.p50, 5.5);
    assert.equal(sc.max, 10);
    assert.deepEqual(r.tiers(), { sidecar: 10, 'in-process': 1, heuristic: 1 });
    const series = r.series(60_000, 5, now);
    assert.equal(series.length, 5);
    assert.deepEqual(series.map((p) => p.count), [0, 1, 0, 10, 1]);
    assert.equal(series[4]!.t, now);
  });

  it('keeps a bounded ring: the oldest samples go first', () => {
    const r = new TimingRecorder(3);
    for (let i = 0; i < 5; i++) r.record('op', 't', i);
    assert.equal(r.retained, 3);
    assert.equal(r.recorded, 5);
    assert.equal(r.rows()[0]!.max, 4);
    r.record('op', 't', Number.NaN);
    assert.equal(r.recorded, 5, 'a non-finite duration is not a sample');
  });
});

describe('metrics: the model the panel shows, from the real sidecar', function () {
  this.timeout(120_000);
  let proc: ChildProcess;
  let client: SidecarClient;
  before(async () => {
    ({ proc, client } = await startSidecar());
  });
  after(() => proc?.kill());

  it('joins the sidecar’s report (its routes, server-side) with the extension’s own rows and series', async () => {
    await client.health();
    await client.recordMetric({ event: 'inprocess.embed', duration_ms: 12.5, tier: 'in-process' });
    const rec = new TimingRecorder();
    rec.record('embed', 'in-process', 12.5);
    const m = await metricsModel(rec, client);
    assert.ok(m.sidecar.ok, JSON.stringify(m.sidecar));
    const ops = m.sidecar.rows.map((r) => r.op);
    assert.ok(ops.includes('inprocess.embed'), ops.join(', '));
    assert.deepEqual(m.extension.rows.map((r) => [r.op, r.tier]), [['embed', 'in-process']]);
    assert.equal(m.extension.series.length, 30);
    const none = await metricsModel(rec, undefined);
    assert.equal(none.sidecar.ok, false);
  });
});

describe('metrics webview', () => {
  it('renders the tables, tier usage and an accessible chart; hostile operation names stay text', () => {
    const window = new Window();
    const d = dom(window.document as unknown as Document);
    const hostile = '<img src=x onerror=alert(1)>';
    const root = renderMetrics(
      d,
      {
        updatedAt: new Date().toISOString(),
        sidecar: { ok: true, rows: [{ op: `POST ${hostile}`, tier: 'sidecar', count: 3, errors: 1, p50: 4, p95: 9, max: 12 }], tiers: {}, since: new Date().toISOString(), records: 3 },
        extension: { rows: [{ op: 'search', tier: 'in-process', count: 2, p50: 5, p95: 8, max: 8 }], tiers: { 'in-process': 2 }, series: [{ t: 0, count: 2, p50: 5 }], bucketSeconds: 60, recorded: 2 },
      },
      () => undefined,
    );
    assert.equal(root.querySelectorAll('img, script').length, 0);
    assert.ok(root.textContent.includes(`POST ${hostile}`));
    assert.equal(root.querySelectorAll('table').length, 2);
    assert.match(root.querySelector('canvas')!.getAttribute('aria-label')!, /2 requests in the last 1 minutes/);
    assert.match(root.textContent, /in-process 2 \(100%\)/);
  });
});
