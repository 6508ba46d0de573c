import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pathFor } from '../core/paths';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Each line of stdout and stderr, as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** The child's pid, as soon as it exists (the install lock records it: a pip outliving its window is waited for). */
  onSpawn?: (pid: number) => void;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines of output, for error messages. */
  tail: string[];
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * How a child that may start children of its own is spawned: on posix in a process group of its own (killTree
 * signals the group); Windows has none (a detached child would get a console window), and no console flashes up.
 */
export function treeSpawnOptions(platform: NodeJS.Platform): { detached: boolean; windowsHide: true } {
  return { detached: platform !== 'win32', windowsHide: true };
}

/** Runs a command to completion, streaming its lines; an abort kills its whole process tree (pip spawns builds). */
export function runProcess(command: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new CancelledError());
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...treeSpawnOptions(process.platform),
    });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    const tail: string[] = [];
    const collect = (stream: 'stdout' | 'stderr') => (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      opts.onLine?.(line, stream);
    };
    createInterface({ input: child.stdout }).on('line', collect('stdout'));
    createInterface({ input: child.stderr }).on('line', collect('stderr'));
    const onAbort = () => killTree(child.pid, 'SIGTERM');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (err) => {
      opts.signal?.removeEventListener('abort', onAbort);
      reject(err);
    });
    child.once('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (opts.signal?.aborted) reject(new CancelledError());
      else resolve({ code, signal, tail });
    });
  });
}

/** What stopping a process and its children takes: a program to run (argv, no shell), or signals to send. */
export type KillPlan =
  | { kind: 'run'; command: string; args: string[] }
  /** Tried in order until one is delivered: the process group (-pid), then the process alone. */
  | { kind: 'signal'; pids: number[]; signal: NodeJS.Signals };

/**
 * Windows has no process groups, negative pids or SIGTERM: taskkill /T ends the whole tree, /F because a console
 * program ignores the polite request (so there is no grace period there). Named by its full path under
 * %SystemRoot%, so a taskkill.exe in the working folder or on PATH is never the one run.
 */
export function killPlan(pid: number, signal: NodeJS.Signals, platform: NodeJS.Platform, env: NodeJS.ProcessEnv = process.env): KillPlan {
  if (platform === 'win32') {
    const root = envValue(env, 'SystemRoot', 'win32');
    const command = root ? pathFor('win32').join(root, 'System32', 'taskkill.exe') : 'taskkill.exe';
    return { kind: 'run', command, args: ['/PID', String(pid), '/T', '/F'] };
  }
  return { kind: 'signal', pids: [-pid, pid], signal };
}

/** Carries out a KillPlan; a process already gone is not an error. */
export function runKillPlan(plan: KillPlan, spawnFn: typeof spawn = spawn): void {
  if (plan.kind === 'run') {
    const child = spawnFn(plan.command, plan.args, { stdio: 'ignore', windowsHide: true, shell: false });
    child.on('error', () => undefined); // the tree may be gone already; nothing to report
    child.unref();
    return;
  }
  for (const pid of plan.pids) {
    try {
      process.kill(pid, plan.signal);
      return;
    } catch {
      // not there (already gone, or not a group leader): try the next
    }
  }
}

/** Signals a child spawned with treeSpawnOptions and everything it started. */
export function killTree(pid: number | undefined, signal: NodeJS.Signals, platform: NodeJS.Platform = process.platform): void {
  if (pid === undefined) return;
  runKillPlan(killPlan(pid, signal, platform));
}

/**
 * Stops a child spawned without a group of its own (the sidecar): on posix the signal to it alone, as before, so it
 * can shut down cleanly; on Windows its whole tree, since TerminateProcess would leave its children running.
 */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32' && child.pid !== undefined) runKillPlan(killPlan(child.pid, signal, platform));
  else child.kill(signal);
}

/** An environment variable by name; Windows names ignore case (a plain object copied from process.env does not). */
export function envValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name] || undefined;
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key] || undefined;
}

export { isAlive } from '../core/pid';
