import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dot } from '../../src/core/vectors';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import type { SidecarClient } from '../../src/sidecar/client';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { startSidecar, tempDir } from './helpers';

interface Corpus {
  texts: string[];
  queries: string[];
}
const corpus = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'parity-corpus.json'), 'utf8')) as Corpus;
const MIN_COSINE = 0.99;
const K = 10;

function topK(query: Float32Array, index: Float32Array[]): number[] {
  return index
    .map((v, i) => [dot(query, v), i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, K)
    .map(([, i]) => i);
}

function overlap(a: number[], b: number[]): number {
  return a.filter((i) => b.includes(i)).length;
}

// Both tiers must give interchangeable vectors: an index built by one is searched by the other.
describe('embedding parity: the in-process worker vs the real sidecar', function () {
  this.timeout(180_000);
  let sidecar: { proc: ChildProcess; client: SidecarClient };
  let worker: WorkerEmbedder;
  const ours: { texts: Float32Array[]; queries: Float32Array[] } = { texts: [], queries: [] };
  const theirs: { texts: Float32Array[]; queries: Float32Array[] } = { texts: [], queries: [] };

  before(async () => {
    requireModel();
    assert.ok(corpus.texts.length >= 60 && corpus.queries.length >= 10, 'the fixed corpus is too small');
    [sidecar] = await Promise.all([startSidecar(), embedWorkerScript()]);
    worker = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs-cache'), workerScript: await embedWorkerScript() });
    [ours.texts, ours.queries] = [await worker.embed(corpus.texts), await worker.embed(corpus.queries)];
    const [a, b] = await Promise.all([sidecar.client.embedBatch(corpus.texts), sidecar.client.embedBatch(corpus.queries)]);
    assert.equal(a.model, worker.model, 'both tiers must name the same model');
    [theirs.texts, theirs.queries] = [a.vectors, b.vectors];
  });
  after(async () => {
    await worker?.dispose();
    sidecar?.proc.kill('SIGTERM');
  });

  it(`gives every text the same vector (cosine >= ${MIN_COSINE})`, () => {
    const all = [...corpus.texts, ...corpus.queries];
    const cos = [...ours.texts, ...ours.queries].map((v, i) => dot(v, [...theirs.texts, ...theirs.queries][i]!));
    const min = Math.min(...cos);
    const mean = cos.reduce((s, c) => s + c, 0) / cos.length;
    console.log(`      cosine over ${cos.length} texts: min ${min.toFixed(6)}, mean ${mean.toFixed(6)}`);
    cos.forEach((c, i) => assert.ok(c >= MIN_COSINE, `cosine ${c} for ${JSON.stringify(all[i]!.slice(0, 80))}`));
  });

  it(`finds the same top-${K} neighbours for every query, within and across tiers`, () => {
    const scores = corpus.queries.map((_, q) => {
      const mine = topK(ours.queries[q]!, ours.texts);
      const sidecars = topK(theirs.queries[q]!, theirs.texts);
      // The fallback case: a query embedded in-process against an index the sidecar built.
      const crossed = topK(ours.queries[q]!, theirs.texts);
      return { q, same: overlap(mine, sidecars), cross: overlap(crossed, sidecars) };
    });
    const worst = Math.min(...scores.map((s) => Math.min(s.same, s.cross)));
    console.log(`      top-${K} overlap over ${scores.length} queries: worst ${worst}/${K}, mean ${(scores.reduce((s, x) => s + x.same, 0) / scores.length).toFixed(2)}/${K}`);
    for (const s of scores) {
      assert.ok(s.same >= 9 && s.cross >= 9, `query ${JSON.stringify(corpus.queries[s.q])}: overlap ${s.same}/${K}, across tiers ${s.cross}/${K}`);
    }
  });
});
