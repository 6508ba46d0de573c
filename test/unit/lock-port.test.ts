import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MemoryLogger } from './memoryLogger';
import { withDirLock } from '../../src/sidecar/lock';
import { choosePort } from '../../src/sidecar/port';
import { tempDir } from './helpers';

describe('install lock', () => {
  it('serialises two installers', async () => {
    const lock = path.join(tempDir('lock'), 'venv.lock');
    const order: string[] = [];
    const job = (name: string) =>
      withDirLock(lock, new MemoryLogger(), undefined, async () => {
        order.push(`${name}+`);
        await sleep(150);
        order.push(`${name}-`);
      }, 20);
    await Promise.all([job('a'), job('b')]);
    assert.ok(['a+,a-,b+,b-', 'b+,b-,a+,a-'].includes(order.join(',')), order.join(','));
    assert.ok(!existsSync(lock));
  });

  it('takes over a lock whose owner is dead', async () => {
    const lock = path.join(tempDir('lock'), 'venv.lock');
    writeFileSync(lock, '999999999');
    const log = new MemoryLogger();
    assert.equal(await withDirLock(lock, log, undefined, () => Promise.resolve('ran')), 'ran');
    assert.ok(log.lines.some((l) => l.includes('stale lock')));
  });
});

describe('port choice', () => {
  it('keeps the preferred port when free and picks another when it is taken', async () => {
    const free = await choosePort(0);
    assert.equal(await choosePort(free), free);
    const srv = createServer().listen(free, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    try {
      const other = await choosePort(free);
      assert.notEqual(other, free);
      assert.ok(other > 0);
    } finally {
      srv.close();
    }
  });
});
