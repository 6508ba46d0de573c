import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { decodeVector, encodeVector } from '../../src/core/vectors';
import { ModelMismatch } from '../../src/store/format';
import { withDirLock } from '../../src/store/lock';
import { VectorStore } from '../../src/store/store';
import { devPython, ROOT, tempDir } from './helpers';

const DIMS = 384;
const MODEL = 'sentence-transformers/all-MiniLM-L6-v2';

/** Deterministic unit vectors (a tiny LCG, so both tiers get the same numbers through the wire format). */
function unit(n: number, seed = 1): Float32Array[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return Array.from({ length: n }, () => {
    const v = Float32Array.from({ length: DIMS }, rnd);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

/** The sidecar's own store (python/siza_ml/services/vectors/store.py) run on the same folder. */
function python<T>(cmd: Record<string, unknown>): T {
  const r = spawnSync(devPython(), [path.join(ROOT, 'test/unit/fixtures/store_peer.py')], {
    input: JSON.stringify(cmd),
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: path.join(ROOT, 'python') },
  });
  if (r.status !== 0) throw new Error(`store_peer.py ${String(cmd.op)} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

const warnings: string[] = [];
const open = (root: string, model = MODEL) => new VectorStore(root, DIMS, model, (m) => warnings.push(m));

describe('vector store shared by both tiers (src/store, real files, the sidecar as peer)', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(() => {
    root = path.join(tempDir('store'), 'vectors');
    warnings.length = 0;
  });

  it('upserts, searches with and without a filter, replaces in place and removes', async () => {
    const store = open(root);
    const vecs = unit(50);
    await store.upsert('workspace', vecs.map((vector, i) => ({ id: `c${i}`, vector, metadata: { i, even: i % 2 === 0 } })));
    const hits = await store.search('workspace', vecs[7]!, 3);
    assert.equal(hits[0]?.id, 'c7');
    assert.ok(Math.abs(hits[0].score - 1) < 1e-5);
    assert.deepEqual(hits[0]?.metadata, { i: 7, even: false });
    assert.ok(hits[0].score >= hits[1]!.score && hits[1]!.score >= hits[2]!.score);
    const even = await store.search('workspace', vecs[7]!, 5, { even: true });
    assert.equal(even.length, 5);
    assert.ok(even.every((h) => h.metadata.even === true));
    assert.deepEqual(await store.search('workspace', vecs[7]!, 5, { even: 1 }), [], 'true is not 1');
    await store.upsert('workspace', [{ id: 'c7', vector: vecs[8]!, metadata: { moved: true } }]);
    assert.deepEqual((await store.search('workspace', vecs[8]!, 2)).map((h) => h.id).sort(), ['c7', 'c8']);
    assert.deepEqual(await store.remove('workspace', ['c7', 'nope']), { removed: 1, count: 49 });
    assert.equal((await store.search('workspace', vecs[7]!, 1))[0]?.id !== 'c7', true);
  });

  it('persists across a reopen, keeps ids through a rebuild, and compacts into a snapshot', async () => {
    const vecs = unit(20, 3);
    const store = open(root);
    await store.upsert('workspace', vecs.map((vector, i) => ({ id: `c${i}`, vector })));
    await store.remove('workspace', ['c0']);
    await store.rebuild('workspace');
    const files = await fs.readdir(path.join(root, 'workspace'));
    assert.ok(files.includes('vectors.f32') && files.includes('meta.json'), files.join());
    const reopened = open(root);
    assert.equal((await reopened.stats('workspace')).count, 19);
    assert.equal((await reopened.search('workspace', vecs[5]!, 1))[0]?.id, 'c5');
    const meta = JSON.parse(readFileSync(path.join(root, 'workspace', 'meta.json'), 'utf8')) as { next_id: number; format: number };
    assert.equal(meta.format, 2);
    assert.equal(meta.next_id, 20, 'ids only grow');
  });

  it('reads what the sidecar wrote and the sidecar reads what it wrote, with the same neighbours', async () => {
    const vecs = unit(40, 7);
    python({ op: 'upsert', root, ids: vecs.slice(0, 20).map((_, i) => `py${i}`), vectors: vecs.slice(0, 20).map(encodeVector), metas: vecs.slice(0, 20).map((_, i) => ({ i, tier: 'sidecar' })) });
    const store = open(root);
    await store.upsert('workspace', vecs.slice(20).map((vector, i) => ({ id: `ts${i}`, vector, metadata: { i, tier: 'in-process' } })));
    python({ op: 'remove', root, ids: ['ts3'] });
    await store.remove('workspace', ['py4']);
    for (const q of [vecs[2]!, vecs[25]!, vecs[39]!]) {
      const ours = await store.search('workspace', q, 10);
      const theirs = python<{ id: string; score: number }[]>({ op: 'search', root, vector: encodeVector(q), k: 10 });
      assert.deepEqual(ours.map((h) => h.id), theirs.map((h) => h.id));
      ours.forEach((h, i) => assert.ok(Math.abs(h.score - theirs[i]!.score) < 1e-5));
    }
    assert.deepEqual((await store.search('workspace', vecs[3]!, 1, { tier: 'sidecar' }))[0]?.metadata, { i: 3, tier: 'sidecar' });
    // A snapshot by either side is read by the other.
    python({ op: 'rebuild', root });
    assert.equal((await store.stats('workspace')).count, 38);
    await store.rebuild('workspace');
    assert.equal(python<{ count: number; problems: string[] }>({ op: 'stats', root }).count, 38);
    const stored = decodeVector(python<string>({ op: 'vector-of', root, id: 'ts10' }), DIMS);
    assert.ok(stored.every((x, j) => Math.abs(x - vecs[30]![j]!) < 1e-6), 'the sidecar holds the in-process vector bit for bit');
    assert.deepEqual(python<{ problems: string[] }>({ op: 'stats', root }).problems, []);
  });

  it('never mixes two models: another model is refused until the collection is cleared, on either side', async () => {
    const vecs = unit(3);
    python({ op: 'upsert', root, ids: ['a'], vectors: [encodeVector(vecs[0]!)], metas: [{}] });
    const other = open(root, 'some/other-model');
    await assert.rejects(other.upsert('workspace', [{ id: 'b', vector: vecs[1]! }]), ModelMismatch);
    await assert.rejects(other.search('workspace', vecs[1]!, 1), ModelMismatch);
    await other.clear('workspace');
    await other.upsert('workspace', [{ id: 'b', vector: vecs[1]! }]);
    assert.equal((await other.stats('workspace')).model, 'some/other-model');
    assert.throws(() => python({ op: 'search', root, vector: encodeVector(vecs[0]!), k: 1 }), /ModelMismatch/);
  });

  it('detects a corrupt snapshot, sets it aside and starts empty', async () => {
    const store = open(root);
    await store.upsert('workspace', unit(10).map((vector, i) => ({ id: `c${i}`, vector })));
    await store.rebuild('workspace');
    const file = path.join(root, 'workspace', 'vectors.f32');
    const data = readFileSync(file);
    data[100] = data[100]! ^ 0xff;
    writeFileSync(file, data);
    const stats = await open(root).stats('workspace');
    assert.equal(stats.count, 0);
    assert.match(stats.problems[0] ?? '', /checksum/);
    const aside = (await fs.readdir(root)).filter((n) => n.startsWith('workspace.corrupt-'));
    assert.equal(aside.length, 1);
  });

  it('waits for the lock the sidecar holds, and the sidecar waits for ours', async () => {
    const folder = path.join(root, 'workspace');
    await fs.mkdir(root, { recursive: true });
    const holder = spawn(devPython(), [path.join(ROOT, 'test/unit/fixtures/store_peer.py')], { env: { ...process.env, PYTHONPATH: path.join(ROOT, 'python') } });
    holder.stdin.end(JSON.stringify({ op: 'hold-lock', root: `${folder}.lock`, seconds: 1.5 }));
    const lines = createInterface({ input: holder.stdout })[Symbol.asyncIterator]();
    assert.deepEqual(JSON.parse((await lines.next()).value as string), { held: true });
    const store = open(root);
    await store.upsert('workspace', unit(1).map((vector) => ({ id: 'x', vector })));
    const doneAt = Date.now();
    const { released_at: releasedAt } = JSON.parse((await lines.next()).value as string) as { released_at: number };
    assert.ok(doneAt >= releasedAt, 'our write waited for the sidecar to release its lock');
    // And the other way: while we hold it, the sidecar's lock attempt times out.
    const theirs = await withDirLock(folder, () => Promise.resolve(python<{ acquired: boolean }>({ op: 'try-lock', root: `${folder}.lock`, timeout: 0.3 })), () => undefined);
    assert.deepEqual(theirs, { acquired: false });
    assert.deepEqual(python<{ acquired: boolean }>({ op: 'try-lock', root: `${folder}.lock`, timeout: 0.3 }), { acquired: true });
  });

  it('loses nothing when both tiers write the same collection at once', async () => {
    const vecs = unit(120, 11);
    const pyIds = vecs.slice(0, 60).map((_, i) => `py${i}`);
    const p = spawn(devPython(), [path.join(ROOT, 'test/unit/fixtures/store_peer.py')], { env: { ...process.env, PYTHONPATH: path.join(ROOT, 'python') } });
    const exited = new Promise<number | null>((resolve) => p.on('exit', resolve));
    p.stdin.end(JSON.stringify({ op: 'upsert-many', root, ids: pyIds, vectors: vecs.slice(0, 60).map(encodeVector) }));
    const lines = createInterface({ input: p.stdout })[Symbol.asyncIterator]();
    assert.deepEqual(JSON.parse((await lines.next()).value as string), { ready: true });
    const store = open(root);
    for (let i = 60; i < 120; i++) await store.upsert('workspace', [{ id: `ts${i}`, vector: vecs[i]!, metadata: { by: 'node' } }]);
    assert.equal(await exited, 0);
    assert.equal((await store.stats('workspace')).count, 120);
    assert.equal(python<{ count: number }>({ op: 'stats', root }).count, 120);
    assert.deepEqual(warnings, []);
  });
});
