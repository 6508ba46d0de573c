/// <reference lib="dom" />
import type { TrainingAdapterView, TrainingFromWebview, TrainingJobView, TrainingModel, TrainingToWebview } from '../training/protocol';
import { prepareChart } from './canvas';
import { dom, onHostMessage, vscodeApi, type Dom } from './dom';

/** The training panel: fine-tuning jobs with their progress and loss curves, and the adapters (activate, delete). */

type Post = (m: TrainingFromWebview) => void;
const ACTIVE = new Set(['queued', 'preparing', 'training']);
const loss = (n: number | null | undefined) => (n === null || n === undefined ? '–' : n.toFixed(3));
const duration = (s: number | null) => (s === null ? '–' : s >= 90 ? `${Math.round(s / 60)} min` : `${Math.round(s)} s`);

function button(d: Dom, label: string, icon: string, msg: TrainingFromWebview, post: Post, primary = false, title?: string): HTMLButtonElement {
  const b = d.h('button', { type: 'button', class: primary ? 'primary' : 'secondary', 'data-action': msg.type, title }, d.icon(icon), ' ', label);
  b.addEventListener('click', () => post(msg));
  return b;
}

function jobCard(d: Dom, j: TrainingJobView, post: Post): HTMLElement {
  const running = ACTIVE.has(j.state);
  const pct = j.totalSteps ? Math.round((100 * j.step) / j.totalSteps) : 0;
  const canvas = d.h('canvas', {
    class: 'curve',
    'data-job': j.id,
    role: 'img',
    'aria-label': j.lossCurve.length
      ? `Loss from ${loss(j.lossCurve[0]!.loss)} at step ${j.lossCurve[0]!.step} to ${loss(j.lossCurve.at(-1)!.loss)} at step ${j.lossCurve.at(-1)!.step}` +
        (j.evalCurve.length ? `; held-out loss from ${loss(j.evalCurve[0]!.evalLoss)} to ${loss(j.evalCurve.at(-1)!.evalLoss)}` : '')
      : 'No loss recorded yet',
  });
  return d.h(
    'article',
    { class: `job state-${j.state}`, 'aria-labelledby': `job-${j.id}` },
    d.h(
      'header',
      {},
      d.h('h3', { id: `job-${j.id}` }, j.id),
      d.h('span', { class: `badge state state-${j.state}` }, j.state),
      d.h('span', { class: 'note' }, `${j.modelId} · ${j.examples.train} train / ${j.examples.eval} held out (${j.examples.source})`),
      running ? button(d, 'Cancel', 'debug-stop', { type: 'cancel', id: j.id }, post) : null,
    ),
    d.h('progress', { max: 100, value: pct, 'aria-label': `${j.id} progress` }),
    d.h(
      'p',
      { class: 'meta' },
      `step ${j.step}/${j.totalSteps} (${pct}%)`,
      ` · loss ${loss(j.loss)}`,
      ` · held-out ${loss(j.evalLoss)}`,
      j.tokensPerS ? ` · ${Math.round(j.tokensPerS)} tokens/s` : '',
      running ? ` · ETA ${duration(j.etaS)}` : ` · ${duration(j.elapsedS)}`,
    ),
    j.error ? d.h('p', { class: 'error', role: 'status' }, d.icon('error'), ' ', j.error) : null,
    d.h('figure', {}, canvas, d.h('figcaption', { class: 'note' }, d.h('span', { class: 'legend bars' }, 'training loss'), ' ', d.h('span', { class: 'legend line' }, 'held-out loss'))),
  );
}

function adapterRow(d: Dom, a: TrainingAdapterView, post: Post): HTMLElement {
  return d.h(
    'tr',
    {},
    d.h('th', { scope: 'row' }, d.h('code', {}, a.name), a.active ? d.h('span', { class: 'badge active' }, 'active') : null),
    d.h('td', {}, a.baseModel ?? '–'),
    d.h('td', { class: 'num' }, `${loss(a.initialEvalLoss)} → ${loss(a.finalEvalLoss)}`),
    d.h('td', { class: 'num' }, a.sPerStep === null ? '–' : `${a.sPerStep.toFixed(2)} s`),
    d.h('td', { class: 'num' }, `${(a.sizeBytes / 1024 / 1024).toFixed(1)} MB`),
    d.h(
      'td',
      { class: 'actions' },
      a.active ? button(d, 'Deactivate', 'circle-slash', { type: 'deactivate' }, post) : button(d, 'Activate', 'check', { type: 'activate', name: a.name }, post, false, 'Generate with this adapter (the local provider; the sidecar restarts)'),
      button(d, 'Delete', 'trash', { type: 'deleteAdapter', name: a.name }, post),
    ),
  );
}

