import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../core/logger';
import { probeSidecar } from './identity';
import { stopChild } from './process';

export interface LaunchSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** What the probe needs to reach this launch (port, token); opaque to the supervisor. */
  endpoint: { baseUrl: string; token: string };
}

export type SupervisorState =
  | { kind: 'stopped' }
  | { kind: 'starting'; attempt: number }
  | { kind: 'ready'; pid: number; endpoint: LaunchSpec['endpoint']; readyInMs: number }
  | { kind: 'backoff'; delayMs: number; reason: string }
  | { kind: 'failed'; reason: string };

export interface SupervisorOptions {
  /** Called for every launch: a fresh token and a free port each time. */
  prepare: () => Promise<LaunchSpec>;
  /**
   * True when the launch answers its health check. Called only after the process at the endpoint proved
   * it is the one spawned (identity.ts: its pid and an HMAC of a challenge keyed by the token), so the
   * probe may send the token.
   */
  probe: (endpoint: LaunchSpec['endpoint'], signal: AbortSignal) => Promise<boolean>;
  log: Logger;
  readyTimeoutMs?: number;
  probeIntervalMs?: number;
  /** Liveness checks once ready; this many failures in a row mean a hung process, which is killed. */
  livenessIntervalMs?: number;
  livenessFailures?: number;
  livenessTimeoutMs?: number;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  crashLimit?: number;
  crashWindowMs?: number;
  stopGraceMs?: number;
}

const DEFAULTS = {
  readyTimeoutMs: 60_000,
  probeIntervalMs: 100,
  livenessIntervalMs: 10_000,
  livenessFailures: 3,
  livenessTimeoutMs: 5_000,
  backoffInitialMs: 1_000,
  backoffMaxMs: 30_000,
  crashLimit: 5,
  crashWindowMs: 180_000,
  stopGraceMs: 5_000,
};

/**
 * Keeps one sidecar process alive: spawn, wait for health with a deadline, restart on crash or hang with
 * exponential backoff, give up after `crashLimit` crashes in `crashWindowMs`. start/stop/restart are serialised.
 */
