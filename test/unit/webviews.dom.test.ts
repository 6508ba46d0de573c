import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Window } from 'happy-dom';
import { dom, type Dom } from '../../src/webview-ui/dom';
import { renderEnhance } from '../../src/webview-ui/enhance';
import { renderGenerate, renderProgress } from '../../src/webview-ui/generate';
import { renderTraining } from '../../src/webview-ui/training';
import { renderScore } from '../../src/webview-ui/score';
import { createSimilarView, heading, type SavedState } from '../../src/webview-ui/similar';
import type { EnhanceFromWebview } from '../../src/enhance/protocol';
import type { ScoreFromWebview } from '../../src/quality/protocol';
import { MAX_QUERY_CHARS, similarFromWebview, type SimilarFromWebview, type SimilarState } from '../../src/similar/protocol';
import { enhanceView, IMG, SCRIPT, scoreView, similarResults } from './webviewFixtures';

/** The browser-side builders rendered in happy-dom: hostile content stays text, keys and clicks post the right messages. */

function newDom(): { d: Dom; doc: Document; window: Window } {
  const window = new Window();
  const doc = window.document as unknown as Document;
  return { d: dom(doc), doc, window };
}

/** No script element, no event-handler attribute, no <img> (our builders never make one). */
function assertInert(root: Element): void {
  assert.equal(root.querySelectorAll('script').length, 0, 'no <script> element');
  assert.equal(root.querySelectorAll('img').length, 0, 'no <img> element');
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of el.getAttributeNames()) {
      assert.doesNotMatch(a, /^on/i, `<${el.tagName.toLowerCase()} ${a}>`);
      assert.notEqual(a, 'style', `<${el.tagName.toLowerCase()} style>`);
    }
  }
}

