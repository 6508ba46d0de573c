import * as vscode from 'vscode';
import type { z } from 'zod';
import type { Logger } from '../core/logger';
import type { WebviewName } from './protocol';
import { onValidMessage, setShell, webviewOptions } from './webview';

export interface PanelDeps {
  extensionUri: vscode.Uri;
  log: Logger;
}

interface PanelSpec<In> {
  viewType: string;
  view: WebviewName;
  schema: z.ZodType<In>;
}

/**
 * One reused WebviewPanel revealed beside the editor. The current model is posted on every 'ready'
 * (a hidden panel's webview is reloaded when shown again), so no retainContextWhenHidden is needed.
 */
export abstract class ReusablePanel<Model, In extends { type: string }> implements vscode.Disposable {
  protected panel: vscode.WebviewPanel | undefined;
  protected model: Model | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  protected constructor(
    protected readonly deps: PanelDeps,
    private readonly spec: PanelSpec<In>,
  ) {}

  /** Handles a validated message other than 'ready'. */
  protected abstract onMessage(message: In): unknown;
  protected abstract post(model: Model): Thenable<boolean>;

  /** Extra inline-style hashes for the page's CSP (the generate view's preview); a change reloads the page. */
  protected styleHashes(_model: Model): readonly string[] {
    return [];
  }
  private shellHashes = '';

  protected open(model: Model, title: string): void {
    this.model = model;
    const hashes = this.styleHashes(model);
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, true);
      if (hashes.join(' ') !== this.shellHashes) {
        // a new policy needs a new page; it posts 'ready' and gets the model then
        this.shellHashes = hashes.join(' ');
        setShell(this.panel.webview, this.deps.extensionUri, this.spec.view, title, hashes);
      } else void this.post(model);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      this.spec.viewType,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...webviewOptions(this.deps.extensionUri), enableFindWidget: true },
    );
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'siza.svg');
    this.shellHashes = hashes.join(' ');
    setShell(panel.webview, this.deps.extensionUri, this.spec.view, title, hashes);
    this.subscriptions.push(
      onValidMessage(panel.webview, this.spec.schema, this.deps.log, (m) => {
        if (m.type === 'ready') return this.model && this.post(this.model);
        return this.onMessage(m);
      }),
      panel.onDidDispose(() => this.onPanelDisposed()),
    );
    this.panel = panel;
  }

  /** A new model for an open panel, without revealing it (a theme change); nothing when it is closed. */
  protected update(model: Model): void {
    if (!this.panel) return;
    this.model = model;
    const hashes = this.styleHashes(model);
    if (hashes.join(' ') !== this.shellHashes) {
      this.shellHashes = hashes.join(' ');
      setShell(this.panel.webview, this.deps.extensionUri, this.spec.view, this.panel.title, hashes);
    } else void this.post(model);
  }

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  private onPanelDisposed(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.panel = undefined;
    this.model = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