export class Supervisor {
  private readonly o: Required<Omit<SupervisorOptions, 'log' | 'prepare' | 'probe'>> & SupervisorOptions;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private current: SupervisorState = { kind: 'stopped' };
  private wanted = false;
  private generation = 0;
  private crashes: number[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(s: SupervisorState) => void>();
  private readonly impostors = new Set<string>();

  constructor(options: SupervisorOptions) {
    this.o = { ...DEFAULTS, ...options };
  }

  get state(): SupervisorState {
    return this.current;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  onDidChangeState(listener: (s: SupervisorState) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  start(): Promise<void> {
    return this.serial(() => {
      this.wanted = true;
      this.crashes = [];
      if (!this.child) this.launch();
      return Promise.resolve();
    });
  }

  stop(): Promise<void> {
    return this.serial(() => this.halt());
  }

  restart(): Promise<void> {
    return this.serial(async () => {
      await this.halt();
      this.wanted = true;
      this.crashes = [];
      this.launch();
    });
  }

  /** Resolves when ready; rejects when the supervisor fails or stops first, or after timeoutMs. */
  whenReady(timeoutMs: number): Promise<Extract<SupervisorState, { kind: 'ready' }>> {
    return new Promise((resolve, reject) => {
      const check = (s: SupervisorState) => {
        if (s.kind === 'ready') done(() => resolve(s));
        else if (s.kind === 'failed' || s.kind === 'stopped') done(() => reject(new Error(`sidecar ${s.kind}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error('timed out waiting for the sidecar'))), timeoutMs);
      const sub = this.onDidChangeState(check);
      const done = (f: () => void) => {
        clearTimeout(timer);
        sub.dispose();
        f();
      };
      if (this.current.kind === 'ready') check(this.current);
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(s: SupervisorState): void {
    this.current = s;
    for (const l of [...this.listeners]) l(s);
  }

  private async halt(): Promise<void> {
    this.wanted = false;
    this.generation++;
    const child = this.child;
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      this.o.log.info(`Stopping sidecar (pid ${child.pid})`);
      stopChild(child, 'SIGTERM');
      const graceful = await Promise.race([this.exited.then(() => true), sleep(this.o.stopGraceMs).then(() => false)]);
      if (!graceful) {
        this.o.log.warn(`Sidecar did not stop within ${this.o.stopGraceMs} ms; killing it`);
        stopChild(child, 'SIGKILL');
        await this.exited;
      }
    }
    this.child = undefined;
    this.setState({ kind: 'stopped' });
  }

  private launch(): void {
    const gen = ++this.generation;
    void this.run(gen).catch((e: unknown) => {
      if (gen !== this.generation) return;
      this.o.log.error(`Sidecar launch failed: ${(e as Error).message}`);
      this.onCrash(gen, (e as Error).message);
    });
  }

  private async run(gen: number): Promise<void> {
    this.setState({ kind: 'starting', attempt: this.crashes.length + 1 });
    const spec = await this.o.prepare();
    if (gen !== this.generation) return;
    const started = Date.now();
    // argv, never a shell line; windowsHide: no console window flashes up on Windows
    const child = spawn(spec.command, spec.args, { env: spec.env, cwd: spec.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => child.pid === undefined && resolve());
    });
    createInterface({ input: child.stdout }).on('line', (l) => this.o.log.info(`[sidecar] ${l}`));
    createInterface({ input: child.stderr }).on('line', (l) => this.o.log.info(`[sidecar] ${l}`));
    let gone = false;
    const onGone = (reason: string) => {
      if (gone) return;
      gone = true;
      if (gen !== this.generation) return;
      this.child = undefined;
      this.onCrash(gen, reason);
    };
    child.once('exit', (code, signal) => onGone(`exited with ${signal ?? `code ${code}`}`));
    child.once('error', (e) => {
      this.o.log.error(`Sidecar process error: ${e.message}`);
      if (child.pid === undefined) onGone(`could not be started (${e.message})`); // no 'exit' follows a failed spawn
    });
    if (child.pid !== undefined) this.o.log.info(`Started sidecar pid ${child.pid} at ${spec.endpoint.baseUrl}`);

    const deadline = started + this.o.readyTimeoutMs;
    while (gen === this.generation && this.child === child) {
      if (await this.probeOnce(spec.endpoint, 2_000, child.pid)) {
        const readyInMs = Date.now() - started;
        this.o.log.info(`Sidecar ready in ${readyInMs} ms (pid ${child.pid})`);
        this.setState({ kind: 'ready', pid: child.pid!, endpoint: spec.endpoint, readyInMs });
        return this.watch(gen, child, spec.endpoint);
      }
      if (Date.now() > deadline) {
        this.o.log.error(`Sidecar did not answer its health check within ${this.o.readyTimeoutMs} ms; killing it`);
        stopChild(child, 'SIGKILL');
        return;
      }
      await sleep(this.o.probeIntervalMs);
    }
  }

  /** Liveness while ready: a process that stops answering is killed, and the exit handler restarts it. */
  private async watch(gen: number, child: ChildProcess, endpoint: LaunchSpec['endpoint']): Promise<void> {
    let failures = 0;
    while (gen === this.generation && this.child === child) {
      await sleep(this.o.livenessIntervalMs);
      if (gen !== this.generation || this.child !== child) return;
      failures = (await this.probeOnce(endpoint, this.o.livenessTimeoutMs, child.pid)) ? 0 : failures + 1;
      if (failures >= this.o.livenessFailures) {
        this.o.log.error(`Sidecar stopped answering (${failures} health checks failed); killing pid ${child.pid}`);
        stopChild(child, 'SIGKILL');
        return;
      }
    }
  }

  /** Identity first (no token sent), then the caller's probe; an impostor's answer is logged once per reason. */
  private async probeOnce(endpoint: LaunchSpec['endpoint'], timeoutMs: number, pid: number | undefined): Promise<boolean> {
    if (pid === undefined) return false;
    const signal = AbortSignal.timeout(timeoutMs);
    const id = await probeSidecar(endpoint.baseUrl, endpoint.token, pid, signal);
    if (!id.ok) {
      // not listening yet is the normal start; anything that answers wrongly is worth saying
      if (!id.reason.startsWith('identity check failed') && !this.impostors.has(id.reason)) {
        this.impostors.add(id.reason);
        this.o.log.warn(`Sidecar identity not proven, token withheld: ${id.reason}`);
      }
      return false;
    }
    return this.o.probe(endpoint, signal).catch(() => false);
  }

  private onCrash(gen: number, reason: string): void {
    if (gen !== this.generation || !this.wanted) return;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < this.o.crashWindowMs), now];
    this.o.log.warn(`Sidecar ${reason} (crash ${this.crashes.length} of ${this.o.crashLimit} allowed in ${this.o.crashWindowMs / 1000} s)`);
    if (this.crashes.length >= this.o.crashLimit) {
      this.wanted = false;
      this.setState({ kind: 'failed', reason: `The sidecar crashed ${this.crashes.length} times in ${Math.round(this.o.crashWindowMs / 60_000)} minutes (last: ${reason})` });
      return;
    }
    const delayMs = Math.min(this.o.backoffMaxMs, this.o.backoffInitialMs * 2 ** (this.crashes.length - 1));
    this.setState({ kind: 'backoff', delayMs, reason });
    const token = this.generation;
    setTimeout(() => {
      void this.serial(() => {
        if (token === this.generation && this.wanted && !this.child) this.launch();
        return Promise.resolve();
      });
    }, delayMs).unref();
  }
}

