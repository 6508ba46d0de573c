/// <reference lib="dom" />
import type { EnhanceAction, EnhanceFromWebview, EnhanceModel, EnhanceToWebview } from '../enhance/protocol';
import { dom, onHostMessage, tierText, vscodeApi, type Dom } from './dom';
import { highlightAdditions, missingAdditions } from './enhanceMarks';

/** The enhance panel's page: original and enhanced prompt, the additions marked, and the actions. */

function enhancedText(d: Dom, m: EnhanceModel): HTMLElement {
  const pre = d.h('pre', { class: 'prompt enhanced', tabindex: 0, 'aria-label': 'Enhanced prompt' });
  for (const s of highlightAdditions(m.result.enhanced, m.result.additions)) {
    pre.append(s.added ? d.h('mark', { class: 'addition' }, s.text) : d.doc.createTextNode(s.text));
  }
  return pre;
}

function actionButton(d: Dom, action: EnhanceAction, icon: string, label: string, primary: boolean, post: (m: EnhanceFromWebview) => void): HTMLButtonElement {
  const b = d.h('button', { type: 'button', class: primary ? 'primary' : 'secondary', 'data-action': action }, d.icon(icon), ' ', label);
  b.addEventListener('click', () => post({ type: action }));
  return b;
}

function toolbar(d: Dom, m: EnhanceModel, post: (m: EnhanceFromWebview) => void): HTMLElement {
  return d.h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Actions' },
    actionButton(d, 'copy', 'copy', 'Copy', true, post),
    m.canReplace && actionButton(d, 'replace', 'replace', `Replace Selection${m.replaceLabel ? ` (${m.replaceLabel})` : ''}`, false, post),
    actionButton(d, 'openUntitled', 'new-file', 'Open as Untitled', false, post),
    d.h('span', { class: 'action-status', role: 'status', 'aria-live': 'polite' }),
  );
}

function additionsList(d: Dom, m: EnhanceModel): HTMLElement | null {
  const { additions, enhanced } = m.result;
  if (additions.length === 0) return null;
  const missing = new Set(missingAdditions(enhanced, additions));
  return d.h(
    'section',
    { class: 'additions' },
    d.h('h2', {}, `Additions (${additions.length})`),
    d.h(
      'ul',
      {},
      ...additions.map((a) =>
        d.h('li', { class: missing.has(a) ? 'missing' : undefined }, d.icon('add'), ' ', a, missing.has(a) && d.h('span', { class: 'note' }, ' (not found verbatim in the text)')),
      ),
    ),
  );
}

export function renderEnhance(d: Dom, m: EnhanceModel, post: (message: EnhanceFromWebview) => void): HTMLElement {
  const r = m.result;
  const details = [r.component_type, r.framework].filter(Boolean).join(' · ');
  return d.h(
    'div',
    { class: 'enhance-view' },
    d.h('header', {}, d.h('h1', {}, 'Enhanced prompt'), d.h('p', { class: 'meta' }, d.h('span', { class: 'badge tier' }, r.tier), d.h('span', { class: 'source' }, `${tierText(r.tier)} · ${r.source}`), details && d.h('span', {}, details))),
    r.llm_error ? d.h('p', { class: 'error', role: 'alert' }, d.icon('warning'), ' ', r.llm_error) : null,
    toolbar(d, m, post),
    d.h(
      'div',
      { class: 'columns' },
      d.h('section', { class: 'column' }, d.h('h2', {}, 'Original'), d.h('pre', { class: 'prompt original', tabindex: 0, 'aria-label': 'Original prompt' }, m.original)),
      d.h('section', { class: 'column' }, d.h('h2', {}, 'Enhanced ', d.h('span', { class: 'legend' }, d.h('mark', { class: 'addition' }, 'added'))), enhancedText(d, m)),
    ),
    additionsList(d, m),
  );
}

function main(): void {
  const api = vscodeApi<EnhanceFromWebview>();
  if (!api) return; // imported by a unit test, not in a webview
  const root = document.getElementById('app')!;
  const d = dom(document);
  onHostMessage<EnhanceToWebview>((m) => {
    if (m.type === 'show') root.replaceChildren(renderEnhance(d, m.model, (msg) => api.postMessage(msg)));
    else if (m.type === 'actionDone') {
      const status = root.querySelector('.action-status');
      if (!status) return;
      status.className = `action-status ${m.ok ? 'ok' : 'failed'}`;
      status.replaceChildren(d.icon(m.ok ? 'check' : 'error'), ` ${m.message}`);
    }
  });
  api.postMessage({ type: 'ready' });
}

main();
