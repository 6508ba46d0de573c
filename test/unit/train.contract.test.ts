import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SidecarClient } from '../../src/sidecar/client';
import type { TrainExample, TrainJob } from '../../src/core/protocol/index';
import { errorOf, startSidecar, waitFor } from './helpers';

const examples: TrainExample[] = ['Save', 'Cancel', 'Delete', 'Submit', 'Next', 'Back'].map((label) => ({
  prompt: `Write a React button component labelled ${label}.`,
  completion: `export function ${label}Button() {\n  return <button type="button">${label}</button>;\n}`,
}));

/** The training client methods and their zod schemas against the real sidecar, on its tiny random Llama (real LoRA steps). */
describe('training jobs against the real sidecar (contract)', function () {
  this.timeout(180_000);
  let sidecar: { proc: ChildProcess; client: SidecarClient; dataDir: string };

  before(async () => {
    sidecar = await startSidecar();
  });
  after(() => {
    sidecar.proc.kill('SIGTERM');
  });

  async function until(id: string, done: (j: TrainJob) => boolean): Promise<TrainJob> {
    return waitFor(async () => {
      const j = await sidecar.client.trainStatus(id);
      return done(j) ? j : undefined;
    }, 120_000, `job ${id}`);
  }
  const finished = (j: TrainJob) => ['complete', 'failed', 'cancelled'].includes(j.state);

  it('trains from a JSONL file in the data folder, lists the adapter, deletes it', async () => {
    const rel = 'training/datasets/contract.jsonl';
    mkdirSync(path.join(sidecar.dataDir, 'training', 'datasets'), { recursive: true });
    writeFileSync(path.join(sidecar.dataDir, ...rel.split('/')), examples.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const started = await sidecar.client.trainStart({ base_model: 'tiny', dataset_path: rel, hyperparameters: { max_steps: 3, batch_size: 2 } });
    assert.equal(started.state, 'queued');
    assert.deepEqual(started.dataset, { source: rel, examples: 6, train_examples: 5, eval_examples: 1, skipped: 0 });
    const done = await until(started.id, finished);
    assert.equal(done.state, 'complete', done.error ?? '');
    assert.equal(done.progress.step, 3);
    assert.deepEqual(done.loss_curve.map((p) => p.step), [1, 2, 3]);
    assert.ok(done.adapter?.metrics && done.adapter.metrics.final_eval_loss > 0);
    assert.equal((await sidecar.client.trainCancel(done.id)).state, 'complete', 'cancelling a finished job is a no-op');

    const summary = await sidecar.client.trainSummary();
    assert.equal(summary.jobs[0]?.id, done.id);
    assert.equal(summary.active, null);
    assert.deepEqual((await sidecar.client.trainAdapters()).map((a) => a.name), [done.id]);
    await sidecar.client.deleteAdapter(done.id);
    assert.deepEqual(await sidecar.client.trainAdapters(), []);
    assert.equal((await errorOf(sidecar.client.deleteAdapter(done.id))).status, 404);
  });

  it('answers 409 while a job runs, cancels it, and refuses bad data with a 422 that says why', async () => {
    const long = await sidecar.client.trainStart({ base_model: 'tiny', examples, hyperparameters: { max_steps: 9000 } });
    await until(long.id, (j) => j.progress.step >= 1 || finished(j));
    const busy = await errorOf(sidecar.client.trainStart({ base_model: 'tiny', examples }));
    assert.equal(busy.status, 409);
    assert.equal((await sidecar.client.trainCancel(long.id)).cancel_requested, true);
    const cancelled = await until(long.id, finished);
    assert.equal(cancelled.state, 'cancelled');
    assert.equal(cancelled.adapter, null);

    const empty = await errorOf(sidecar.client.trainStart({ base_model: 'tiny', examples: [] }));
    assert.equal(empty.status, 422);
    assert.match(empty.message, /the dataset is empty/);
    const outside = await errorOf(sidecar.client.trainStart({ base_model: 'tiny', dataset_path: '../../etc/passwd' }));
    assert.equal(outside.status, 422);
    assert.match(outside.message, /outside the sidecar's data folder/);
    assert.equal((await errorOf(sidecar.client.trainStatus('20260101-000000-abcdef'))).status, 404);
  });
});
