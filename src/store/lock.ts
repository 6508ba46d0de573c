/** The cross-process lock of a collection, the protocol the sidecar's dirlock.py follows too. */
import * as lockfile from 'proper-lockfile';
import { CollectionBusy, LOCK_STALE_MS, LOCK_TIMEOUT_MS } from './format';

export type LockWarn = (message: string) => void;

/**
 * Runs `fn` holding `<folder>.lock/` (a directory made with mkdir, its mtime refreshed while held,
 * stale after LOCK_STALE_MS). Throws CollectionBusy when another process holds it past the timeout.
 */
export async function withDirLock<T>(folder: string, fn: () => Promise<T>, warn: LockWarn, timeoutMs = LOCK_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let release: (() => Promise<void>) | undefined;
  for (let delay = 5; !release; delay = Math.min(delay * 2, 200)) {
    try {
      release = await lockfile.lock(folder, {
        lockfilePath: `${folder}.lock`,
        realpath: false,
        stale: LOCK_STALE_MS,
        // The default handler throws from a timer, which would take the extension host down.
        onCompromised: (e) => warn(`the lock of ${folder} was taken over by another process: ${e.message}`),
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
      if (Date.now() >= deadline) throw new CollectionBusy(`${folder} is locked by another process`);
      await new Promise((r) => setTimeout(r, delay * (0.5 + Math.random())));
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch((e: Error) => warn(`releasing the lock of ${folder}: ${e.message}`));
  }
}
