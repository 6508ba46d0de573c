import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../core/logger';
import { CancelledError, isAlive } from './process';

/** Locks this process holds now: a lock file naming our pid but no nonce of ours is left from a dead host. */
const held = new Set<string>();

/** Runs fn holding an exclusive lock file; a lock whose owner process is gone is taken over. */
export async function withDirLock<T>(
  lockPath: string,
  log: Logger,
  signal: AbortSignal | undefined,
  fn: () => Promise<T>,
  pollMs = 1000,
): Promise<T> {
  let waited = false;
  const nonce = randomUUID();
  for (;;) {
    if (signal?.aborted) throw new CancelledError();
    // link() publishes the lock with its content in one step: no reader ever sees an empty lock file
    const tmp = `${lockPath}.${nonce}`;
    await fs.writeFile(tmp, `${process.pid} ${nonce}`);
    try {
      await fs.link(tmp, lockPath);
      held.add(nonce);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pid = '', ownerNonce = ''] = (await fs.readFile(lockPath, 'utf8').catch(() => '')).split(' ');
      const owner = Number.parseInt(pid, 10);
      const ours = owner === process.pid;
      if (!Number.isFinite(owner) || (ours && !held.has(ownerNonce)) || (!ours && !isAlive(owner))) {
        log.warn(`Taking over a stale lock ${lockPath} (owner ${owner || 'unknown'})`);
        await fs.rm(lockPath, { force: true });
        continue;
      }
      if (!waited) log.info(`Waiting for process ${owner} to finish installing the sidecar environment`);
      waited = true;
      await sleep(pollMs, undefined, { signal }).catch(() => undefined);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
  try {
    return await fn();
  } finally {
    held.delete(nonce);
    await fs.rm(lockPath, { force: true });
  }
}
