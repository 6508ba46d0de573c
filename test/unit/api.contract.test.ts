import type { Framework } from '../../src/core/frameworks';
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SidecarClient } from '../../src/sidecar/client';
import { embedBatchResponseSchema } from '../../src/core/protocol/embeddings';
import { cosine, decodeVector, dot, encodeVector } from '../../src/core/vectors';
import { errorOf, ROOT, startSidecar } from './helpers';

/** Every typed call of the TS client against the real sidecar with the real all-MiniLM-L6-v2 model. */
describe('sidecar API contract (real server, real model)', function () {
  this.timeout(180_000);
  let proc: ChildProcess;
  let client: SidecarClient;

  before(async () => {
    ({ proc, client } = await startSidecar());
    // the model's first load (imports, weights, the bf16 check) can outlast embed's 10 s call timeout on a busy machine
    await client.embed('warm up', { timeoutMs: 120_000 });
  });
  after(() => {
    proc.kill('SIGTERM');
  });

  it('embeds one text and a batch: 384-d, unit norm, the same vector either way', async () => {
    const one = await client.embed('a primary button that submits a form');
    assert.equal(one.length, 384);
    assert.ok(Math.abs(dot(one, one) - 1) < 1e-4);
    const { vectors, model } = await client.embedBatch(['a primary button that submits a form', 'a data table with pagination']);
    assert.match(model, /MiniLM/i);
    assert.equal(vectors.length, 2);
    assert.ok(cosine(one, vectors[0]!) > 0.9999);
    assert.ok(cosine(one, vectors[1]!) < 0.6, 'different components are far apart');
  });

  it('parses the seed\'s `vectors` beside the base64 field, which the client itself does not ask for', async () => {
    const texts = ['a primary button that submits a form'];
    const seed = await client.call('POST', '/embed/batch', embedBatchResponseSchema, { body: { texts } });
    const [numbers] = seed.vectors ?? [];
    assert.ok(numbers && seed.vectors?.length === 1, 'one number array per text');
    assert.deepEqual(Float32Array.from(numbers), decodeVector(seed.embeddings[0]!, seed.dimensions));
    const lean = await client.call('POST', '/embed/batch', embedBatchResponseSchema, { body: { texts, vectors: false } });
    assert.equal(lean.vectors, undefined);
  });

  it('stores, searches (by text and by vector, with a filter), removes, rebuilds and clears a collection', async () => {
    const items = [
      { id: 'btn', text: 'Button: a clickable button with primary and ghost variants', metadata: { framework: 'react', type: 'atom' } },
      { id: 'tbl', text: 'DataTable: a sortable table with pagination', metadata: { framework: 'vue', type: 'organism' } },
      { id: 'modal', text: 'Modal: a dialog overlay with a close button and focus trap', metadata: { framework: 'react', type: 'molecule' } },
    ];
    const up = await client.upsert('contract', items);
    assert.deepEqual(up, { upserted: 3, count: 3 });
    const hits = await client.search('contract', { text: 'submit button', k: 3 });
    assert.equal(hits[0]?.id, 'btn');
    assert.deepEqual(hits[0]?.metadata, { framework: 'react', type: 'atom' });
    const vue = await client.search('contract', { text: 'submit button', k: 3, filter: { framework: 'vue' } });
    assert.deepEqual(vue.map((h) => h.id), ['tbl']);
    const byVector = await client.search('contract', { vector: await client.embed('a table of rows'), k: 1 });
    assert.equal(byVector[0]?.id, 'tbl');

    assert.equal((await client.stats('contract')).count, 3);
    assert.ok((await client.collections()).some((c) => c.name === 'library'));
    assert.deepEqual(await client.remove('contract', ['tbl']), { removed: 1, count: 2 });
    assert.equal((await client.rebuild('contract')).count, 2);
    assert.equal((await client.search('contract', { text: 'dialog', k: 1 }))[0]?.id, 'modal', 'ids survive a rebuild');
    assert.equal((await client.clear('contract')).count, 0);
  });

  it('rejects wrong dimensions and unknown collections with typed 4xx errors', async () => {
    const bad = await errorOf(client.upsert('contract', [{ id: 'x', vector: encodeVector(new Float32Array(3)) }]));
    assert.equal(bad.status, 422);
    assert.match(bad.message, /expected 384 dimensions, got 3/);
    assert.equal((await errorOf(client.stats('no-such-collection'))).status, 404);
    assert.equal((await errorOf(client.stats('Bad Name'))).status, 422);
  });

  it('scores the golden cases the same as the sidecar\'s own tests expect', async () => {
    type Case = {
      id: string;
      code: string[];
      framework: Framework | null;
      prompt: string | null;
      component_type: string | null;
      expect: { framework?: string; score_min: number; score_max: number; confidence_max?: number; rules_present: string[]; rules_absent: string[] };
    };
    const golden = JSON.parse(readFileSync(path.join(ROOT, 'python/siza_ml/rules/golden/score_cases.json'), 'utf8')) as { cases: Case[] };
    assert.ok(golden.cases.length >= 12, `golden cases: ${golden.cases.length}`);
    for (const c of golden.cases) {
      const r = await client.score({
        code: c.code.join('\n'),
        ...(c.framework ? { framework: c.framework } : {}),
        ...(c.prompt ? { prompt: c.prompt } : {}),
        ...(c.component_type ? { component_type: c.component_type } : {}),
      });
      assert.equal(r.source, 'heuristic');
      assert.equal(r.framework, c.expect.framework ?? c.framework, c.id);
      if (c.expect.confidence_max !== undefined) assert.ok(r.confidence <= c.expect.confidence_max, `${c.id}: confidence ${r.confidence}`);
      const rules = new Set(r.violations.map((v) => v.rule));
      for (const id of c.expect.rules_present) assert.ok(rules.has(id), `${c.id}: ${id} present`);
      for (const id of c.expect.rules_absent) assert.ok(!rules.has(id), `${c.id}: ${id} absent`);
      assert.ok(r.score >= c.expect.score_min && r.score <= c.expect.score_max, `${c.id}: ${r.score}`);
    }
  });

  it('enhances a prompt with the rules when no LLM is configured', async () => {
    const r = await client.enhance({ prompt: 'a nice login form', framework: 'react' });
    assert.equal(r.source, 'rules');
    assert.ok(r.enhanced.length > 'a nice login form'.length);
    assert.ok(!/\bnice\b/.test(r.enhanced), 'vague word replaced');
    assert.ok(r.additions.length > 0);
  });

  it('records the extension\'s own timings and reports them with percentiles', async () => {
    for (const ms of [10, 20, 30, 40]) await client.recordMetric({ event: 'inprocess.embed', duration_ms: ms, tier: 'in-process' });
    const report = await client.metricsReport();
    const e = report.events['inprocess.embed'];
    assert.ok(e, JSON.stringify(Object.keys(report.events)));
    assert.equal(e.count, 4);
    assert.equal(e.max_ms, 40);
    assert.ok(report.events['POST /embed'], 'the sidecar timed its own endpoints');
  });
});