function key(el: Element, k: string, init: Record<string, unknown> = {}): void {
  const view = el.ownerDocument.defaultView as unknown as { KeyboardEvent: typeof KeyboardEvent };
  el.dispatchEvent(new view.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
}

describe('webview DOM builders', () => {
  it('refuses event-handler and style attributes', () => {
    const { d } = newDom();
    assert.throws(() => d.h('div', { onclick: 'alert(1)' }), /refused/);
    assert.throws(() => d.h('div', { ONERROR: 'x' }), /refused/);
    assert.throws(() => d.h('div', { style: 'color:red' }), /refused/);
    const el = d.h('p', { title: '" onmouseover="alert(1)' }, IMG);
    assert.equal(el.childElementCount, 0);
    assert.equal(el.textContent, IMG);
    assert.deepEqual(el.getAttributeNames(), ['title']);
  });
});

describe('score webview', () => {
  it('renders hostile content as text and nothing executable', () => {
    const { d } = newDom();
    const v = scoreView();
    const root = renderScore(d, { title: v.title, fileLabel: v.fileLabel, component: v.component, result: v.result, canReveal: true }, () => undefined);
    assertInert(root);
    const text = root.textContent;
    for (const s of [SCRIPT, IMG, `<img> without alt ${IMG}`, `upstream said ${IMG}`, `Decent structure. ${SCRIPT}`]) assert.ok(text.includes(s), s);
  });

  it('shows the score, confidence, tier and source, factors and sorted violations', () => {
    const { d } = newDom();
    const root = renderScore(d, { ...scoreView(), canReveal: true }, () => undefined);
    const text = root.textContent.replace(/\s+/g, ' ');
    assert.match(text, /6\.4\s?\/ 10/);
    assert.match(text, /Confidence 82%/);
    assert.match(text, /answered by the sidecar · heuristic\+llm/);
    assert.equal(root.querySelector('meter.big-gauge')!.getAttribute('value'), '6.4');
    assert.equal(root.querySelectorAll('.factors .factor').length, 3);
    assert.match(text, /Accessibility.*4\.5.*22%/);
    const severities = [...root.querySelectorAll('.violation')].map((li) => li.getAttribute('data-severity'));
    assert.deepEqual(severities, ['error', 'warning', 'info']);
    assert.match(text, /ollama scored 6\.9 \/ 10/);
  });

  it('violation lines are buttons that post reveal with the 1-based line; plain text when nothing can be revealed', () => {
    const { d } = newDom();
    const posted: ScoreFromWebview[] = [];
    const root = renderScore(d, { ...scoreView(), canReveal: true }, (m) => posted.push(m));
    const links = [...root.querySelectorAll<HTMLButtonElement>('button.line-link')];
    assert.deepEqual(links.map((b) => b.textContent), ['line 3', 'line 7']);
    links[1]!.click();
    assert.deepEqual(posted, [{ type: 'reveal', line: 7 }]);
    const plain = renderScore(d, { ...scoreView(), canReveal: false }, (m) => posted.push(m));
    assert.equal(plain.querySelectorAll('button.line-link').length, 0);
    assert.equal(plain.querySelectorAll('.line').length, 2);
  });
});

describe('enhance webview', () => {
  it('marks the additions with <mark> and keeps hostile text inert', () => {
    const { d } = newDom();
    const v = enhanceView();
    const root = renderEnhance(d, { original: v.original, result: v.result, canReplace: true, replaceLabel: 'a.md:3' }, () => undefined);
    assertInert(root);
    const enhanced = root.querySelector('pre.enhanced')!;
    assert.equal(enhanced.textContent, v.result.enhanced);
    const marks = [...enhanced.querySelectorAll('mark')].map((m) => m.textContent);
    assert.deepEqual(marks, v.result.additions.slice(0, 3));
    assert.equal(root.querySelector('pre.original')!.textContent, v.original);
    assert.ok(root.querySelector('.additions li.missing'), 'the missing addition is listed apart');
    assert.match(root.textContent, /answered by the built-in heuristics · rules/);
  });

  it('buttons post their action; Replace Selection only with a selection', () => {
    const { d } = newDom();
    const v = enhanceView();
    const posted: EnhanceFromWebview[] = [];
    const root = renderEnhance(d, { original: v.original, result: v.result, canReplace: true, replaceLabel: 'a.md:3' }, (m) => posted.push(m));
    for (const b of root.querySelectorAll<HTMLButtonElement>('.toolbar button')) b.click();
    assert.deepEqual(posted.map((m) => m.type), ['copy', 'replace', 'openUntitled']);
    assert.match(root.querySelector('[data-action="replace"]')!.textContent, /Replace Selection \(a\.md:3\)/);
    const without = renderEnhance(d, { original: v.original, result: v.result, canReplace: false }, () => undefined);
    assert.equal(without.querySelector('[data-action="replace"]'), null);
  });
});

describe('similar webview', () => {
  const done = (): SimilarState => ({
    query: 'a product card',
    status: 'done',
    tier: 'in-process',
    results: similarResults().map(({ uri: _u, range: _r, ...r }) => r),
  });

  function setup(saved?: SavedState) {
    const { d, doc } = newDom();
    const posted: SimilarFromWebview[] = [];
    const savedStates: SavedState[] = [];
    const view = createSimilarView(d, { post: (m) => posted.push(m), save: (s) => savedStates.push(s), saved, debounceMs: 20 });
    doc.body.append(view.element);
    const input = view.element.querySelector('textarea')!;
    const list = view.element.querySelector<HTMLElement>('[role="listbox"]')!;
    return { view, posted, savedStates, input, list, doc };
  }

  it('renders results as listbox options with badges, percentages and an 8-line preview, hostile text inert', () => {
    const { view, list } = setup();
    view.setState(done());
    assertInert(view.element);
    const options = [...list.querySelectorAll('[role="option"]')];
    assert.equal(options.length, 3);
    assert.equal(list.querySelectorAll('[aria-selected="true"]').length, 0, 'nothing is active before the list has focus');
    assert.match(options[0]!.textContent, /ProductCard.*93%.*src\/components\/ProductCard\.tsx.*7\.8/s);
    assert.ok(options[1]!.querySelector('.badge.duplicate'));
    assert.ok(options[2]!.querySelector('.badge.library'));
    assert.ok(options[1]!.textContent.includes(`Evil ${SCRIPT}`));
    const preview = options[1]!.querySelector('pre.preview')!.textContent;
    assert.equal(preview.split('\n').length, 8);
    assert.ok(preview.includes(IMG) && !preview.includes('line 9'));
    assert.match(view.element.querySelector('.status')!.textContent, /3 results/);
  });

  it('says why a result matched, and that one found on shared words alone has no similarity to show', () => {
    const { view, list } = setup();
    const [card, evil, lib] = done().results;
    view.setState({ ...done(), results: [card!, { ...evil!, similarity: undefined, matched: ['evil (name)'] }, lib!] });
    const options = [...list.querySelectorAll('[role="option"]')];
    assert.equal(options[0]!.querySelector('.why')?.textContent, 'matched: product (name, props) · card (name, means)');
    assert.match(options[0]!.getAttribute('aria-label') ?? '', /93% similar.*matched product \(name, props\), card \(name, means\)$/);
    assert.equal(options[1]!.querySelector('.similarity')?.textContent, 'words');
    assert.ok(!options[1]!.querySelector('.row')!.textContent.includes('%'), 'no percentage is made up for it');
    assert.match(options[1]!.getAttribute('aria-label') ?? '', /matched on words/);
    assert.equal(options[2]!.querySelector('.why'), null, 'a dense-only result claims no words');
  });

  it('a paste over the limit is sent cut with its whole length; the host\'s notices show under the status', () => {
    const { view, posted, input } = setup();
    input.value = 'x'.repeat(MAX_QUERY_CHARS + 5);
    key(input, 'Enter');
    assert.equal(posted.length, 1);
    const sent = posted[0] as { type: 'search'; query: string; length?: number };
    assert.deepEqual([sent.query.length, sent.length], [MAX_QUERY_CHARS, MAX_QUERY_CHARS + 5]);
    assert.ok(similarFromWebview.safeParse(sent).success, 'the host accepts it');
    view.setState({ ...done(), notices: ['A long query is searched by its beginning.'] });
    assert.match(view.element.querySelector('.status .notice')?.textContent ?? '', /searched by its beginning/);
  });

  it('Enter searches at once; typing searches after the pause, once', async () => {
    const { posted, input } = setup();
    input.value = 'a pricing table';
    key(input, 'Enter');
    assert.deepEqual(posted, [{ type: 'search', query: 'a pricing table' }]);
    for (const t of ['a n', 'a na', 'a nav']) {
      input.value = t;
      input.dispatchEvent(new (input.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('input'));
    }
    await sleep(80);
    assert.deepEqual(posted.slice(1), [{ type: 'search', query: 'a nav' }]);
    key(input, 'Enter', { shiftKey: true });
    assert.equal(posted.length, 2, 'Shift+Enter is a new line, not a search');
  });

  it('Up/Down move the active option, Enter and click open it by id', () => {
    const { view, posted, list } = setup();
    view.setState(done());
    list.focus();
    list.dispatchEvent(new (list.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('focus'));
    assert.equal(list.getAttribute('aria-activedescendant'), 'result-0');
    key(list, 'ArrowDown');
    key(list, 'ArrowDown');
    key(list, 'ArrowDown');
    assert.equal(list.getAttribute('aria-activedescendant'), 'result-2', 'stops at the last');
    key(list, 'ArrowUp');
    assert.equal(list.querySelector('[aria-selected="true"]')!.id, 'result-1');
    key(list, 'Enter');
    (list.querySelector('#result-2 .name') as HTMLElement).click();
    assert.deepEqual(posted, [{ type: 'open', id: 'ws:evil' }, { type: 'open', id: 'lib:pricing' }]);
  });

  it('shows searching, errors and "Similar to" titles; restores its saved state', () => {
    const { view, savedStates, input } = setup();
    input.value = 'an earlier search';
    view.setState({ query: 'x', status: 'searching', results: [] });
    assert.match(view.element.querySelector('.status')!.textContent, /Searching…/);
    assert.ok(view.element.classList.contains('searching'));
    view.setState({ query: 'x', status: 'error', results: [], error: `boom ${SCRIPT}` });
    assert.ok(view.element.querySelector('.status')!.textContent.includes(`boom ${SCRIPT}`));
    view.setState({ ...done(), query: '', title: 'ProductCard' });
    assert.equal(view.element.querySelector('.results-title')!.textContent, 'Similar to ProductCard');
    assert.equal(input.value, '', 'the search box no longer describes the results');
    assert.equal(heading('Similar to X'), 'Similar to X');
    const last = savedStates[savedStates.length - 1]!;
    const again = setup(last);
    assert.equal(again.list.querySelectorAll('[role="option"]').length, 3);
    assert.equal(again.view.element.querySelector('.results-title')!.textContent, 'Similar to ProductCard');
  });
});

describe('generate webview', () => {
  const generation = (code: string) => ({
    name: 'DeleteButton',
    description: `a button ${IMG}`,
    framework: 'react' as const,
    fileName: 'DeleteButton.tsx',
    code,
    source: 'library' as const,
    basedOn: [{ name: 'DangerButton', score: 0.8, similarity: 0.51, matched: ['button'] }],
    changes: [`label: "${SCRIPT}"`],
    llm: { attempts: 2, error: `the LLM's component was not valid (${IMG})`, ms: 10 },
    validation: { ok: true, errors: [], warnings: [], a11y: [] },
    score: { score: 9.5, tier: 'sidecar' as const, violations: 1, source: 'heuristic' },
    retrievalTier: 'sidecar' as const,
    ms: 1234,
  });
  const HOSTILE_CODE = `export function X() { return <p title="${SCRIPT}">{'${IMG}'}</p>; }\n// </code></pre><img src=x onerror=alert(1)>`;

  it('highlights the code without letting it become markup; hostile texts stay text', () => {
    const { d } = newDom();
    const root = renderGenerate(d, { generation: generation(HOSTILE_CODE), previewHtml: '<p>preview</p>', insertTarget: 'App.tsx:3' }, () => undefined);
    assertInert(root);
    const code = root.querySelector('pre.code code')!;
    assert.equal(code.textContent, HOSTILE_CODE);
    assert.ok(code.querySelectorAll('span').length > 5, 'highlighted');
    for (const span of code.querySelectorAll('*')) {
      assert.equal(span.tagName, 'SPAN');
      assert.deepEqual(span.getAttributeNames(), ['class']);
    }
    for (const s of [IMG, SCRIPT]) assert.ok(root.textContent.includes(s), s);
    assert.match(root.textContent, /Insert at Cursor \(App\.tsx:3\)/);
    assert.match(root.textContent, /composed from the library instead/);
  });

  it('the preview is a sandboxed iframe (no scripts, opaque origin) with the page as srcdoc', () => {
    const { d } = newDom();
    const root = renderGenerate(d, { generation: generation('x'), previewHtml: '<p>preview</p>' }, () => undefined);
    const iframe = root.querySelector('iframe')!;
    assert.equal(iframe.getAttribute('sandbox'), '');
    assert.equal(iframe.getAttribute('title'), 'Preview of DeleteButton');
    assert.equal((iframe).srcdoc, '<p>preview</p>');
  });

  it('the actions and the framework picker post their messages', () => {
    const { d } = newDom();
    const posted: unknown[] = [];
    const root = renderGenerate(d, { generation: generation('x'), previewHtml: '' }, (m) => posted.push(m));
    for (const a of ['insert', 'save', 'copy', 'regenerate', 'reject', 'showScore']) (root.querySelector(`[data-action="${a}"]`) as HTMLElement).click();
    const select = root.querySelector('select')!;
    select.value = 'svelte';
    select.dispatchEvent(new (select.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event('change'));
    assert.deepEqual(posted, [{ type: 'insert' }, { type: 'save' }, { type: 'copy' }, { type: 'regenerate' }, { type: 'reject' }, { type: 'showScore' }, { type: 'framework', framework: 'svelte' }]);
  });

  it('not covered: says so in a heading and a status, offers the closest by their own names and a model, shows no code as the answer', () => {
    const { d } = newDom();
    const posted: unknown[] = [];
    const g = {
      ...generation('export function Card() { return null; }'),
      name: 'Card',
      changes: [],
      llm: undefined,
      description: `a kanban board ${IMG}`,
      basedOn: [
        { name: 'Card', score: 0.3, similarity: 0.281, matched: [] },
        { name: 'BlogPostCard', score: 0.27, similarity: 0.266, matched: ['card'] },
      ],
      coverage: { covered: false, kind: `kanban board ${SCRIPT}`, reason: 'No built-in component is a kanban board', missing: [] },
    };
    const root = renderGenerate(d, { generation: g, previewHtml: '<p>preview</p>', insertTarget: 'App.tsx:3' }, (m) => posted.push(m));
    assertInert(root);
    assert.equal(root.querySelector('h1')!.textContent, `No built-in component matches “kanban board ${SCRIPT}”`);
    assert.equal(root.querySelector('[role="status"].notice')!.textContent.trim(), `No built-in component matches “kanban board ${SCRIPT}”; closest: Card (28 %), BlogPostCard (27 %).`);
    assert.equal(root.querySelector('iframe'), null, 'no preview presented as the answer');
    assert.equal(root.querySelector('pre.code'), null, 'no code presented as the answer');
    assert.equal(root.querySelector('[data-action="insert"]'), null);
    const buttons = [...root.querySelectorAll('button')];
    assert.ok(buttons.every((b) => b.getAttribute('type') === 'button'), 'real buttons');
    assert.deepEqual(buttons.map((b) => b.textContent.trim()), ['Open Card', 'Open BlogPostCard', 'Set Up a Model…']);
    for (const b of buttons) b.click();
    assert.deepEqual(posted, [{ type: 'openLibrary', name: 'Card' }, { type: 'openLibrary', name: 'BlogPostCard' }, { type: 'setupModel' }]);
  });

  it('not covered on metadata alone: no similarity is made up', () => {
    const { d } = newDom();
    const g = {
      ...generation('x'),
      retrievalTier: 'heuristic' as const,
      basedOn: [{ name: 'DataTable', score: 0.15, similarity: 0, matched: ['grid'] }],
      coverage: { covered: false, kind: 'data grid', reason: 'DataTable is the closest data grid, but it has no sort', missing: ['sort'] },
    };
    const root = renderGenerate(d, { generation: g, previewHtml: '' }, () => undefined);
    assert.match(root.querySelector('[role="status"].notice')!.textContent, /closest: DataTable \(matched: grid\)\.$/);
    assert.match(root.textContent, /DataTable is the closest data grid, but it has no sort\./);
    assert.doesNotMatch(root.textContent, /0 %/);
  });

  it('LLM code that still fails lists what fails; with no preview, says why instead of an iframe', () => {
    const { d } = newDom();
    const g = { ...generation('x'), source: 'llm' as const, llm: { attempts: 3, ms: 10, unresolved: [`react compiler: 1:2: ${IMG}`], rounds: [] } };
    const root = renderGenerate(d, { generation: g, previewNote: 'No preview: React code' }, () => undefined);
    assertInert(root);
    assert.equal(root.querySelector('iframe'), null);
    assert.match(root.querySelector('.preview-note')!.textContent, /No preview: React code/);
    const alert = root.querySelector('[role="alert"]')!;
    assert.match(alert.textContent, /still fails its checks after 2 repair round/);
    assert.ok(alert.textContent.includes(`react compiler: 1:2: ${IMG}`));
  });

  it('progress: the stage is marked, the streamed text is text, Cancel posts cancel (and is off once cancelled)', () => {
    const { d } = newDom();
    const posted: unknown[] = [];
    const p = { description: 'a tile', framework: 'react' as const, stage: 'repairing' as const, round: 1, text: `\`\`\`tsx\n${SCRIPT}`, seconds: 3, basedOn: generation('x').basedOn };
    const root = renderProgress(d, p, (m) => posted.push(m));
    assertInert(root);
    assert.equal(root.querySelector('[aria-current="step"]')!.textContent, 'repairing');
    assert.match(root.querySelector('[role="status"]')!.textContent, /Repairing what the checks found… \(repair round 1 of 2\)/);
    assert.ok(root.querySelector('pre.stream')!.textContent.includes(SCRIPT));
    assert.match(root.textContent, /DangerButton \(51%\)/);
    (root.querySelector('[data-action="cancel"]') as HTMLButtonElement).click();
    assert.deepEqual(posted, [{ type: 'cancel' }]);
    const done = renderProgress(d, { ...p, stage: 'cancelled' }, () => undefined);
    assert.equal((done.querySelector('[data-action="cancel"]') as HTMLButtonElement).disabled, true);
  });
});

describe('training webview', () => {
  const job = (state: 'training' | 'complete', id = 'job-1') => ({
    id,
    state,
    modelId: `SmolLM2 ${IMG}`,
    createdAt: '2026-11-29T10:00:00Z',
    step: 10,
    totalSteps: 40,
    loss: 1.234,
    evalLoss: 1.5,
    tokensPerS: 300,
    etaS: 60,
    elapsedS: 20,
    examples: { train: 36, eval: 4, source: 'training/datasets/x.jsonl' },
    lossCurve: [{ step: 1, loss: 2 }, { step: 10, loss: 1.2 }],
    evalCurve: [{ step: 0, evalLoss: 2.1 }, { step: 10, evalLoss: 1.5 }],
    error: state === 'training' ? null : SCRIPT,
    adapter: state === 'complete' ? id : null,
  });

  it('shows jobs with progress, curves described in text, adapters with their actions; hostile strings stay text', () => {
    const { d } = newDom();
    const posted: unknown[] = [];
    const root = renderTraining(
      d,
      {
        jobs: [job('training'), job('complete', 'job-0')],
        adapters: [{ name: 'job-0', createdAt: null, baseModel: 'SmolLM2', sizeBytes: 3 * 1024 * 1024, initialEvalLoss: 2.1, finalEvalLoss: 1.5, sPerStep: 0.8, active: false }],
        provider: 'none',
      },
      (m) => posted.push(m),
    );
    assertInert(root);
    assert.ok(root.textContent.includes(IMG) && root.textContent.includes(SCRIPT));
    assert.match(root.textContent, /step 10\/40 \(25%\)/);
    assert.match(root.textContent, /2\.100 → 1\.500/);
    assert.match(root.querySelector('canvas')!.getAttribute('aria-label')!, /held-out loss from 2\.100 to 1\.500/);
    assert.match(root.textContent, /Activate switches it to local/);
    (root.querySelector('[data-action="cancel"]') as HTMLElement).click();
    (root.querySelector('[data-action="activate"]') as HTMLElement).click();
    (root.querySelector('[data-action="deleteAdapter"]') as HTMLElement).click();
    assert.deepEqual(posted, [{ type: 'cancel', id: 'job-1' }, { type: 'activate', name: 'job-0' }, { type: 'deleteAdapter', name: 'job-0' }]);
  });
});
