import * as assert from 'node:assert/strict';
import { MemoryLogger } from './memoryLogger';
import type { Tier } from '../../src/core/inference';
import { SimilarController, type SimilarBackend } from '../../src/similar/controller';
import type { SimilarResult, SimilarState } from '../../src/similar/protocol';
import { similarResults } from './webviewFixtures';

/** The Find Similar view's host side: one search at a time, stale answers dropped, results opened by id only. */

interface Pending {
  query: string;
  signal: AbortSignal;
  resolve(v: { tier: Tier; results: SimilarResult[] }): void;
  reject(e: Error): void;
}

class ManualBackend implements SimilarBackend {
  readonly pending: Pending[] = [];
  readonly opened: SimilarResult[] = [];
  openError: Error | undefined;
  /** Off: a backend that ignores the signal and answers late anyway. */
  honourAbort = true;
  search(query: string, signal: AbortSignal): Promise<{ tier: Tier; results: SimilarResult[] }> {
    return new Promise((resolve, reject) => {
      this.pending.push({ query, signal, resolve, reject });
      if (this.honourAbort) signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }
  open(result: SimilarResult): Promise<void> {
    if (this.openError) return Promise.reject(this.openError);
    this.opened.push(result);
    return Promise.resolve();
  }
}

function setup() {
  const backend = new ManualBackend();
  const states: SimilarState[] = [];
  const log = new MemoryLogger();
  const c = new SimilarController(backend, log);
  c.attach({ showState: (s) => states.push(s) });
  return { backend, states, c, log };
}

describe('Find Similar host logic (SimilarController)', () => {
  it('a new search aborts the one in flight, whose late answer is dropped', async () => {
    const { backend, states, c } = setup();
    backend.honourAbort = false;
    const first = c.search('a card');
    const second = c.search('a pricing card');
    assert.equal(backend.pending.length, 2);
    assert.equal(backend.pending[0]!.signal.aborted, true);
    assert.equal(backend.pending[1]!.signal.aborted, false);
    backend.pending[0]!.resolve({ tier: 'sidecar', results: similarResults() });
    await first;
    assert.equal(c.state.status, 'searching', 'the stale answer changed nothing');
    backend.pending[1]!.resolve({ tier: 'in-process', results: similarResults().slice(2) });
    await second;
    assert.deepEqual([c.state.status, c.state.query, c.state.tier, c.state.results.map((r) => r.id)], ['done', 'a pricing card', 'in-process', ['lib:pricing']]);
    assert.deepEqual(states.map((s) => s.status), ['searching', 'searching', 'done']);
  });

  it('sends the webview results without their location, and opens by id only', async () => {
    const { backend, c } = setup();
    const p = c.search('card');
    backend.pending[0]!.resolve({ tier: 'sidecar', results: similarResults('file:///ws/Card.tsx') });
    await p;
    for (const r of c.state.results) assert.ok(!('uri' in r) && !('range' in r), JSON.stringify(r));
    await c.handle({ type: 'open', id: 'ws:evil' });
    assert.equal(backend.opened[0]?.uri, 'file:///ws/Card.tsx');
    await c.handle({ type: 'open', id: 'file:///etc/passwd' });
    assert.equal(backend.opened.length, 1);
    assert.equal(c.state.status, 'error');
    assert.match(c.state.error!, /out of date/);
  });

  it('a failed search or open is shown inline; an empty query clears', async () => {
    const { backend, c, log } = setup();
    const p = c.search('broken');
    backend.pending[0]!.reject(new Error('the index is not ready'));
    await p;
    assert.deepEqual([c.state.status, c.state.error], ['error', 'the index is not ready']);
    assert.ok(log.lines.some((l) => /search failed/.test(l)));
    const q = c.search('card');
    backend.pending[1]!.resolve({ tier: 'sidecar', results: similarResults() });
    await q;
    backend.openError = new Error('file gone');
    await c.handle({ type: 'open', id: 'ws:card' });
    assert.match(c.state.error!, /Could not open ProductCard: file gone/);
    assert.equal(c.state.results.length, 3, 'the results stay');
    await c.search('   ');
    assert.deepEqual([c.state.status, c.state.results.length], ['idle', 0]);
  });

  it('bad input gets a clear answer: binary text is not searched, a cut paste and another script are searched and flagged', async () => {
    const { backend, c } = setup();
    await c.search('\u0000\u0001PNG\r\n\u001a\n\uFFFD\uFFFD\uFFFD\u0000\u0000IHDR');
    assert.equal(backend.pending.length, 0, 'nothing was searched');
    assert.deepEqual([c.state.status, c.state.results.length], ['done', 0]);
    assert.match(c.state.notices?.[0] ?? '', /binary or unreadable text/);
    await c.search('?!… —');
    assert.match(c.state.notices?.[0] ?? '', /no words to search by/);
    assert.equal(backend.pending.length, 0);

    const long = c.handle({ type: 'search', query: 'export function Card() {}\n'.repeat(800).slice(0, 20_000), length: 150_000 });
    assert.equal(backend.pending.length, 1);
    assert.match(c.state.notices?.[0] ?? '', /A long query \(150,000 characters\) is searched by its beginning/);
    backend.pending[0]!.resolve({ tier: 'in-process', results: similarResults() });
    await long;
    assert.equal(c.state.status, 'done');
    assert.equal(c.state.notices?.length, 1, 'the notice stays with the results');

    const other = c.search('モーダルダイアログ 閉じるボタン付き');
    assert.match(c.state.notices?.[0] ?? '', /trained on English/);
    backend.pending[1]!.resolve({ tier: 'in-process', results: [] });
    await other;
    const plain = c.search('une liste déroulante');
    assert.equal(c.state.notices, undefined, 'Latin script is not flagged: it cannot be told from English reliably');
    backend.pending[2]!.resolve({ tier: 'in-process', results: [] });
    await plain;
  });

  it('showResults replaces a running search with "similar to" results; ready re-sends or re-runs a restored query', async () => {
    const { backend, states, c } = setup();
    const restored = c.handle({ type: 'ready', query: 'restored query' });
    assert.equal(backend.pending[0]?.query, 'restored query', 'a fresh host searches what the webview restored');
    c.showResults('ProductCard', similarResults(), 'sidecar');
    assert.equal(backend.pending[0].signal.aborted, true);
    await restored;
    assert.deepEqual([c.state.title, c.state.status, c.state.results.length], ['ProductCard', 'done', 3]);
    const before = states.length;
    await c.handle({ type: 'ready', query: 'old' });
    assert.equal(backend.pending.length, 1, 'a host with state re-sends it instead');
    assert.equal(states.length, before + 1);
    assert.equal(states[states.length - 1], c.state);
  });
});
