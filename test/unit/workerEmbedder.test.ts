import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { truncateIds } from '../../src/inference/inprocess/encoder';
import { MODEL_FILES, MODEL_FOLDER } from '../../src/inference/inprocess/messages';
import { WorkerEmbedder, type WorkerEmbedderOptions } from '../../src/inference/inprocess/workerEmbedder';
import { dot } from '../../src/core/vectors';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { tempDir } from './helpers';

const TEXTS = [
  'a submit button',
  'export function Card({ title }) { return <div className="card"><h2>{title}</h2></div>; }',
  'x',
  '<template><ul><li v-for="t in todos" :key="t.id">{{ t.text }}</li></ul></template>',
  'A modal dialog with a title, a close icon and two actions, confirm and cancel.',
  'navigation bar',
  '<button type="button" class="btn btn-primary">Save</button>',
  'A date picker that opens a calendar popover and supports keyboard navigation.',
  'spinner',
  'A kanban board with draggable cards grouped into columns.',
];

function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

describe('WorkerEmbedder (Transformers.js in a worker thread, the real model)', function () {
  this.timeout(120_000);
  const open: WorkerEmbedder[] = [];
  let script: string;

  function make(opts: Partial<WorkerEmbedderOptions> = {}): WorkerEmbedder {
    const e = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs-cache'), workerScript: script, ...opts });
    open.push(e);
    return e;
  }

  before(async () => {
    requireModel();
    script = await embedWorkerScript();
  });
  after(async () => {
    await Promise.all(open.map((e) => e.dispose()));
  });

  it('gives unit-length 384-d vectors and names its model', async () => {
    const e = make();
    assert.equal(e.model, 'sentence-transformers/all-MiniLM-L6-v2');
    assert.equal(e.dimensions, 384);
    const vecs = await e.embed(TEXTS.slice(0, 3));
    assert.equal(vecs.length, 3);
    for (const v of vecs) {
      assert.equal(v.length, 384);
      assert.ok(Math.abs(Math.sqrt(dot(v, v)) - 1) < 1e-5);
    }
    assert.deepEqual(await e.embed([]), []);
  });

  it('keeps each request in order across batches and concurrent callers', async () => {
    const e = make({ maxBatch: 3 });
    const alone: Float32Array[] = [];
    for (const t of TEXTS) alone.push((await e.embed([t]))[0]!);
    const [all, firstHalf, reversed] = await Promise.all([e.embed(TEXTS), e.embed(TEXTS.slice(0, 5)), e.embed([...TEXTS].reverse())]);
    const n = TEXTS.length;
    TEXTS.forEach((_, i) => {
      // Padding in a shared batch moves fp32 results by ~1e-7, never to another text's vector.
      assert.ok(dot(all[i]!, alone[i]!) > 0.99999, `text ${i} out of place`);
      assert.ok(dot(reversed[n - 1 - i]!, alone[i]!) > 0.99999, `reversed text ${i} out of place`);
      if (i < 5) assert.ok(dot(firstHalf[i]!, alone[i]!) > 0.99999);
    });
    assert.ok(dot(alone[0]!, alone[1]!) < 0.9);
  });

  it('cuts long texts at 256 word pieces, keeping [SEP] like sentence-transformers', async () => {
    assert.deepEqual(truncateIds([101, 1, 2, 3, 102], 4), [101, 1, 2, 102]);
    assert.deepEqual(truncateIds([101, 1, 102], 4), [101, 1, 102]);
    const e = make();
    const long = Array.from({ length: 300 }, (_, i) => `word${i % 7}`).join(' ');
    const [a, b] = await e.embed([long, `${long} and a tail that only a longer window would see`]);
    assert.ok(dot(a!, b!) > 0.999999, 'the tail beyond 256 word pieces must not count');
  });

  it('rejects an aborted request (queued or before the call) and still serves the others', async () => {
    const e = make({ maxBatch: 2 });
    const big = e.embed(TEXTS); // five batches: the next request waits in the queue
    const ctl = new AbortController();
    const queued = e.embed(['queued and then aborted'], ctl.signal);
    ctl.abort();
    await assert.rejects(queued, isAbortError);
    await assert.rejects(e.embed(['x'], AbortSignal.abort()), isAbortError);
    assert.equal((await big).length, TEXTS.length);
  });

  it('dispose ends the worker and fails what is still queued', async () => {
    const e = make({ maxBatch: 1 });
    await e.embed(['warm up']);
    assert.equal(e.started, true);
    const pending = assert.rejects(e.embed(TEXTS), /disposed/);
    await e.dispose();
    assert.equal(e.started, false);
    await pending;
    await assert.rejects(e.embed(['after dispose']), /disposed/);
  });

  it('a missing model file rejects with the file named', async () => {
    const models = tempDir('models');
    const dir = path.join(models, MODEL_FOLDER);
    mkdirSync(path.join(dir, 'onnx'), { recursive: true });
    for (const f of MODEL_FILES.filter((f) => f !== 'onnx/model.onnx')) copyFileSync(path.join(MODELS_DIR, MODEL_FOLDER, f), path.join(dir, f));
    const e = make({ modelsDir: models });
    await assert.rejects(e.embed(['a', 'b']), (err: Error) => err.message.includes(path.join(dir, 'onnx', 'model.onnx')) && /npm run build:model/.test(err.message));
    // The next call tries again (a fresh worker), with the same clear error.
    await assert.rejects(e.embed(['c']), /model\.onnx is missing/);
  });
});
