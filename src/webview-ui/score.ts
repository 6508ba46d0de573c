/// <reference lib="dom" />
import type { AxeReference, Violation } from '../core/protocol/score';
import type { ScoreFromWebview, ScoreModel, ScoreToWebview } from '../quality/protocol';
import { dom, onHostMessage, tierText, vscodeApi, type Dom } from './dom';

/** The score panel's page: overall score, factors, violations (lines link back to the code), the LLM's word. */

const SEVERITY_ORDER: Record<Violation['severity'], number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_ICON: Record<Violation['severity'], string> = { error: 'error', warning: 'warning', info: 'info' };

function fixed(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '–';
}

/** A 0–10 gauge: the <meter>'s low/high/optimum regions colour it red, yellow or green. */
function gauge(d: Dom, value: number, label: string, cls = 'gauge'): HTMLMeterElement {
  return d.h('meter', { class: cls, min: 0, max: 10, low: 5, high: 8, optimum: 10, value, 'aria-label': label, title: `${fixed(value)} / 10` });
}

function factorName(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function header(d: Dom, m: ScoreModel): HTMLElement {
  const where = [m.fileLabel, m.component, m.result.framework].filter(Boolean).join(' · ');
  return d.h('header', {}, d.h('h1', {}, m.title), where && d.h('p', { class: 'subtitle' }, d.icon('symbol-class'), ' ', where));
}

function overall(d: Dom, m: ScoreModel): HTMLElement {
  const r = m.result;
  return d.h(
    'section',
    { class: 'overall', 'aria-label': 'Overall score' },
    d.h('div', { class: 'big' }, d.h('span', { class: 'value' }, fixed(r.score)), d.h('span', { class: 'outof' }, '/ 10')),
    gauge(d, r.score, 'Overall score out of 10', 'gauge big-gauge'),
    driver(d, r),
    d.h(
      'p',
      { class: 'meta' },
      d.h('span', {}, `Confidence ${Math.round(r.confidence * 100)}%`),
      d.h('span', { class: 'badge tier' }, r.tier),
      d.h('span', { class: 'source' }, `${tierText(r.tier)} · ${r.source}`),
    ),
  );
}

/** What drives the score: the gravest finding, the ceiling its impact sets, and what the factors alone give. */
function driver(d: Dom, r: ScoreModel['result']): HTMLElement | null {
  const g = r.driver;
  if (!g) return null;
  const where = g.line === null ? '' : ` (line ${g.line} of the component)`;
  const capped = g.uncapped > g.cap ? ` It caps the score at ${fixed(g.cap)}; the factors alone give ${fixed(g.uncapped)}.` : '';
  return d.h('p', { class: 'driver' }, d.h('strong', {}, `${g.label}${where}`), ` — ${g.impact}.${capped}`);
}

function factors(d: Dom, m: ScoreModel): HTMLElement | null {
  const entries = Object.entries(m.result.factors);
  if (entries.length === 0) return null;
  const items = entries.map(([key, f]) =>
    d.h(
      'li',
      { class: 'factor' },
      d.h(
        'div',
        { class: 'factor-head' },
        d.h('span', { class: 'name' }, factorName(key)),
        gauge(d, f.score, `${factorName(key)} score`, 'gauge small-gauge'),
        d.h('span', { class: 'factor-score' }, fixed(f.score)),
        d.h('span', { class: 'weight', title: 'Weight in the overall score' }, `weight ${Math.round(f.weight * 100)}%`),
      ),
      f.explanation && d.h('p', { class: 'explanation' }, f.explanation),
    ),
  );
  return d.h('section', { class: 'factors' }, d.h('h2', {}, 'Factors'), d.h('ul', { class: 'factor-list' }, ...items));
}

function violation(d: Dom, v: Violation, canReveal: boolean, post: (m: ScoreFromWebview) => void): HTMLElement {
  let where: HTMLElement | null = null;
  if (v.line !== null) {
    const line = v.line;
    where = canReveal
      ? d.h('button', { class: 'line-link', type: 'button', 'data-line': line, title: `Go to line ${line} of the component` }, `line ${line}`)
      : d.h('span', { class: 'line' }, `line ${line}`);
    // a <button>: Enter and Space activate it like a click, with no key handling of our own
    if (canReveal) where.addEventListener('click', () => post({ type: 'reveal', line }));
  }
  return d.h(
    'li',
    { class: `violation sev-${v.severity}`, 'data-severity': v.severity },
    d.icon(SEVERITY_ICON[v.severity], v.severity),
    d.h(
      'div',
      { class: 'body' },
      d.h('p', { class: 'title' }, d.h('code', { class: 'rule' }, v.rule), ' ', d.h('span', { class: 'message' }, v.message), ' ', where),
      v.hint && d.h('p', { class: 'hint' }, d.icon('lightbulb'), ' ', v.hint),
      v.reference && axeReference(d, v.reference),
    ),
  );
}

/**
 * "axe: image-alt" linking to axe-core's help page. VS Code opens an http(s) link clicked in a webview in the
 * browser (the CSP governs loads, not navigation); any other URL is shown as text, never made a link.
 */
function axeReference(d: Dom, r: AxeReference): HTMLElement {
  const label = `axe: ${r.id}`;
  const title = r.match === 'nearest' ? `${r.help} (the closest axe-core rule, found by similarity)` : r.help;
  const link = /^https:\/\//i.test(r.url)
    ? d.h('a', { class: 'axe-link', href: r.url, title }, label)
    : d.h('span', { class: 'axe-link', title }, label, ' ', d.h('span', { class: 'axe-url' }, r.url));
  return d.h('p', { class: 'axe-ref' }, d.icon('book'), ' ', link, ' ', d.h('span', { class: 'axe-help' }, r.match === 'nearest' ? `${r.help} (closest match)` : r.help));
}

function violations(d: Dom, m: ScoreModel, post: (m: ScoreFromWebview) => void): HTMLElement {
  const list = [...m.result.violations].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? Infinity) - (b.line ?? Infinity),
  );
  return d.h(
    'section',
    { class: 'violations' },
    d.h('h2', {}, `Violations (${list.length})`),
    list.length === 0
      ? d.h('p', { class: 'none' }, d.icon('pass'), ' No rule is violated.')
      : d.h('ul', {}, ...list.map((v) => violation(d, v, m.canReveal, post))),
  );
}

