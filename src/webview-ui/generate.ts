
/// <reference lib="dom" />
import { FRAMEWORKS, type Framework } from '../core/frameworks';
import type { GenerateAction, GenerateFromWebview, GenerateModel, GenerateProgressView, GenerateToWebview, GenerationView } from '../generate/protocol';
import { highlightCode } from './codeHighlight';
import { dom, onHostMessage, tierText, vscodeApi, type Dom } from './dom';

/** The Generate Component result: the live preview, the code, its score and checks, and the actions. */

const FRAMEWORK_LABEL: Record<Framework, string> = { react: 'React (TSX)', vue: 'Vue 3', svelte: 'Svelte 5', angular: 'Angular', html: 'HTML' };
const COMPILER: Record<Framework, string> = {
  react: 'TypeScript + @types/react',
  vue: '@vue/compiler-sfc',
  svelte: 'svelte/compiler',
  angular: 'TypeScript + @angular/compiler',
  html: 'parse5',
};

type Post = (m: GenerateFromWebview) => void;

function button(d: Dom, action: GenerateAction, icon: string, label: string, primary: boolean, post: Post, title?: string): HTMLButtonElement {
  const b = d.h('button', { type: 'button', class: primary ? 'primary' : 'secondary', 'data-action': action, title }, d.icon(icon), ' ', label);
  b.addEventListener('click', () => post({ type: action }));
  return b;
}

function frameworkPicker(d: Dom, g: GenerationView, post: Post): HTMLElement {
  const select = d.h(
    'select',
    { id: 'framework', 'aria-label': 'Framework' },
    ...FRAMEWORKS.map((f) => d.h('option', { value: f, selected: f === g.framework }, FRAMEWORK_LABEL[f])),
  );
  select.addEventListener('change', () => post({ type: 'framework', framework: select.value as Framework }));
  return d.h('label', { class: 'framework', for: 'framework' }, d.icon('symbol-class'), ' ', select);
}

function sourceLine(d: Dom, g: GenerationView): HTMLElement {
  const grounded = g.llm?.grounding?.components.length ? `, grounded in ${g.llm.grounding.components.join(', ')}` : '';
  const what =
    g.source === 'llm'
      ? `Written by ${g.llm?.model ?? 'the LLM'} with ${g.basedOn.map((b) => b.name).join(', ')} as examples${grounded}${g.llm?.grounding?.tokens ? ` and ${g.llm.grounding.tokens} design tokens` : ''}`
      : `Composed from the library's ${g.coverage?.from ?? g.basedOn[0]?.name ?? 'best match'}`;
  return d.h(
    'p',
    { class: 'meta' },
    d.h('span', { class: `badge source-${g.source}` }, g.source === 'llm' ? 'LLM' : 'library'),
    d.h('span', {}, what),
    d.h('span', { title: tierText(g.retrievalTier) }, `retrieval: ${g.retrievalTier}`),
    d.h('span', {}, `${(g.ms / 1000).toFixed(1)} s`),
  );
}

function scoreBadge(d: Dom, g: GenerationView, post: Post): HTMLElement | null {
  if (!g.score) return null;
  const b = d.h(
    'button',
    { type: 'button', class: 'score secondary', 'data-action': 'showScore', title: `Quality ${g.score.score.toFixed(1)}/10 (${g.score.source}, ${tierText(g.score.tier)}): open the full score` },
    d.icon('pulse'),
    ` Quality ${g.score.score.toFixed(1)}/10`,
    g.score.violations > 0 ? d.h('span', { class: 'note' }, ` · ${g.score.violations} finding${g.score.violations === 1 ? '' : 's'}`) : null,
  );
  b.addEventListener('click', () => post({ type: 'showScore' }));
  return b;
}

