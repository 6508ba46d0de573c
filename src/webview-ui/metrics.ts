/// <reference lib="dom" />
import type { MetricsFromWebview, MetricsModel, MetricsRow, MetricsToWebview } from '../metrics/protocol';
import { prepareChart } from './canvas';
import { dom, onHostMessage, vscodeApi, type Dom } from './dom';

/** The metrics panel: per-operation latency tables (the sidecar's report, the extension's timings per tier), tier usage and a chart. */

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`);

function table(d: Dom, caption: string, rows: MetricsRow[], withTier: boolean, withErrors: boolean): HTMLElement {
  const head = ['Operation', ...(withTier ? ['Tier'] : []), 'Count', ...(withErrors ? ['Errors'] : []), 'p50', 'p95', 'Max'];
  return d.h(
    'table',
    { class: 'metrics-table' },
    d.h('caption', {}, caption),
    d.h('thead', {}, d.h('tr', {}, ...head.map((h, i) => d.h('th', { scope: 'col', class: i === 0 || (withTier && i === 1) ? undefined : 'num' }, h)))),
    d.h(
      'tbody',
      {},
      ...rows.map((r) =>
        d.h(
          'tr',
          {},
          d.h('th', { scope: 'row' }, d.h('code', {}, r.op)),
          withTier ? d.h('td', {}, d.h('span', { class: `badge tier-${r.tier}` }, r.tier)) : null,
          d.h('td', { class: 'num' }, String(r.count)),
          withErrors ? d.h('td', { class: `num${r.errors ? ' error' : ''}` }, String(r.errors ?? 0)) : null,
          d.h('td', { class: 'num' }, ms(r.p50)),
          d.h('td', { class: 'num' }, ms(r.p95)),
          d.h('td', { class: 'num' }, ms(r.max)),
        ),
      ),
    ),
  );
}

function tierUsage(d: Dom, tiers: Record<string, number>): HTMLElement {
  const total = Object.values(tiers).reduce((a, b) => a + b, 0);
  const entries = Object.entries(tiers).sort((a, b) => b[1] - a[1]);
  return d.h(
    'ul',
    { class: 'tiers', 'aria-label': 'Tier usage' },
    ...entries.map(([tier, n]) =>
      d.h('li', {}, d.h('span', { class: `badge tier-${tier}` }, tier), ` ${n} (${total ? Math.round((100 * n) / total) : 0}%)`, d.h('meter', { min: 0, max: total || 1, value: n, 'aria-label': `${tier} share` })),
    ),
  );
}

/** Requests per bucket as bars, the median latency as a line; drawn in the theme's chart colours. */
export function drawChart(canvas: HTMLCanvasElement, series: MetricsModel['extension']['series']): void {
  const chart = prepareChart(canvas, 160);
  if (!chart) return;
  const { ctx, w, h, css } = chart;
  const pad = { l: 8, r: 8, t: 8, b: 18 };
  const maxCount = Math.max(1, ...series.map((p) => p.count));
  const maxMs = Math.max(1, ...series.map((p) => p.p50));
  const step = (w - pad.l - pad.r) / Math.max(1, series.length);
  ctx.fillStyle = css('--vscode-charts-blue', '#3794ff');
  series.forEach((p, i) => {
    const bh = ((h - pad.t - pad.b) * p.count) / maxCount;
    ctx.fillRect(pad.l + i * step + 1, h - pad.b - bh, Math.max(1, step - 2), bh);
  });
  ctx.strokeStyle = css('--vscode-charts-orange', '#d18616');
  ctx.lineWidth = 2;
  ctx.beginPath();
  series.forEach((p, i) => {
    const x = pad.l + i * step + step / 2;
    const y = h - pad.b - ((h - pad.t - pad.b) * p.p50) / maxMs;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.stroke();
  ctx.fillStyle = css('--vscode-descriptionForeground', '#888');
  ctx.font = `11px ${css('--vscode-font-family', 'sans-serif')}`;
  ctx.fillText(`${series.length} min ago`, pad.l, h - 4);
  const now = 'now';
  ctx.fillText(now, w - pad.r - ctx.measureText(now).width, h - 4);
}

export function renderMetrics(d: Dom, m: MetricsModel, post: (msg: MetricsFromWebview) => void): HTMLElement {
  const ext = m.extension;
  const active = ext.series.filter((p) => p.count > 0);
  const summary = active.length
    ? `${active.reduce((a, p) => a + p.count, 0)} requests in the last ${ext.series.length} minutes; median latency from ${ms(Math.min(...active.map((p) => p.p50)))} to ${ms(Math.max(...active.map((p) => p.p50)))}`
    : `No requests in the last ${ext.series.length} minutes`;
  const canvas = d.h('canvas', { class: 'chart', role: 'img', 'aria-label': summary });
  const refresh = d.h('button', { type: 'button', class: 'secondary', 'data-action': 'refresh' }, d.icon('refresh'), ' Refresh');
  refresh.addEventListener('click', () => post({ type: 'refresh' }));
  const root = d.h(
    'div',
    { class: 'metrics-view' },
    d.h('header', {}, d.h('h1', {}, 'Metrics'), d.h('p', { class: 'meta' }, `Updated ${new Date(m.updatedAt).toLocaleTimeString()}`, ' · refreshes every 5 s while shown', refresh)),
    d.h(
      'section',
      { 'aria-labelledby': 'ext-h' },
      d.h('h2', { id: 'ext-h' }, 'As the editor saw them'),
      d.h('p', { class: 'note' }, `Every request the extension made, timed end to end, by the tier that answered (${ext.recorded} since activation).`),
      d.h('figure', {}, canvas, d.h('figcaption', { class: 'note' }, d.h('span', { class: 'legend bars' }, 'requests per minute'), ' ', d.h('span', { class: 'legend line' }, 'median latency'), ` — ${summary}`)),
      tierUsage(d, ext.tiers),
      ext.rows.length ? table(d, 'Per operation and tier', ext.rows, true, false) : d.h('p', { class: 'note' }, 'Nothing timed yet: score a file, search, or generate a component.'),
    ),
    d.h(
      'section',
      { 'aria-labelledby': 'sc-h' },
      d.h('h2', { id: 'sc-h' }, 'The sidecar’s report'),
      m.sidecar.ok
        ? d.h('p', { class: 'note' }, `Server-side durations of each route and recorded event since ${new Date(m.sidecar.since).toLocaleString()} (${m.sidecar.records} records).`)
        : d.h('p', { class: 'note' }, d.icon('info'), ` ${m.sidecar.reason}`),
      m.sidecar.ok ? table(d, 'Per route and event', m.sidecar.rows, false, true) : null,
    ),
  );
  return root;
}

function main(): void {
  const api = vscodeApi<MetricsFromWebview>();
  if (!api) return;
  const root = document.getElementById('app')!;
  const d = dom(document);
  onHostMessage<MetricsToWebview>((m) => {
    if (m.type !== 'show') return;
    root.replaceChildren(renderMetrics(d, m.model, (msg) => api.postMessage(msg)));
    const canvas = root.querySelector('canvas');
    if (canvas) drawChart(canvas, m.model.extension.series);
  });
  api.postMessage({ type: 'ready' });
}

main();
