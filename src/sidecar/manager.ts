import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../config';
import { notify } from '../log';
import { BootstrapError, ensureEnvironment, isEnvironmentCurrent, type BootstrapOptions, type BootstrapResult } from './bootstrap';
import { INSTALL, NEVER, NOT_NOW, decideInstall, skippedDetail, type ConsentAnswer, type InstallTrigger } from './consent';
import { collectGarbage, hasFinishedInstall, removeClaim, venvsRoot, writeClaim } from './environments';
import { consentMessage } from './installSize';
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
  /** Where "Never" (no sidecar install) is remembered across windows. */
  globalState: vscode.Memento;
}

/** globalState key: true after "Never" on the first-run question, until Allow the Sidecar Install. */
export const INSTALL_NEVER_KEY = 'siza.sidecar.installNever';

interface Question {
  answer: Promise<ConsentAnswer | undefined>;
  resolve: (a: ConsentAnswer | undefined) => void;
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
  /** This window's answers to the first-run question (consent.ts); only Never outlives the window. */
  private granted = false;
  private deferred = false;
  private question: Question | undefined;

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

  /** Whether "Never" is in force: no install until Allow the Sidecar Install. */
  get installNever(): boolean {
    return this.deps.globalState.get<boolean>(INSTALL_NEVER_KEY) === true;
  }

  /** `trigger`: who wants it (consent.ts); a first install asks unless the trigger or the settings are consent. */
  start(trigger: InstallTrigger = 'auto'): Promise<void> {
    if (this.question && trigger === 'command') return this.askAgain();
    return this.serial(() => this.doStart(false, trigger));
  }

  /** Stops, then starts from discovery: a changed interpreter or a damaged venv is picked up (the stamp check is cheap). */
  restart(trigger: InstallTrigger = 'auto'): Promise<void> {
    // the question is still open (a toast hidden in the centre): the command shows it again rather than queue
    if (this.question && trigger === 'command') return this.askAgain();
    return this.serial(async () => {
      this.deps.log.info('Restarting the sidecar');
      await this.supervisor.stop();
      this.venvPython = undefined;
      await this.doStart(false, trigger);
    });
  }

  /** Allow the Sidecar Install: forgets Never and installs (or answers an open question with Install). */
  async enableInstall(): Promise<void> {
    await this.deps.globalState.update(INSTALL_NEVER_KEY, undefined);
    this.granted = true;
    this.deferred = false;
    this.deps.log.info('The sidecar install is allowed');
    if (this.question) return this.question.resolve(INSTALL);
    if (this.current.kind === 'ready') return;
    await this.start('consented');
  }

  /**
   * Installs into a new venv while the running sidecar keeps answering, then restarts the sidecar on it and
   * releases the old venv (removed once no other window uses it).
   */
  reinstall(): Promise<void> {
    this.installAbort?.abort();
    return this.serial(async () => {
      const running = this.current.kind === 'ready' ? this.current : undefined;
      const env = await this.prepareEnvironment(this.deps.settings(), true, 'consented');
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

  private async doStart(force: boolean, trigger: InstallTrigger = 'auto'): Promise<void> {
    const settings = this.deps.settings();
    if (!this.venvPython || force) {
      const old = this.venv;
      const env = await this.prepareEnvironment(settings, force, trigger);
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
  private async prepareEnvironment(settings: Settings, force: boolean, trigger: InstallTrigger): Promise<BootstrapResult | undefined> {
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
    // A current venv starts silently; a real install first needs consent, then shows the cancellable notification.
    const current = !force && (await isEnvironmentCurrent(options));
    if (!current && !force && !(await this.mayInstall(settings, trigger))) return undefined;
    const abort = new AbortController();
    this.installAbort = abort;
    try {
      const result = current
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
        // a cancelled first install is a change of mind: the next window asks again
        this.granted = false;
        this.deferred = true;
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

  /** The consent gate before anything is downloaded (consent.ts decides; this asks and remembers). */
  private async mayInstall(settings: Settings, trigger: InstallTrigger): Promise<boolean> {
    const log = this.deps.log;
    const d = decideInstall({
      trigger,
      setting: settings.sidecar.installConsent,
      never: this.installNever,
      grantedThisSession: this.granted,
      deferredThisSession: this.deferred,
      venv: (await hasFinishedInstall(this.deps.storageDir)) ? 'earlier' : 'none',
    });
    if (d.do === 'install') {
      log.info(`Installing the sidecar environment: ${d.why}`);
      return true;
    }
    if (d.do === 'skip') {
      log.info(`The sidecar is not installed: ${d.why === 'never' ? 'you chose Never' : 'you chose Not now in this window'}`);
      this.setStatus({ kind: 'fallback', detail: skippedDetail(d.why) });
      return false;
    }
    log.info('Asking before the first install of the sidecar; nothing is downloaded until the answer');
    this.setStatus({ kind: 'fallback', detail: skippedDetail('waiting') });
    const answer = await this.ask();
    log.info(`Install the sidecar? ${answer ?? 'dismissed (as Not now)'}`);
    if (answer === INSTALL) {
      this.granted = true;
      this.deferred = false;
      await this.deps.globalState.update(INSTALL_NEVER_KEY, undefined);
      return true;
    }
    if (answer === NEVER) {
      await this.deps.globalState.update(INSTALL_NEVER_KEY, true);
      this.setStatus({ kind: 'fallback', detail: skippedDetail('never') });
      return false;
    }
    this.deferred = true;
    this.setStatus({ kind: 'fallback', detail: skippedDetail('not-now') });
    return false;
  }

  /** Shows the first-run question; one question at a time, however many notifications show it. */
  private ask(): Promise<ConsentAnswer | undefined> {
    if (!this.question) {
      let resolve: (a: ConsentAnswer | undefined) => void = () => undefined;
      const answer = new Promise<ConsentAnswer | undefined>((r) => (resolve = r));
      const q: Question = { answer, resolve };
      this.question = q;
      void answer.then(() => {
        if (this.question === q) this.question = undefined;
      });
    }
    const q = this.question;
    void vscode.window.showInformationMessage(consentMessage(), INSTALL, NOT_NOW, NEVER).then(
      (a) => q.resolve(a),
      () => q.resolve(undefined),
    );
    return q.answer;
  }

  /** A command while the question is open: the same question again (its first answer counts), then what it chose. */
  private async askAgain(): Promise<void> {
    await this.ask();
    await this.queue;
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
