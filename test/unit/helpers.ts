import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { venvPythonPath } from '../../src/sidecar/bootstrap';
import { SidecarClient, SidecarError } from '../../src/sidecar/client';
import { choosePort } from '../../src/sidecar/port';

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
  const py = process.env.SIZA_TEST_PYTHON ?? venvPythonPath(path.join(ROOT, '.venv'));
  const r = spawnSync(py, ['-c', 'import fastapi, uvicorn'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${py} cannot run the sidecar; run: bash scripts/dev-venv.sh`);
  return py;
}

export const SIDECAR_TOKEN = 'contract-test-token';

/** The real sidecar, run the way the extension runs it: from python/ with PYTHONPATH, a token, loopback. */
export async function startSidecar(env: NodeJS.ProcessEnv = {}): Promise<{ proc: ChildProcess; baseUrl: string; client: SidecarClient; dataDir: string }> {
  const port = await choosePort(0);
  const dataDir = tempDir('sidecar-data');
  const proc = spawn(devPython(), ['-m', 'siza_ml', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, HF_HUB_OFFLINE: '1', PYTHONPATH: path.join(ROOT, 'python'), SIZA_ML_TOKEN: SIDECAR_TOKEN, SIZA_ML_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  proc.stderr?.resume();
  const baseUrl = `http://127.0.0.1:${port}`;
  const client = new SidecarClient({ baseUrl, token: SIDECAR_TOKEN });
  await waitFor(() => client.health({ timeoutMs: 1_000 }).then(() => true, () => false), 30_000, 'the sidecar /health');
  return { proc, baseUrl, client, dataDir };
}

export function errorOf(p: Promise<unknown>): Promise<SidecarError> {
  return p.then(
    () => assert.fail('expected a SidecarError'),
    (e: unknown) => {
      assert.ok(e instanceof SidecarError, String(e));
      return e;
    },
  );
}

/**
 * A real interpreter without ensurepip, as stock Debian's python3 is without python3-venv: the machine's python binary
 * run with PYTHONHOME on a copy of its stdlib made of symlinks, every entry but `ensurepip`. Returns its launcher.
 */
export function pythonWithoutEnsurepip(): { python: string; version: string } {
  const r = spawnSync('python3', ['-c', 'import sys, sysconfig; print(sys.executable); print(sysconfig.get_path("stdlib")); print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 did not run: ${r.stderr}`);
  const [exe = '', stdlib = '', version = ''] = r.stdout.trim().split('\n');
  const home = tempDir('no-ensurepip');
  const lib = path.join(home, 'lib', path.basename(stdlib));
  mkdirSync(lib, { recursive: true });
  for (const entry of readdirSync(stdlib)) if (entry !== 'ensurepip') symlinkSync(path.join(stdlib, entry), path.join(lib, entry));
  const python = path.join(home, 'bin', 'python3');
  mkdirSync(path.dirname(python));
  writeFileSync(python, `#!/bin/sh\nPYTHONHOME='${home}' exec '${exe}' "$@"\n`);
  chmodSync(python, 0o755);
  return { python, version };
}
