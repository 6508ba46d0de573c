import * as assert from 'node:assert/strict';
import type { SizaApi } from '../../src/api';
import type { Tier } from '../../src/core/inference';
import { activateExtension, record, screenshot, waitFor } from './harness';

const INSTALL_TIMEOUT = 20 * 60_000;
const COMPONENTS = [
  { id: 'Button.tsx#Button', text: 'Button: a primary button with a loading spinner that submits a form' },
  { id: 'Table.vue#DataTable', text: 'DataTable: a sortable data table with pagination and row selection' },
  { id: 'Modal.svelte#Modal', text: 'Modal: a dialog overlay with a title, a close icon and a focus trap' },
  { id: 'Nav.html#Navbar', text: 'Navbar: a responsive navigation bar with a logo and a hamburger menu' },
  { id: 'Login.component.ts#LoginForm', text: 'LoginForm: an email and password form with validation messages' },
];

/**
 * Runs first (files run in name order: 01-…), on a fresh storage folder: the venv is still installing, so
 * the in-process tier must answer (instant-on); then the sidecar takes over the same index.
 */
describe('Inference on every tier in a real VS Code', function () {
  this.timeout(INSTALL_TIMEOUT);
  let api: SizaApi;

  before(async () => {
    api = await activateExtension();
  });

  it('embeds, indexes and searches in-process while the sidecar is still being installed', async () => {
    assert.notEqual(api.sidecar.status.kind, 'ready', 'this run starts from an empty storage folder');
    const up = await api.inference.upsert('workspace', COMPONENTS.map((c) => ({ ...c, metadata: { source: 'in-process' } })));
    assert.equal(up.tier, 'in-process');
    assert.equal(up.count, COMPONENTS.length);
    const found = await api.inference.search('workspace', { text: 'a popup window with a close button', k: 3 });
    assert.equal(found.tier, 'in-process');
    assert.equal(found.hits[0]?.id, 'Modal.svelte#Modal');
    const vectors = await api.inference.embed(['a submit button']);
    assert.equal(vectors.vectors[0]?.length, 384);
    const score = await api.inference.score({ code: 'export const B = () => <button onClick={go}><img src="x.png"/></button>;' });
    assert.equal(score.tier, 'heuristic');
    assert.ok(score.violations.length > 0);
    assert.notEqual(api.sidecar.status.kind, 'ready', 'all of it was answered before the sidecar was up');
    const text = await screenshot('status-in-process');
    assert.match(text, /Siza: (installing|starting) · in-process/);
  });

  it('once the sidecar is ready, it searches the index built in-process, with the very same vectors', async () => {
    await waitFor(() => {
      if (api.sidecar.status.kind === 'error') throw new Error(api.sidecar.status.detail);
      return api.sidecar.status.kind === 'ready';
    }, INSTALL_TIMEOUT, 'the sidecar to be ready');
    const query = (await api.inference.embed(['a table of rows with pages'])).vectors[0]!;
    const bySidecar = await api.inference.search('workspace', { vector: query, k: 5 });
    assert.equal(bySidecar.tier, 'sidecar');
    assert.equal(bySidecar.hits[0]?.id, 'Table.vue#DataTable');
    assert.deepEqual(bySidecar.hits[0]?.metadata, { source: 'in-process' });
    const stats = await api.inference.stats('workspace');
    assert.equal(stats.tier, 'sidecar');
    assert.equal(stats.count, COMPONENTS.length);
    assert.deepEqual(stats.problems, []);
    // The sidecar writes; the in-process tier will read it after the kill below.
    const up = await api.inference.upsert('workspace', [{ id: 'Card.tsx#PricingCard', text: 'PricingCard: a pricing plan card with a feature list and a call to action', metadata: { source: 'sidecar' } }]);
    assert.equal(up.tier, 'sidecar');
    assert.match(await screenshot('status-sidecar'), /Siza: ready · sidecar/);
  });

  it('answers every request of a batch during which the sidecar is killed', async () => {
    const victim = api.sidecar.pid!;
    const tiers: Record<string, number> = {};
    const answered: Promise<Tier>[] = [];
    for (let i = 0; i < 40; i++) {
      const request =
        i % 3 === 0
          ? api.inference.search('workspace', { text: `pricing plans ${i}`, k: 3 }).then((r) => {
              assert.ok(r.hits.some((h) => h.id === 'Card.tsx#PricingCard'), `search ${i} on ${r.tier} sees what the sidecar wrote`);
              return r.tier;
            })
          : i % 3 === 1
            ? api.inference.embed([`a card component ${i}`]).then((r) => r.tier)
            : api.inference.score({ code: `<button>${i}</button>`, framework: 'html' }).then((r) => r.tier);
      answered.push(request);
      if (i === 8) process.kill(victim, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 25));
    }
    for (const tier of await Promise.all(answered)) tiers[tier] = (tiers[tier] ?? 0) + 1;
    record('tiersDuringKill', tiers);
    assert.equal(Object.values(tiers).reduce((a, b) => a + b, 0), 40);
    assert.ok(tiers.sidecar, 'some requests were answered by the sidecar before the kill');
    assert.ok(tiers['in-process'], 'the rest fell to the in-process tier');
    await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid !== victim, 120_000, 'the sidecar to come back');
  });
});