function llm(d: Dom, m: ScoreModel): HTMLElement | null {
  const { llm: judgement, llm_error: error } = m.result;
  if (!judgement && !error) return null;
  return d.h(
    'section',
    { class: 'llm' },
    d.h('h2', {}, 'LLM judgement'),
    judgement &&
      d.h(
        'div',
        { class: 'judgement' },
        d.h('p', {}, d.h('span', { class: 'badge' }, judgement.provider), ' ', `scored ${fixed(judgement.score)} / 10`),
        judgement.notes && d.h('p', { class: 'notes' }, judgement.notes),
      ),
    error && d.h('p', { class: 'error', role: 'alert' }, d.icon('warning'), ' ', error),
  );
}

export function renderScore(d: Dom, m: ScoreModel, post: (message: ScoreFromWebview) => void): HTMLElement {
  return d.h('div', { class: 'score-view' }, header(d, m), overall(d, m), factors(d, m), violations(d, m, post), llm(d, m));
}

function main(): void {
  const api = vscodeApi<ScoreFromWebview>();
  if (!api) return; // imported by a unit test, not in a webview
  const root = document.getElementById('app')!;
  const d = dom(document);
  onHostMessage<ScoreToWebview>((m) => {
    if (m.type === 'show') root.replaceChildren(renderScore(d, m.model, (msg) => api.postMessage(msg)));
  });
  api.postMessage({ type: 'ready' });
}

main();