function checks(d: Dom, g: GenerationView): HTMLElement {
  const v = g.validation;
  const items: HTMLElement[] = [];
  if (v.ok) items.push(d.h('li', { class: 'ok' }, d.icon('pass'), ` Compiles with ${COMPILER[g.framework]}`));
  for (const e of v.errors) items.push(d.h('li', { class: 'error' }, d.icon('error'), ' ', e));
  for (const w of v.warnings) items.push(d.h('li', { class: 'warning' }, d.icon('warning'), ' ', w));
  for (const a of v.a11y) items.push(d.h('li', { class: 'warning' }, d.icon('accessibility'), ' ', a));
  return d.h('ul', { class: 'checks', 'aria-label': 'Checks' }, ...items);
}

function notes(d: Dom, g: GenerationView): HTMLElement | null {
  const rows: HTMLElement[] = [];
  if (g.llm?.error) rows.push(d.h('p', { class: 'notice', role: 'status' }, d.icon('info'), ` ${g.llm.error}; composed from the library instead.`));
  const unresolved = g.source === 'llm' ? (g.llm?.unresolved ?? []) : [];
  if (unresolved.length) {
    rows.push(
      d.h(
        'div',
        { class: 'notice failed', role: 'alert' },
        d.h('p', {}, d.icon('error'), ` This code still fails its checks after ${Math.max(0, (g.llm?.attempts ?? 1) - 1)} repair round(s). Fix these before using it, or Regenerate:`),
        d.h('ul', {}, ...unresolved.map((u) => d.h('li', {}, u))),
      ),
    );
  } else if (g.source === 'llm' && g.llm?.rounds && g.llm.rounds.length > 1) {
    rows.push(d.h('p', { class: 'note' }, `Passed its checks after ${g.llm.rounds.length - 1} repair round(s).`));
  }
  if (g.changes.length) rows.push(d.h('p', {}, d.h('strong', {}, 'Adapted: '), g.changes.join(' · ')));
  rows.push(
    d.h(
      'p',
      { class: 'note' },
      'Closest library components: ',
      ...g.basedOn.flatMap((b, i) => [i > 0 ? ', ' : '', d.h('span', { title: b.matched.length ? `matched: ${b.matched.join(', ')}` : undefined }, `${b.name} (${Math.round(b.similarity * 100)}%)`)]),
    ),
  );
  if (g.enhanced) rows.push(d.h('details', {}, d.h('summary', {}, 'Enhanced prompt'), d.h('pre', { class: 'prompt' }, g.enhanced)));
  return d.h('section', { class: 'notes', 'aria-label': 'How it was made' }, ...rows);
}

/** "Card (28 %)": the cosine similarity where embeddings ranked; metadata alone has none to give. */
function closeness(g: GenerationView, b: GenerationView['basedOn'][number]): string {
  if (g.retrievalTier === 'heuristic' || b.similarity <= 0) return b.matched.length ? `${b.name} (matched: ${b.matched.join(', ')})` : b.name;
  return `${b.name} (${Math.round(b.similarity * 100)} %)`;
}

/**
 * No built-in component is what was asked: say so, offer the closest ones under their own names as starting points
 * (each opens as itself) and a model; no preview or code is presented as the answer.
 */
