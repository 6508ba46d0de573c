/**
 * The cross-process lock of a collection, protocol v2, which the sidecar's services/vectors/dirlock.py follows too
 * (docs/vector-store-format.md, "Locking"): `<name>.lock/` made with mkdir, an `owner` file in it
 * naming a random nonce, a heartbeat on the directory's mtime, stale locks moved aside atomically,
 * and the nonce checked before release and before every write, so a writer that lost its lock
 * (stopped past the stale time: a laptop asleep, a SIGSTOP) stops instead of writing on.
 * Hand-written rather than proper-lockfile: the owner record and its checks must match Python's byte for byte.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { CollectionBusy, LOCK_STALE_MS, LOCK_TIMEOUT_MS } from './format';
import { isAlive } from '../core/pid';

export type LockWarn = (message: string) => void;

export const LOCK_PROTOCOL = 2;
export const OWNER_FILE = 'owner';

export interface LockOwner {
  version: number;
  nonce: string;
  pid: number;
  host: string;
  acquiredAt: string;
}

/** This process no longer holds the lock it took (another one broke it as stale): the write is abandoned. */
export class LockLost extends Error {
  override readonly name = 'LockLost';
}

export interface LockOptions {
  timeoutMs?: number;
  /** A lock whose directory mtime is older than this is stale (its owner died or is stopped). */
  staleMs?: number;
}

/** The owner record, undefined while it is being written (or for a lock of protocol 1, an empty directory). */
export async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const json = JSON.parse(await fs.readFile(path.join(lockPath, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    return typeof json.nonce === 'string' && typeof json.pid === 'number' ? (json as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

export class DirLock {
  readonly nonce = randomBytes(16).toString('hex');
  private held = false;
  private lostTo: string | undefined;
  private beat: NodeJS.Timeout | undefined;
  private readonly timeoutMs: number;
  private readonly staleMs: number;

  constructor(
    readonly lockPath: string,
    private readonly warn: LockWarn,
    opts: LockOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? LOCK_TIMEOUT_MS;
    this.staleMs = opts.staleMs ?? LOCK_STALE_MS;
  }

  async acquire(): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
      if (await this.tryCreate()) break;
      if (await this.breakIfStale()) continue;
      if (Date.now() >= deadline) throw new CollectionBusy(`${this.lockPath} is held by another process`);
      await new Promise((r) => setTimeout(r, delay * (0.5 + Math.random())));
    }
    this.held = true;
    this.lostTo = undefined;
    // A long operation must not look like a dead owner; unref: a held lock never keeps the host alive.
    this.beat = setInterval(() => void this.heartbeat(), this.staleMs / 2);
    this.beat.unref();
  }

  private async tryCreate(): Promise<boolean> {
    try {
      await fs.mkdir(this.lockPath);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
    const owner: LockOwner = { version: LOCK_PROTOCOL, nonce: this.nonce, pid: process.pid, host: hostname(), acquiredAt: new Date().toISOString() };
    const tmp = path.join(this.lockPath, `${OWNER_FILE}.${this.nonce}.tmp`);
    try {
      await fs.writeFile(tmp, JSON.stringify(owner));
      await fs.rename(tmp, path.join(this.lockPath, OWNER_FILE));
    } catch (e) {
      await fs.rm(this.lockPath, { recursive: true, force: true }); // (disk full) never leave an ownerless lock
      throw e;
    }
    return true;
  }

  /** Moves a stale lock aside (a rename: of two breakers only one wins) and removes it; true to retry at once. */
  private async breakIfStale(): Promise<boolean> {
    const st = await fs.stat(this.lockPath).catch(() => undefined);
    if (!st) return true; // released meanwhile
    const owner = await readOwner(this.lockPath);
    const age = Date.now() - st.mtimeMs;
    const dead = owner !== undefined && owner.host === hostname() && !isAlive(owner.pid);
    if (!dead && age <= this.staleMs) return false;
    const aside = `${this.lockPath}.stale-${randomBytes(6).toString('hex')}`;
    try {
      await fs.rename(this.lockPath, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true; // another breaker won
      throw e;
    }
    const moved = await fs.stat(aside).catch(() => undefined);
    if (moved && moved.ino !== st.ino) {
      // Between our look and our rename the lock was broken and taken afresh: give it back.
      await fs.rename(aside, this.lockPath).catch(() => undefined);
    } else {
      const who = owner ? `pid ${owner.pid} on ${owner.host}` : 'an unnamed owner';
      this.warn(`broke the stale lock ${path.basename(this.lockPath)} of ${who} (${dead ? 'not running' : `silent for ${Math.round(age / 1000)} s`})`);
    }
    await fs.rm(aside, { recursive: true, force: true });
    return true;
  }

  /** Throws LockLost unless the lock on disk is still ours; call it before every write. */
  async assertHeld(): Promise<void> {
    if (!this.held) throw new LockLost(`${this.lockPath} is not held`);
    if (this.lostTo === undefined) {
      const owner = await readOwner(this.lockPath);
      if (owner?.nonce !== this.nonce) this.lose(owner);
    }
    if (this.lostTo !== undefined) {
      throw new LockLost(`the lock ${path.basename(this.lockPath)} was broken as stale and is now held by ${this.lostTo}; this write was abandoned`);
    }
  }

  private lose(owner: LockOwner | undefined): void {
    this.lostTo = owner ? `pid ${owner.pid} on ${owner.host}` : 'no one';
    this.stopBeat();
    this.warn(`lost the lock ${path.basename(this.lockPath)} (now held by ${this.lostTo})`);
  }

  private async heartbeat(): Promise<void> {
    if (!this.held || this.lostTo !== undefined) return;
    const owner = await readOwner(this.lockPath);
    if (owner?.nonce !== this.nonce) return this.lose(owner);
    const now = new Date();
    await fs.utimes(this.lockPath, now, now).catch(() => undefined);
  }

  private stopBeat(): void {
    if (this.beat) clearInterval(this.beat);
    this.beat = undefined;
  }

  /** Removes the lock only if it is still ours: never someone else's. */
  async release(): Promise<void> {
    this.stopBeat();
    if (!this.held) return;
    this.held = false;
    if (this.lostTo !== undefined) return;
    const owner = await readOwner(this.lockPath);
    if (owner?.nonce !== this.nonce) return this.lose(owner);
    const aside = `${this.lockPath}.released-${this.nonce}`;
    await fs.rename(this.lockPath, aside);
    if ((await readOwner(aside))?.nonce !== this.nonce) {
      await fs.rename(aside, this.lockPath).catch(() => undefined); // broken and retaken in between: not ours to remove
    }
    await fs.rm(aside, { recursive: true, force: true });
  }
}

/** Runs `fn` holding `<folder>.lock/`; `fn` gets the lock to assert before each write. */
export async function withDirLock<T>(folder: string, fn: (lock: DirLock) => Promise<T>, warn: LockWarn, opts: LockOptions = {}): Promise<T> {
  const lock = new DirLock(`${folder}.lock`, warn, opts);
  await lock.acquire();
  try {
    return await fn(lock);
  } finally {
    await lock.release().catch((e: Error) => warn(`releasing the lock of ${folder}: ${e.message}`));
  }
}
