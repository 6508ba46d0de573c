import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../config';
import { notify } from '../log';
import { BootstrapError, ensureEnvironment, isEnvironmentCurrent, type BootstrapOptions, type BootstrapResult } from './bootstrap';
import { collectGarbage, removeClaim, venvsRoot, writeClaim } from './environments';
import { SidecarClient } from './client';
import { prepareLaunch } from './launch';
import { CancelledError } from './process';
import { SidecarSession } from './session';
import { findPython } from './python';
import type { SidecarStatus } from './status';
import { Supervisor, type SupervisorState } from './supervisor';

export interface ManagerDeps {
  log: vscode.LogOutputChannel;
  settings: () => Settings;
  extensionPath: string;
  extensionVersion: string;
  storageDir: string;
  /** The LLM API key, from VS Code's secret storage (never a setting). */
  llmApiKey: () => Promise<string | undefined>;
}

/**
 * Owns the sidecar's life in the editor: finds Python, bootstraps the venv (with a cancellable progress
 * notification), and supervises the process. Every operation goes through one queue, so they never overlap.
 */
export class SidecarManager implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SidecarStatus>();
  readonly onDidChangeStatus = this.emitter.event;
  private readonly sessionEmitter = new vscode.EventEmitter<SidecarSession>();
  /** A launch is ready: features tie what belongs to it to the session, which is ended with that process. */
  readonly onDidStartSession = this.sessionEmitter.event;
  private readonly supervisor: Supervisor;
  private current: SidecarStatus = { kind: 'fallback', detail: 'The sidecar has not been started' };
  private venvPython: string | undefined;
  /** The venv this window claimed and runs its sidecar from. */
  private venv: string | undefined;
  private activeSession: SidecarSession | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private installAbort: AbortController | undefined;
  private lastBootstrapMs: number | undefined;

  constructor(private readonly deps: ManagerDeps) {
    this.supervisor = new Supervisor({
      log: deps.log,
      prepare: async () =>
        prepareLaunch({
          venvPython: this.venvPython!,
          packageDir: path.join(deps.extensionPath, 'python'),
          dataDir: this.dataDir,
          runDir: path.join(deps.storageDir, 'run'),
          preferredPort: deps.settings().sidecar.port,
          allowModelDownloads: deps.settings().sidecar.allowModelDownloads,
          llm: { ...deps.settings().llm, apiKey: await deps.llmApiKey() },
          // the workspace's folders: files there may be ingested (the data folder always may)
          ingestRoots: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
        }),
      probe: async (endpoint, signal) => {
        await new SidecarClient(endpoint).health({ signal, timeoutMs: 2_000 });
        return true;
      },
    });
    this.supervisor.onDidChangeState((s) => this.onSupervisor(s));
  }

  get status(): SidecarStatus {
    return this.current;
  }

  /** The client of the running sidecar, undefined unless it is ready. */
  get client(): SidecarClient | undefined {
    return this.activeSession?.client;
  }


  get pid(): number | undefined {
    return this.supervisor.pid;
  }

  /** The venv in use (before one is chosen: the folder of all of them). */
  get venvDir(): string {
    return this.venv ?? venvsRoot(this.deps.storageDir);
  }

  get dataDir(): string {
    return this.deps.settings().dataFolder || path.join(this.deps.storageDir, 'data');
  }

  get bootstrapMs(): number | undefined {
    return this.lastBootstrapMs;
  }

  whenReady(timeoutMs: number) {
    return this.supervisor.whenReady(timeoutMs);
  }

  start(): Promise<void> {
    return this.serial(() => this.doStart(false));
  }

  /** Stops, then starts from discovery: a changed interpreter or a damaged venv is picked up (the stamp check is cheap). */
  restart(): Promise<void> {
    return this.serial(async () => {
      this.deps.log.info('Restarting the sidecar');
      await this.supervisor.stop();
      this.venvPython = undefined;
      await this.doStart(false);
    });
  }

  /**
   * Installs into a new venv while the running sidecar keeps answering, then restarts the sidecar on it and
   * releases the old venv (removed once no other window uses it).
   */
  reinstall(): Promise<void> {
    this.installAbort?.abort();
    return this.serial(async () => {
      const running = this.current.kind === 'ready' ? this.current : undefined;
      const env = await this.prepareEnvironment(this.deps.settings(), true);
      if (!env) {
        // the old sidecar still answers: say so rather than leave the failure's status up
        if (running && this.activeSession) this.setStatus(running);
        return;
      }
      const old = this.venv;
      this.venvPython = env.venvPython;
      this.venv = env.venvDir;
      await this.supervisor.restart();
      if (old && old !== env.venvDir) await removeClaim(old).catch(() => undefined);
      void this.cleanUp(); // removing a venv takes seconds: it does not hold up the start
    });
  }

  dispose(): void {
    this.installAbort?.abort();
    void this.supervisor.stop();
    this.endSession();
    this.emitter.dispose();
    this.sessionEmitter.dispose();
  }

  /** Stops the process and waits for it (deactivate awaits this). */
  async shutdown(): Promise<void> {
    this.installAbort?.abort();
    await this.supervisor.stop();
    if (this.venv) await removeClaim(this.venv).catch(() => undefined);
  }

  /** Removes the venvs no window uses any more (old installs, the `venv/` of earlier versions); never fails a start. */
  private async cleanUp(): Promise<void> {
    try {
      const r = await collectGarbage(this.deps.storageDir, this.venv ? [this.venv] : [], this.deps.log);
      for (const k of r.kept) if (k.why !== 'current') this.deps.log.info(`Keeping the sidecar environment ${k.dir}: ${k.why}`);
    } catch (e) {
      this.deps.log.warn(`Cleaning up old sidecar environments failed: ${(e as Error).message}`);
    }
  }

  private serial(fn: () => Promise<void>): Promise<void> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setStatus(s: SidecarStatus): void {
    this.current = s;
    this.emitter.fire(s);
  }

  private async doStart(force: boolean): Promise<void> {
    const settings = this.deps.settings();
    if (!this.venvPython || force) {
      const old = this.venv;
      const env = await this.prepareEnvironment(settings, force);
      if (!env) return;
      this.venvPython = env.venvPython;
      this.venv = env.venvDir;
      if (old && old !== env.venvDir) await removeClaim(old).catch(() => undefined);
      await this.supervisor.start();
      void this.cleanUp(); // removing a venv takes seconds: it does not hold up the start
      return;
    }
    await this.supervisor.start();
  }

  /** Discovery and bootstrap; undefined (with the status saying why) when there is no environment to run. */
  private async prepareEnvironment(settings: Settings, force: boolean): Promise<BootstrapResult | undefined> {
    const log = this.deps.log;
    this.setStatus({ kind: 'starting', detail: 'Looking for Python' });
    const found = await findPython(settings.sidecar.pythonPath);
    if (!found.ok) {
      for (const t of found.tried) log.warn(`Python discovery: ${t}`);
      log.warn(found.message);
      this.setStatus({ kind: 'fallback', detail: found.message });
      notify(log, 'warning', found.message, {
        'Open Settings': () => vscode.commands.executeCommand('workbench.action.openSettings', 'siza.sidecar.pythonPath'),
      });
      return undefined;
    }
    log.info(`Using Python ${found.python.version} at ${found.python.executable}`);
    const options: BootstrapOptions = {
      python: found.python.executable,
      pythonVersion: found.python.version,
      venvsDir: venvsRoot(this.deps.storageDir),
      requirements: [
        { path: path.join(this.deps.extensionPath, 'python', 'requirements.txt') },
        { path: path.join(this.deps.extensionPath, 'python', 'requirements-nodeps.txt'), noDeps: true },
      ],
      extensionVersion: this.deps.extensionVersion,
      pip: settings.sidecar,
      log,
      force,
    };
    const abort = new AbortController();
    this.installAbort = abort;
    try {
      // A current venv starts silently; only a real install shows the cancellable notification.
      const result = !force && (await isEnvironmentCurrent(options))
        ? await ensureEnvironment({ ...options, signal: abort.signal })
        : await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: 'Siza Gen: setting up the Python sidecar', cancellable: true },
            (progress, token) => {
              token.onCancellationRequested(() => abort.abort());
              let shown = 0;
              return ensureEnvironment({
                ...options,
                signal: abort.signal,
                onProgress: (message, fraction) => {
                  this.setStatus({ kind: 'installing', detail: message });
                  const increment = fraction === undefined ? undefined : Math.max(0, fraction - shown) * 100;
                  shown = Math.max(shown, fraction ?? 0);
                  progress.report({ message, increment });
                },
              });
            },
          );
      if (result.installed) this.lastBootstrapMs = result.durationMs;
      return result;
    } catch (e) {
      if (e instanceof CancelledError) {
        log.warn('Sidecar setup cancelled');
        this.setStatus({ kind: 'fallback', detail: 'Setup was cancelled. Run "Siza Gen: Restart Sidecar" to try again.' });
        return undefined;
      }
      const msg = e instanceof BootstrapError ? e.message : `Sidecar setup failed: ${(e as Error).message}`;
      if (e instanceof BootstrapError) for (const l of e.tail) log.error(l);
      log.error(msg);
      this.setStatus({ kind: 'error', detail: msg });
      notify(log, 'error', `Siza Gen: ${msg}`, { Retry: () => this.reinstall() });
      return undefined;
    } finally {
      if (this.installAbort === abort) this.installAbort = undefined;
    }
  }

  private onSupervisor(s: SupervisorState): void {
    switch (s.kind) {
      case 'starting':
        this.endSession();
        this.setStatus({ kind: 'starting', detail: s.attempt > 1 ? `Starting (attempt ${s.attempt})` : 'Starting the sidecar' });
        break;
      case 'ready': {
        this.endSession();
        // the client waits for an LLM call a little longer than the sidecar waits for the LLM
        const client = new SidecarClient({ ...s.endpoint, llmTimeoutMs: (this.deps.settings().llm.timeoutSeconds + 5) * 1000 });
        const session = new SidecarSession(client);
        this.activeSession = session;
        this.setStatus({ kind: 'ready', detail: `Listening on ${s.endpoint.baseUrl}`, pid: s.pid, baseUrl: s.endpoint.baseUrl, readyInMs: s.readyInMs });
        // the claim names the sidecar too: its venv stays while it runs, even for a moment after this host is gone
        if (this.venv) void writeClaim(this.venv, { sidecarPid: s.pid }).catch(() => undefined);
        this.sessionEmitter.fire(session);
        break;
      }
      case 'backoff':
        this.endSession();
        this.setStatus({ kind: 'starting', detail: `Sidecar ${s.reason}; restarting in ${Math.round(s.delayMs / 1000)} s` });
        break;
      case 'failed':
        this.endSession();
        this.setStatus({ kind: 'error', detail: s.reason });
        notify(this.deps.log, 'error', `Siza Gen: ${s.reason}. It was stopped; the extension keeps working without it.`, {
          Restart: () => this.restart(),
        });
        break;
      case 'stopped':
        this.endSession();
        if (this.current.kind !== 'installing') this.setStatus({ kind: 'fallback', detail: 'The sidecar is stopped' });
        break;
    }
  }

  /** The launch is over (stopped, crashed, restarting): what features tied to it is disposed. */
  private endSession(): void {
    const session = this.activeSession;
    this.activeSession = undefined;
    try {
      session?.end();
    } catch (e) {
      this.deps.log.warn(`Ending the sidecar session: ${(e as Error).message}`);
    }
  }
}