function renderNotCovered(d: Dom, g: GenerationView, post: Post): HTMLElement {
  const kind = g.coverage?.kind ?? g.description;
  const open = (name: string) => {
    const b = d.h('button', { type: 'button', class: 'secondary', 'data-action': 'openLibrary', 'data-name': name }, d.icon('go-to-file'), ` Open ${name}`);
    b.addEventListener('click', () => post({ type: 'openLibrary', name }));
    return b;
  };
  const setup = d.h('button', { type: 'button', class: 'primary', 'data-action': 'setupModel' }, d.icon('settings-gear'), ' Set Up a Model…');
  setup.addEventListener('click', () => post({ type: 'setupModel' }));
  const how = g.retrievalTier === 'heuristic' ? "ranked by the library's names, tags and descriptions (no embeddings)" : `ranked by embedding similarity (${g.retrievalTier} tier) and the library's names and tags`;
  return d.h(
    'div',
    { class: 'generate-view not-covered' },
    d.h(
      'header',
      {},
      d.h('h1', { id: 'not-covered-title' }, `No built-in component matches “${kind}”`),
      d.h('p', { class: 'description' }, `“${g.description}”`),
    ),
    d.h(
      'p',
      { class: 'notice', role: 'status' },
      d.icon('info'),
      ` No built-in component matches “${kind}”; closest: ${g.basedOn.map((b) => closeness(g, b)).join(', ')}.`,
    ),
    d.h('p', {}, `${g.coverage?.reason ?? ''}. Without a model, Siza Gen composes only from its built-in library, and renames or adapts a component only when it is the thing asked for.`),
    d.h(
      'section',
      { class: 'closest', 'aria-labelledby': 'closest-title' },
      d.h('h2', { id: 'closest-title' }, 'Start from a library component'),
      d.h('p', { class: 'note' }, `The closest ones, under their own names, ${how}:`),
      d.h('ul', {}, ...g.basedOn.map((b) => d.h('li', {}, open(b.name), ' ', d.h('span', { class: 'note' }, closeness(g, b))))),
    ),
    d.h(
      'section',
      { class: 'model', 'aria-labelledby': 'model-title' },
      d.h('h2', { id: 'model-title' }, 'Or have a model write it'),
      d.h('p', {}, 'With an LLM configured (Ollama, an OpenAI-compatible endpoint, or the bundled local model), Generate writes a new component for the request.'),
      d.h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Actions' }, setup, d.h('span', { class: 'action-status', role: 'status', 'aria-live': 'polite' })),
    ),
  );
}

export function renderGenerate(d: Dom, m: GenerateModel, post: Post): HTMLElement {
  const g = m.generation;
  if (g.coverage?.covered === false) return renderNotCovered(d, g, post);
  let preview: HTMLElement;
  if (m.previewHtml !== undefined) {
    const frame = d.h('iframe', { class: 'preview', title: `Preview of ${g.name}`, sandbox: '' });
    frame.srcdoc = m.previewHtml;
    preview = frame;
  } else preview = d.h('p', { class: 'note preview-note' }, m.previewNote ?? 'No preview.');
  const code = d.h('code', { class: `hljs language-${g.framework}` });
  code.append(highlightCode(d.doc, g.code, g.framework));
  return d.h(
    'div',
    { class: 'generate-view' },
    d.h(
      'header',
      {},
      d.h('div', { class: 'title-row' }, d.h('h1', {}, g.name), frameworkPicker(d, g, post), scoreBadge(d, g, post)),
      d.h('p', { class: 'description' }, `“${g.description}”`),
      sourceLine(d, g),
    ),
    d.h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': 'Actions' },
      button(d, 'insert', 'insert', m.insertTarget ? `Insert at Cursor (${m.insertTarget})` : 'Insert at Cursor', true, post),
      button(d, 'save', 'save', 'Save as File', false, post, m.saveTarget ? `Save as ${m.saveTarget}` : undefined),
      button(d, 'copy', 'copy', 'Copy', false, post),
      button(d, 'regenerate', 'refresh', 'Regenerate', false, post),
      button(d, 'reject', 'thumbsdown', 'Not Useful', false, post, 'Record this result as rejected (kept locally for fine-tuning)'),
      d.h('span', { class: 'action-status', role: 'status', 'aria-live': 'polite' }),
    ),
    notes(d, g),
    d.h(
      'div',
      { class: 'columns' },
      d.h('section', { class: 'column preview-column', 'aria-label': 'Preview' }, d.h('h2', {}, 'Preview'), preview),
      d.h(
        'section',
        { class: 'column code-column', 'aria-label': 'Code' },
        d.h('h2', {}, g.fileName),
        checks(d, g),
        d.h('pre', { class: 'code', tabindex: 0, 'aria-label': `${g.fileName} source` }, code),
      ),
    ),
  );
}

