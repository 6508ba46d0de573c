import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { MemoryLogger } from './memoryLogger';
import { LockLostError, withDirLock } from '../../src/sidecar/lock';
import { isAlive } from '../../src/sidecar/process';
import { tempDir, waitFor } from './helpers';

describe('install lock and an interrupted pip', function () {
  this.timeout(60_000);
  const strays: number[] = [];
  after(() => {
    for (const pid of strays) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  });

  it('does not take over from a killed window while the pip it started still runs, and does once it exits', async () => {
    const lock = path.join(tempDir('lock'), 'venv.lock');
    // a real window process: takes the lock, starts the long-running child through the process runner
    const owner = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'lockOwner.ts'), lock], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: owner.stdout });
    const [line] = (await once(lines, 'line')) as [string];
    const child = Number(/^child (\d+)$/.exec(line)![1]);
    strays.push(owner.pid!, child);
    const recorded = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; children: number[] };
    assert.equal(recorded.pid, owner.pid);
    assert.deepEqual(recorded.children, [child]);

    owner.kill('SIGKILL'); // the host dies mid-install; its pip (own process group) runs on
    await once(owner, 'exit');
    assert.ok(isAlive(child), 'the child outlives its window');

    const waits: string[] = [];
    let acquired = false;
    const log = new MemoryLogger();
    const second = withDirLock(lock, log, undefined, () => Promise.resolve((acquired = true)), { pollMs: 20, onWait: (m) => waits.push(m) });
    await waitFor(() => waits.length > 0, 10_000, 'the waiting message');
    assert.match(waits[0]!, new RegExp(`Another install is still running \\(pid ${child}, started by process ${owner.pid}, which is gone\\)`));
    await sleep(300); // many polls
    assert.equal(acquired, false, 'not taken over while the child runs');
    assert.equal((JSON.parse(readFileSync(lock, 'utf8')) as { pid: number }).pid, owner.pid);
    assert.equal(waits.length, 1, 'said once');

    process.kill(child, 'SIGKILL'); // pip finishes
    await second;
    assert.equal(acquired, true);
    assert.ok(log.lines.some((l) => l.includes('stale lock')));
  });

  it('a holder whose lock was taken over neither records into it nor removes it', async () => {
    const lock = path.join(tempDir('lock'), 'venv.lock');
    const log = new MemoryLogger();
    await withDirLock(lock, log, undefined, async (handle) => {
      // another process took the lock over (as if this one had been judged gone)
      writeFileSync(lock, JSON.stringify({ pid: 1, nonce: 'someone-else', children: [] }));
      await assert.rejects(handle.recordChild(12345), LockLostError);
    });
    assert.equal((JSON.parse(readFileSync(lock, 'utf8')) as { nonce: string }).nonce, 'someone-else', 'the other holder keeps its lock');
  });
});
