import * as vscode from 'vscode';
import type { Logger } from '../core/logger';
import type { Tier } from '../core/inference';
import { similarFromWebview, type SimilarResult, type SimilarState, type SimilarToWebview } from './protocol';
import { onValidMessage, setShell } from '../webviews/webview';
import type { SimilarController } from './controller';

/**
 * The Find Similar sidebar (view `siza.similar`): the webview's adapter over SimilarController, which
 * owns the state and the search. The webview is not retained when hidden: on 'ready' it gets the state again.
 */
export class SimilarViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'siza.similar';
  private view: vscode.WebviewView | undefined;
  private viewSubscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly controller: SimilarController,
    private readonly log: Logger,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    setShell(view.webview, this.extensionUri, 'similar', 'Find Similar');
    this.viewSubscriptions.push(
      onValidMessage(view.webview, similarFromWebview, this.log, (m) => this.controller.handle(m)),
      view.onDidDispose(() => this.disposeView()),
    );
  }

  /** The view shows "Similar to <title>"; revealing it resolves the webview, whose 'ready' gets this state. */
  async showResults(title: string, results: SimilarResult[], tier: Tier): Promise<void> {
    this.controller.showResults(title, results, tier);
    await vscode.commands.executeCommand(`${SimilarViewProvider.viewId}.focus`);
  }

  showState(state: SimilarState): void {
    if (!this.view) return;
    this.view.description = state.title;
    const message: SimilarToWebview = { type: 'state', state };
    void this.view.webview.postMessage(message);
  }

  private disposeView(): void {
    for (const s of this.viewSubscriptions.splice(0)) s.dispose();
    this.view = undefined;
  }

  dispose(): void {
    this.controller.dispose();
    this.disposeView();
  }
}
