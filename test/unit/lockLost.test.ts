import * as assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { readOwner } from '../../src/store/lock';
import { VectorStore } from '../../src/store/store';
import { devPython, ROOT, tempDir } from './helpers';

const MODEL = 'sentence-transformers/all-MiniLM-L6-v2';
const FIXTURES = path.join(ROOT, 'test/unit/fixtures');

/** A peer process speaking JSON lines (fixtures/lock_peer.py or lock_peer.ts). */
class Peer {
  readonly proc: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  stderr = '';

  constructor(kind: 'python' | 'node', cmd: Record<string, unknown>) {
    this.proc =
      kind === 'python'
        ? spawn(devPython(), [path.join(FIXTURES, 'lock_peer.py')], { env: { ...process.env, PYTHONPATH: path.join(ROOT, 'python') } })
        : spawn(process.execPath, ['--import', 'tsx', path.join(FIXTURES, 'lock_peer.ts')], { cwd: ROOT });
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.lines = createInterface({ input: this.proc.stdout })[Symbol.asyncIterator]();
    this.send(JSON.stringify(cmd));
  }

  send(line: string): void {
    this.proc.stdin.write(`${line}\n`);
  }

  async next(): Promise<Record<string, unknown>> {
    const line: IteratorResult<string> = await this.lines.next();
    if (line.done) throw new Error(`the peer ended early: ${this.stderr}`);
    return JSON.parse(line.value) as Record<string, unknown>;
  }

  kill(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      this.proc.kill('SIGCONT');
      this.proc.kill('SIGKILL');
    }
  }
}

/** Every file of the collection with its sha256: what "did not modify the files" compares. */
async function contents(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(folder)).sort()) out[name] = createHash('sha256').update(await fs.readFile(path.join(folder, name))).digest('hex');
  return out;
}

describe('a writer whose lock was broken while it was stopped writes nothing (both tiers, SIGSTOP)', function () {
  this.timeout(60_000);
  let root: string;
  const peers: Peer[] = [];
  const peer = (kind: 'python' | 'node', cmd: Record<string, unknown>) => {
    const p = new Peer(kind, cmd);
    peers.push(p);
    return p;
  };
  beforeEach(() => {
    root = path.join(tempDir('locklost'), 'vectors');
  });
  afterEach(() => {
    for (const p of peers.splice(0)) p.kill();
  });

  it('the extension stopped past the stale time: the sidecar breaks its lock, the extension then refuses to write', async () => {
    const owner = peer('node', { op: 'hold-then-write', root, id: 'from-stopped-node', axis: 1 });
    assert.equal((await owner.next()).held, true);
    owner.proc.kill('SIGSTOP');
    const breaker = peer('python', { op: 'take', root, id: 'from-python', stale: 1, axis: 2 });
    assert.deepEqual(await breaker.next(), { held: true, pid: breaker.proc.pid });
    assert.deepEqual(await breaker.next(), { wrote: true });
    const folder = path.join(root, 'workspace');
    const before = await contents(folder);
    owner.proc.kill('SIGCONT');
    owner.send('go');
    const lost = await owner.next();
    assert.equal(lost.error, 'LockLost', JSON.stringify(lost));
    assert.deepEqual(await contents(folder), before, 'the stopped writer changed no file');
    assert.equal((await readOwner(`${folder}.lock`))?.pid, breaker.proc.pid, "the lost owner did not remove the new owner's lock");
    breaker.send('release');
    assert.deepEqual(await breaker.next(), { released: true, count: 1 });
    const store = new VectorStore(root, 384, MODEL);
    assert.equal((await store.stats('workspace')).count, 1);
    assert.equal((await store.search('workspace', Float32Array.from({ length: 384 }, (_, i) => (i === 2 ? 1 : 0)), 1))[0]?.id, 'from-python');
  });

  it('the sidecar stopped past the stale time: the extension breaks its lock, the sidecar then refuses to write (503 CollectionBusy)', async () => {
    const owner = peer('python', { op: 'hold-then-write', root, id: 'from-stopped-python', axis: 1 });
    assert.equal((await owner.next()).held, true);
    owner.proc.kill('SIGSTOP');
    const warnings: string[] = [];
    const store = new VectorStore(root, 384, MODEL, (m) => warnings.push(m), { staleMs: 1000 });
    const c = await store.get('workspace', true);
    const folder = path.join(root, 'workspace');
    await c.locked(async () => {
      await c.upsert([{ id: 'from-node', vector: Float32Array.from({ length: 384 }, (_, i) => (i === 2 ? 1 : 0)) }]);
      const before = await contents(folder);
      const mine = await readOwner(`${folder}.lock`);
      assert.equal(mine?.pid, process.pid);
      owner.proc.kill('SIGCONT');
      owner.send('go');
      const lost = await owner.next();
      assert.equal(lost.error, 'CollectionBusy', JSON.stringify(lost));
      assert.equal(lost.cause, 'LockLost');
      assert.deepEqual(await contents(folder), before, 'the stopped writer changed no file');
      assert.equal((await readOwner(`${folder}.lock`))?.nonce, mine?.nonce, "the lost owner did not remove the new owner's lock");
    });
    assert.ok(warnings.some((w) => w.includes('broke the stale lock') && w.includes(`pid ${owner.proc.pid}`)), warnings.join('\n'));
    await assert.rejects(fs.stat(`${folder}.lock`), 'released');
    assert.equal((await new VectorStore(root, 384, MODEL).stats('workspace')).count, 1);
  });
});