const STAGE_TEXT: Record<GenerateProgressView['stage'], string> = {
  retrieving: 'Retrieving similar components…',
  writing: 'The model is writing…',
  checking: 'Checking: compiler, accessibility, score…',
  repairing: 'Repairing what the checks found…',
  cancelled: 'Cancelled.',
  failed: 'Failed.',
};

/** A generation in progress: its stage (retrieving → writing → checking → repairing), the retrieval, the tokens, Cancel. */
export function renderProgress(d: Dom, p: GenerateProgressView, post: Post): HTMLElement {
  const running = p.stage !== 'cancelled' && p.stage !== 'failed';
  const steps = (['retrieving', 'writing', 'checking', 'repairing'] as const).map((s) =>
    d.h('li', { class: s === p.stage ? 'current' : undefined, 'aria-current': s === p.stage ? 'step' : undefined }, s),
  );
  const cancel = d.h('button', { type: 'button', class: 'secondary', 'data-action': 'cancel', disabled: !running }, d.icon('close'), ' Cancel');
  cancel.addEventListener('click', () => post({ type: 'cancel' }));
  return d.h(
    'div',
    { class: 'generate-view generating' },
    d.h('header', {}, d.h('h1', {}, 'Generating'), d.h('p', { class: 'description' }, `“${p.description}” · ${FRAMEWORK_LABEL[p.framework]}`)),
    d.h('ol', { class: 'stages', 'aria-label': 'Stages' }, ...steps),
    d.h(
      'p',
      { class: 'stage', role: 'status', 'aria-live': 'polite' },
      running ? d.icon('loading codicon-modifier-spin') : d.icon(p.stage === 'failed' ? 'error' : 'circle-slash'),
      ` ${STAGE_TEXT[p.stage]}${p.round > 0 ? ` (repair round ${p.round} of 2)` : ''}${p.message ? ` ${p.message}` : ''} · ${p.seconds.toFixed(0)} s`,
    ),
    d.h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Actions' }, cancel),
    p.basedOn
      ? d.h('p', { class: 'note' }, 'Closest library components: ', p.basedOn.map((b) => `${b.name} (${Math.round(b.similarity * 100)}%)`).join(', '))
      : null,
    d.h('pre', { class: 'code stream', tabindex: 0, 'aria-label': 'The model’s reply so far' }, d.h('code', {}, p.text || ' ')),
  );
}

function main(): void {
  const api = vscodeApi<GenerateFromWebview>();
  if (!api) return; // imported by a unit test, not in a webview
  const root = document.getElementById('app')!;
  const d = dom(document);
  const status = (cls: string, icon: string, text: string) => {
    const el = root.querySelector('.action-status');
    if (!el) return;
    el.className = `action-status ${cls}`;
    el.replaceChildren(d.icon(icon), ` ${text}`);
  };
  onHostMessage<GenerateToWebview>((m) => {
    if (m.type === 'show') {
      root.replaceChildren(renderGenerate(d, m.model, (msg) => api.postMessage(msg)));
      root.removeAttribute('aria-busy');
    } else if (m.type === 'progress') {
      const pre = root.querySelector('pre.stream');
      const stuck = pre ? pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4 : true;
      root.replaceChildren(renderProgress(d, m.progress, (msg) => api.postMessage(msg)));
      const fresh = root.querySelector('pre.stream');
      if (fresh && stuck) fresh.scrollTop = fresh.scrollHeight; // follow the text while the reader is at its end
      root.setAttribute('aria-busy', String(m.progress.stage !== 'cancelled' && m.progress.stage !== 'failed'));
    } else if (m.type === 'busy') {
      root.setAttribute('aria-busy', 'true');
      status('busy', 'loading codicon-modifier-spin', m.message);
    } else {
      root.removeAttribute('aria-busy');
      status(m.ok ? 'ok' : 'failed', m.ok ? 'check' : 'error', m.message);
    }
  });
  api.postMessage({ type: 'ready' });
}

main();
