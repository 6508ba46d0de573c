import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../core/logger';
import { CancelledError, isAlive } from './process';

/** Locks this process holds now: a lock file naming our pid but no nonce of ours is left from a dead host. */
const held = new Set<string>();

/** What a lock file says: its owner, the owner's nonce, and the processes it started (pip) that may outlive it. */
interface LockContent {
  pid: number;
  nonce: string;
  children: number[];
}

export interface LockOptions {
  pollMs?: number;
  /** What the owner is doing, for the waiting message ("installing the sidecar environment"). */
  what?: string;
  /** Told once per reason while waiting (the progress notification shows it). */
  onWait?: (message: string) => void;
}

/** Given to the function run under the lock. */
export interface LockHandle {
  /** Records a child process in the lock file: while it runs, nobody takes the lock over, even if we die. */
  recordChild(pid: number): Promise<void>;
}

export class LockLostError extends Error {
  constructor(lockPath: string) {
    super(`The lock ${lockPath} was taken over by another process`);
    this.name = 'LockLostError';
  }
}

function parse(text: string): LockContent | undefined {
  if (text.startsWith('{')) {
    try {
      const c = JSON.parse(text) as Partial<LockContent>;
      if (typeof c.pid !== 'number' || typeof c.nonce !== 'string') return undefined;
      return { pid: c.pid, nonce: c.nonce, children: Array.isArray(c.children) ? c.children.filter((p) => typeof p === 'number') : [] };
    } catch {
      return undefined;
    }
  }
  // the older "pid nonce" form
  const [pid = '', nonce = ''] = text.split(' ');
  const n = Number.parseInt(pid, 10);
  return Number.isFinite(n) ? { pid: n, nonce, children: [] } : undefined;
}

async function read(lockPath: string): Promise<LockContent | undefined> {
  return parse(await fs.readFile(lockPath, 'utf8').catch(() => ''));
}

/**
 * Runs fn holding an exclusive lock file. A lock whose owner process is gone is taken over, unless a child it
 * recorded (an interrupted pip) still runs: that one is waited for.
 */
export async function withDirLock<T>(
  lockPath: string,
  log: Logger,
  signal: AbortSignal | undefined,
  fn: (lock: LockHandle) => Promise<T>,
  options: number | LockOptions = {},
): Promise<T> {
  const o: LockOptions = typeof options === 'number' ? { pollMs: options } : options;
  const pollMs = o.pollMs ?? 1000;
  const what = o.what ?? 'installing the sidecar environment';
  const told = new Set<string>();
  const tell = (message: string) => {
    if (told.has(message)) return;
    told.add(message);
    log.info(message);
    o.onWait?.(message);
  };
  const nonce = randomUUID();
  const mine: LockContent = { pid: process.pid, nonce, children: [] };
  for (;;) {
    if (signal?.aborted) throw new CancelledError();
    // link() publishes the lock with its content in one step: no reader ever sees an empty lock file
    const tmp = `${lockPath}.${nonce}`;
    await fs.writeFile(tmp, JSON.stringify(mine));
    try {
      await fs.link(tmp, lockPath);
      held.add(nonce);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = await read(lockPath);
      const ours = owner?.pid === process.pid;
      const ownerGone = !owner || (ours && !held.has(owner.nonce)) || (!ours && !isAlive(owner.pid));
      const running = ownerGone ? (owner?.children ?? []).filter((c) => c !== process.pid && isAlive(c)) : [];
      if (ownerGone && running.length === 0) {
        log.warn(`Taking over a stale lock ${lockPath} (owner ${owner?.pid ?? 'unknown'})`);
        await takeOver(lockPath, owner, nonce);
        continue;
      }
      if (ownerGone) tell(`Another install is still running (pid ${running.join(', ')}, started by process ${owner!.pid}, which is gone); waiting for it to finish`);
      else tell(`Waiting for process ${owner.pid} to finish ${what}`);
      await sleep(pollMs, undefined, { signal }).catch(() => undefined);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }
  const handle: LockHandle = {
    recordChild: async (pid) => {
      await verify(lockPath, nonce);
      mine.children.push(pid);
      const tmp = `${lockPath}.${nonce}.w`;
      await fs.writeFile(tmp, JSON.stringify(mine));
      await fs.rename(tmp, lockPath);
    },
  };
  try {
    return await fn(handle);
  } finally {
    held.delete(nonce);
    // never remove a lock that another process holds now
    if ((await read(lockPath))?.nonce === nonce) await fs.rm(lockPath, { force: true });
  }
}

async function verify(lockPath: string, nonce: string): Promise<void> {
  if ((await read(lockPath))?.nonce !== nonce) throw new LockLostError(lockPath);
}

/** Moves the stale lock aside; if what was moved is not the stale one (another process took over first), puts it back. */
async function takeOver(lockPath: string, stale: LockContent | undefined, nonce: string): Promise<void> {
  const aside = `${lockPath}.stale-${nonce}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = await read(aside);
  if (stale && moved && moved.nonce !== stale.nonce) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.rm(aside, { force: true });
}
