import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { MemoryLogger } from './memoryLogger';
import { cosine } from '../../src/core/vectors';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import { InferenceService, NoEmbeddingTier } from '../../src/inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../src/core/inference';
import type { SidecarClient } from '../../src/sidecar/client';
import { VectorStore } from '../../src/store/store';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { startSidecar, tempDir, waitFor } from './helpers';

/** The tier chain with every part real: the sidecar process and its model, the worker and its model, the files. */
describe('InferenceService: sidecar, in-process and heuristic tiers', function () {
  this.timeout(180_000);
  let proc: ChildProcess;
  let client: SidecarClient | undefined;
  let embedder: WorkerEmbedder;
  let service: InferenceService;
  const log = new MemoryLogger();
  const timings: string[] = [];

  before(async () => {
    requireModel();
    const sidecar = await startSidecar();
    proc = sidecar.proc;
    client = sidecar.client;
    embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs'), workerScript: await embedWorkerScript() });
    const store = new VectorStore(path.join(sidecar.dataDir, 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    service = new InferenceService({ sidecar: () => client, embedder, store: () => store, log, onTiming: (op, tier) => timings.push(`${op}:${tier}`) });
  });
  after(async () => {
    proc.kill('SIGKILL');
    await embedder.dispose();
  });

  it('uses the sidecar while it is up and says so', async () => {
    assert.equal(service.tier, 'sidecar');
    const r = await service.upsert('workspace', [
      { id: 'a', text: 'a submit button for a form' },
      { id: 'b', text: 'a sortable data table with pagination' },
    ]);
    assert.deepEqual(r, { upserted: 2, count: 2, tier: 'sidecar' });
    assert.equal((await service.score({ code: '<img src="a.png">', framework: 'html' })).tier, 'sidecar');
    assert.ok(timings.includes('upsert:sidecar'));
  });

  it('retries on the in-process tier a request in flight when the sidecar is killed', async () => {
    const texts = Array.from({ length: 256 }, (_, i) => `export function Widget${i}() { return <section aria-label="w${i}"><h2>Widget ${i}</h2><p>${'lorem ipsum '.repeat(20)}</p></section>; }`);
    const pending = service.embed(texts);
    // Killed while it encodes the batch (a few seconds of work for it), not before it was sent.
    await new Promise((r) => setTimeout(r, 400));
    proc.kill('SIGKILL');
    const r = await pending;
    assert.equal(r.tier, 'in-process');
    assert.equal(r.vectors.length, 256);
    assert.ok(log.lines.some((l) => /embed: the sidecar failed/.test(l)), log.lines.join('\n'));
    client = undefined; // what the manager does once it sees the exit
  });

  it('serves the sidecar-built index in-process, and scoring falls to heuristics', async () => {
    assert.equal(service.tier, 'in-process');
    const hits = await service.search('workspace', { text: 'a table with pages', k: 2 });
    assert.equal(hits.tier, 'in-process');
    assert.equal(hits.hits[0]?.id, 'b');
    const same = await service.embed(['a submit button for a form']);
    const again = await service.search('workspace', { vector: same.vectors[0]!, k: 1 });
    assert.equal(again.hits[0]?.id, 'a');
    assert.ok(again.hits[0].score > 0.999, `the stored sidecar vector and the in-process one agree (${again.hits[0].score})`);
    const s = await service.score({ code: '<img src="a.png">', framework: 'html' });
    assert.equal(s.tier, 'heuristic');
    assert.equal(s.source, 'heuristic');
    const e = await service.enhance({ prompt: 'a nice button' });
    assert.equal(e.tier, 'heuristic');
    assert.equal(e.source, 'rules');
  });

  it('does not retry a request the caller cancelled, nor a 4xx about the request itself', async () => {
    const sidecar = await startSidecar();
    proc = sidecar.proc;
    client = sidecar.client;
    const localBefore = timings.filter((t) => t.endsWith(':in-process')).length;
    const ctl = new AbortController();
    const pending = service.embed(Array.from({ length: 64 }, (_, i) => `text ${i} `.repeat(30)), ctl.signal);
    ctl.abort();
    await assert.rejects(pending);
    await assert.rejects(service.search('BAD NAME', { text: 'x' }), /422|invalid collection/);
    assert.equal(timings.filter((t) => t.endsWith(':in-process')).length, localBefore, 'neither went to the next tier');
  });

  it('has heuristics as the floor: without sidecar or model, scoring works and embeddings say why they cannot', async () => {
    const store = new VectorStore(tempDir('floor'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    const floor = new InferenceService({ sidecar: () => undefined, embedder: undefined, store: () => store, log });
    assert.equal(floor.tier, 'heuristic');
    assert.equal((await floor.score({ code: '<button></button>', framework: 'html' })).tier, 'heuristic');
    await assert.rejects(floor.embed(['x']), NoEmbeddingTier);
    assert.equal((await floor.stats('workspace')).count, 0);
  });

  it('gives the same vectors on both tiers (cosine ≥ 0.999)', async () => {
    await waitFor(() => client?.health().then(() => true, () => false), 30_000, 'the sidecar');
    const texts = ['a primary button', '<template><nav><a href="/">Home</a></nav></template>', 'A modal dialog that traps focus'];
    const viaSidecar = await service.embed(texts);
    assert.equal(viaSidecar.tier, 'sidecar');
    const local = await embedder.embed(texts);
    viaSidecar.vectors.forEach((v, i) => assert.ok(cosine(v, local[i]!) >= 0.999, `text ${i}: ${cosine(v, local[i]!)}`));
  });
});
