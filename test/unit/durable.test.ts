import * as assert from 'node:assert/strict';
import { promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { MemoryLogger } from './memoryLogger';
import { LIBRARY } from '../../src/core/library';
import { FeedbackLog } from '../../src/generate/feedback';
import { LIBRARY_COLLECTION, LibraryIndex } from '../../src/generate/libraryIndex';
import type { Generation } from '../../src/generate/types';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import { InferenceService } from '../../src/inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../src/core/inference';
import { appendRotated, KEEP_SET_ASIDES, readJson, readRotated, writeAtomic } from '../../src/store/durable';
import { VectorStore } from '../../src/store/store';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { tempDir } from './helpers';

const corrupt = (dir: string, base: string) => readdirSync(dir).filter((n) => n.startsWith(`${base}.corrupt-`));

describe('durable files (src/store/durable.ts)', () => {
  it('writeAtomic replaces a file whole and leaves no temporary file', async () => {
    const dir = tempDir('durable');
    const file = path.join(dir, 'sub', 'stamp.json');
    await writeAtomic(file, '{"v":1}');
    await writeAtomic(file, '{"v":2}');
    assert.equal(readFileSync(file, 'utf8'), '{"v":2}');
    assert.deepEqual(readdirSync(path.dirname(file)), ['stamp.json']);
  });

  it('readJson: a torn file is set aside and reported missing; at most three set-asides stay', async () => {
    const dir = tempDir('durable');
    const file = path.join(dir, 'stamp.json');
    assert.deepEqual(await readJson(file), { state: 'missing' });
    writeFileSync(file, '{"version":"abc"}');
    assert.deepEqual(await readJson(file), { state: 'ok', value: { version: 'abc' } });
    let last = '';
    for (let i = 0; i < 5; i++) {
      writeFileSync(file, `{"version":"torn ${i}`);
      const r = await readJson(file);
      assert.equal(r.state, 'missing');
      last = (r as { setAside: string }).setAside;
      assert.equal(readFileSync(last, 'utf8'), `{"version":"torn ${i}`, 'kept for a human as it was');
    }
    const kept = corrupt(dir, 'stamp.json');
    assert.equal(kept.length, KEEP_SET_ASIDES);
    assert.ok(kept.includes(path.basename(last)), 'the newest is kept');
    assert.deepEqual(kept.map((n) => readFileSync(path.join(dir, n), 'utf8')).sort(), ['{"version":"torn 2', '{"version":"torn 3', '{"version":"torn 4']);
  });

  it('appendRotated stays within its files and sizes; readRotated gives the newest lines in order, without a torn tail', async () => {
    const dir = tempDir('durable');
    const file = path.join(dir, 'log.jsonl');
    const opts = { maxBytes: 1_000, files: 3 };
    for (let i = 0; i < 200; i++) await appendRotated(file, JSON.stringify({ i, pad: 'x'.repeat(80) }), opts);
    assert.deepEqual(readdirSync(dir).sort(), ['log.jsonl', 'log.jsonl.1', 'log.jsonl.2']);
    for (const n of readdirSync(dir)) assert.ok((await fs.stat(path.join(dir, n))).size <= 1_000, n);
    await fs.appendFile(file, '{"i": 200, "torn');
    const seen = (await readRotated(file, opts)).map((l) => (JSON.parse(l) as { i: number }).i);
    assert.equal(seen[seen.length - 1], 199);
    assert.deepEqual(seen, seen.map((_, k) => 200 - seen.length + k), 'contiguous, oldest first');
  });

  it('a line torn by a crash does not swallow the next one', async () => {
    const file = path.join(tempDir('durable'), 'log.jsonl');
    await appendRotated(file, '{"i":1}');
    await fs.appendFile(file, '{"i": 2, "cut off by a cra');
    await appendRotated(file, '{"i":3}');
    const parsed = (await readRotated(file)).flatMap((l) => {
      try {
        return [JSON.parse(l) as unknown];
      } catch {
        return []; // readers skip a line that is not JSON: the torn one
      }
    });
    assert.deepEqual(parsed, [{ i: 1 }, { i: 3 }]);
  });

  it('a collection set aside again and again keeps only the newest three set-asides', async () => {
    const root = path.join(tempDir('durable'), 'vectors');
    for (let i = 0; i < 5; i++) {
      await fs.mkdir(path.join(root, 'workspace'), { recursive: true });
      writeFileSync(path.join(root, 'workspace', 'meta.json'), `not json ${i}`);
      const stats = await new VectorStore(root, 384, EMBEDDING_MODEL_ID).stats('workspace');
      assert.match(stats.problems[0] ?? '', /moved to workspace\.corrupt-/);
    }
    const kept = corrupt(root, 'workspace');
    assert.equal(kept.length, KEEP_SET_ASIDES);
    assert.deepEqual(kept.map((n) => readFileSync(path.join(root, n, 'meta.json'), 'utf8')).sort(), ['not json 2', 'not json 3', 'not json 4']);
  });

  it('the feedback log rotates instead of growing without bound, and every rotated line is still read', async () => {
    const data = tempDir('feedback');
    const fb = new FeedbackLog(() => data);
    const g = (i: number) => ({ id: `g${i}`, framework: 'react', description: 'a button', name: 'Button', source: 'library', basedOn: [], component: {}, code: 'x'.repeat(3 * 1024 * 1024) }) as unknown as Generation;
    for (let i = 0; i < 12; i++) assert.equal(await fb.record(g(i), 'accepted', 'insert'), true);
    const names = readdirSync(path.dirname(fb.file)).sort();
    assert.deepEqual(names, ['generations.jsonl', 'generations.jsonl.1', 'generations.jsonl.2', 'generations.jsonl.3']);
    let total = 0;
    for (const n of names) total += (await fs.stat(path.join(path.dirname(fb.file), n))).size;
    assert.ok(total <= 4 * 8 * 1024 * 1024, `${total} bytes`);
    const ids = (await readRotated(fb.file)).map((l) => (JSON.parse(l) as { id: string }).id);
    assert.equal(ids[ids.length - 1], 'g11');
  });
});

describe('library-index.json (in-process tier, real model)', function () {
  this.timeout(180_000);
  let embedder: WorkerEmbedder;
  after(async () => embedder?.dispose());

  it('a truncated library-index.json is set aside and the library embedded again, not a lasting failure', async () => {
    requireModel();
    const data = tempDir('libidx');
    embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs'), workerScript: await embedWorkerScript() });
    const store = new VectorStore(path.join(data, 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    const log = new MemoryLogger();
    const inference = new InferenceService({ sidecar: () => undefined, embedder, store: () => store, log });
    const library = LIBRARY.slice(0, 3);
    await new LibraryIndex(inference, () => data, log, library).ensure();
    const stampFile = path.join(data, 'library-index.json');
    const whole = readFileSync(stampFile, 'utf8');
    writeFileSync(stampFile, whole.slice(0, whole.length >> 1)); // a crash in the middle of a plain write
    await new LibraryIndex(inference, () => data, log, library).ensure();
    assert.deepEqual(JSON.parse(readFileSync(stampFile, 'utf8')), JSON.parse(whole));
    assert.equal(corrupt(data, 'library-index.json').length, 1);
    assert.equal(log.lines.filter((l) => l.includes('Embedded the component library')).length, 2);
    assert.ok(log.lines.some((l) => l.includes('could not be read')));
    assert.equal((await inference.stats(LIBRARY_COLLECTION)).count, 3);
  });
});
