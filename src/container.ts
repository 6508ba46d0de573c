import * as vscode from 'vscode';
import type { SizaApi } from './api';
import { registerSidecarCommands } from './commands/sidecar';
import { needsRestart, readSettings, type Settings } from './config';
import { createLogChannel } from './log';
import { SidecarManager } from './sidecar/manager';
import { SidecarStatusItem } from './views/statusItem';

/** The composition root: builds every service in order, passes dependencies through constructors, owns disposal. */
export class Container implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly sidecar: SidecarManager;
  private readonly disposables: vscode.Disposable[] = [];
  private settings: Settings;

  constructor(context: vscode.ExtensionContext) {
    this.log = this.own(createLogChannel());
    this.settings = readSettings(vscode.workspace.getConfiguration('siza'));
    const version = (context.extension.packageJSON as { version: string }).version;
    this.log.info(`Siza Gen ${version} activating (VS Code ${vscode.version}, ${vscode.env.appName}, Node ${process.version})`);

    this.sidecar = this.own(
      new SidecarManager({
        log: this.log,
        settings: () => this.settings,
        extensionPath: context.extensionPath,
        extensionVersion: version,
        storageDir: context.globalStorageUri.fsPath,
      }),
    );
    const status = this.own(new SidecarStatusItem());
    status.update(this.sidecar.status);
    this.own(this.sidecar.onDidChangeStatus((s) => status.update(s)));
    this.disposables.push(...registerSidecarCommands(this.sidecar, this.log));
    this.own(vscode.workspace.onDidChangeConfiguration((e) => this.onConfigChange(e)));

    if (this.settings.sidecar.autoStart) void this.sidecar.start();
    else this.log.info('siza.sidecar.autoStart is off: the sidecar starts with "Siza Gen: Restart Sidecar"');
  }

  get api(): SizaApi {
    return { sidecar: this.sidecar };
  }

  /** Awaited by deactivate, so the sidecar is gone before the host exits. */
  async shutdown(): Promise<void> {
    await this.sidecar.shutdown();
    this.dispose();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }

  private own<T extends vscode.Disposable>(d: T): T {
    this.disposables.push(d);
    return d;
  }

  private onConfigChange(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('siza')) return;
    this.settings = readSettings(vscode.workspace.getConfiguration('siza'));
    const turnedOn = e.affectsConfiguration('siza.sidecar.autoStart') && this.settings.sidecar.autoStart;
    const wanted = this.settings.sidecar.autoStart || this.sidecar.status.kind !== 'fallback';
    if (turnedOn || (wanted && needsRestart((k) => e.affectsConfiguration(k)))) {
      this.log.info('A sidecar setting changed; restarting the sidecar');
      void this.sidecar.restart();
    }
  }
}
