import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(__dirname, '..', '..');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `siza-${prefix}-`));
}

/** Polls until check() is truthy or the bounded wait runs out (never a timing assertion: a deadline). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The dev venv's interpreter (scripts/dev-venv.sh makes it), where the real sidecar's dependencies live. */
export function devPython(): string {
  const py = process.env.SIZA_TEST_PYTHON ?? path.join(ROOT, '.venv', 'bin', 'python');
  const r = spawnSync(py, ['-c', 'import fastapi, uvicorn'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${py} cannot run the sidecar; run: bash scripts/dev-venv.sh`);
  return py;
}