export function renderTraining(d: Dom, m: TrainingModel, post: Post): HTMLElement {
  const running = m.jobs.some((j) => ACTIVE.has(j.state));
  return d.h(
    'div',
    { class: 'training-view' },
    d.h(
      'header',
      {},
      d.h('h1', {}, 'Fine-tuning'),
      d.h('p', { class: 'meta' }, 'LoRA adapters of the local model, trained on your accepted generations and your workspace’s components.'),
      d.h(
        'div',
        { class: 'toolbar', role: 'toolbar', 'aria-label': 'Actions' },
        button(d, 'Fine-tune…', 'beaker', { type: 'fineTune' }, post, true, running ? 'A job is running: one at a time' : undefined),
        button(d, 'Refresh', 'refresh', { type: 'refresh' }, post),
        d.h('span', { class: 'action-status', role: 'status', 'aria-live': 'polite' }),
      ),
    ),
    m.unavailable ? d.h('p', { class: 'notice' }, d.icon('info'), ` ${m.unavailable}`) : null,
    d.h('section', { 'aria-labelledby': 'jobs-h' }, d.h('h2', { id: 'jobs-h' }, `Jobs (${m.jobs.length})`), ...(m.jobs.length ? m.jobs.map((j) => jobCard(d, j, post)) : [d.h('p', { class: 'note' }, 'No jobs yet.')])),
    d.h(
      'section',
      { 'aria-labelledby': 'adapters-h' },
      d.h('h2', { id: 'adapters-h' }, `Adapters (${m.adapters.length})`),
      m.provider !== 'local' && m.adapters.length ? d.h('p', { class: 'note' }, `An adapter is used by the local provider; siza.llm.provider is “${m.provider}” (Activate switches it to local).`) : null,
      m.adapters.length
        ? d.h(
            'table',
            { class: 'adapters' },
            d.h('thead', {}, d.h('tr', {}, ...['Adapter', 'Base model', 'Held-out loss', 'Per step', 'Size', ''].map((h) => d.h('th', { scope: 'col' }, h)))),
            d.h('tbody', {}, ...m.adapters.map((a) => adapterRow(d, a, post))),
          )
        : d.h('p', { class: 'note' }, 'No adapters yet: a finished job saves one.'),
    ),
  );
}

/** Training loss (bars' colour) and held-out loss (line colour) against the step. */
export function drawCurve(canvas: HTMLCanvasElement, j: Pick<TrainingJobView, 'lossCurve' | 'evalCurve' | 'totalSteps'>): void {
  const chart = prepareChart(canvas, 140);
  if (!chart) return;
  const { ctx, w, h, css } = chart;
  const pts = [...j.lossCurve.map((p) => p.loss), ...j.evalCurve.map((p) => p.evalLoss)].filter(Number.isFinite);
  if (pts.length === 0) return;
  const pad = { l: 36, r: 8, t: 8, b: 16 };
  const lo = Math.min(...pts);
  const hi = Math.max(...pts);
  const span = hi - lo || 1;
  const maxStep = Math.max(1, j.totalSteps, ...j.lossCurve.map((p) => p.step), ...j.evalCurve.map((p) => p.step));
  const x = (step: number) => pad.l + ((w - pad.l - pad.r) * step) / maxStep;
  const y = (v: number) => pad.t + ((h - pad.t - pad.b) * (hi - v)) / span;
  const line = (points: [number, number][], colour: string, width: number) => {
    if (points.length === 0) return;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    points.forEach(([s, v], i) => (i === 0 ? ctx.moveTo(x(s), y(v)) : ctx.lineTo(x(s), y(v))));
    ctx.stroke();
    ctx.fillStyle = colour;
    for (const [s, v] of points) ctx.fillRect(x(s) - 1.5, y(v) - 1.5, 3, 3);
  };
  line(j.lossCurve.map((p) => [p.step, p.loss]), css('--vscode-charts-blue', '#3794ff'), 1.5);
  line(j.evalCurve.map((p) => [p.step, p.evalLoss]), css('--vscode-charts-orange', '#d18616'), 2.5);
  ctx.fillStyle = css('--vscode-descriptionForeground', '#888');
  ctx.font = `10px ${css('--vscode-font-family', 'sans-serif')}`;
  ctx.fillText(hi.toFixed(2), 2, pad.t + 8);
  ctx.fillText(lo.toFixed(2), 2, h - pad.b);
  ctx.fillText(`step ${maxStep}`, w - pad.r - ctx.measureText(`step ${maxStep}`).width, h - 3);
}

function main(): void {
  const api = vscodeApi<TrainingFromWebview>();
  if (!api) return;
  const root = document.getElementById('app')!;
  const d = dom(document);
  onHostMessage<TrainingToWebview>((m) => {
    if (m.type === 'show') {
      root.replaceChildren(renderTraining(d, m.model, (msg) => api.postMessage(msg)));
      for (const j of m.model.jobs) {
        const c = root.querySelector<HTMLCanvasElement>(`canvas[data-job="${j.id}"]`);
        if (c) drawCurve(c, j);
      }
    } else {
      const el = root.querySelector('.action-status');
      if (!el) return;
      el.className = `action-status ${m.ok ? 'ok' : 'failed'}`;
      el.replaceChildren(d.icon(m.ok ? 'check' : 'error'), ` ${m.message}`);
    }
  });
  api.postMessage({ type: 'ready' });
}

main();
