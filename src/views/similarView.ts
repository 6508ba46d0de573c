import * as vscode from 'vscode';
import type { Logger } from '../core/logger';
import type { Tier } from '../inference/types';
import {
  similarFromWebview,
  type SimilarFromWebview,
  type SimilarItem,
  type SimilarResult,
  type SimilarState,
  type SimilarToWebview,
} from '../webviews/protocol';
import { onValidMessage, setShell } from '../webviews/webview';

/** What the sidebar searches with; the commands' engineer implements it over the index and the library. */
export interface SimilarBackend {
  search(query: string, signal: AbortSignal): Promise<{ tier: Tier; results: SimilarResult[] }>;
  open(result: SimilarResult): Promise<void>;
}

const IDLE: SimilarState = { query: '', status: 'idle', results: [] };

function item({ uri: _uri, range: _range, ...rest }: SimilarResult): SimilarItem {
  return rest;
}

/**
 * The Find Similar sidebar (view `siza.similar`). The host owns the state and the results (the webview
 * only ever names a result by id); a new search aborts the one in flight.
 */
export class SimilarViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'siza.similar';
  private static instance: SimilarViewProvider | undefined;
  private view: vscode.WebviewView | undefined;
  private viewSubscriptions: vscode.Disposable[] = [];
  private state: SimilarState = IDLE;
  private results = new Map<string, SimilarResult>();
  private inFlight: AbortController | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly backend: SimilarBackend,
    private readonly log: Logger,
  ) {
    SimilarViewProvider.instance = this;
  }

  /** Shows a component's neighbours in the registered view (registerWebviews creates it). */
  static showResults(title: string, results: SimilarResult[], tier: Tier): Promise<void> {
    if (!SimilarViewProvider.instance) throw new Error('SimilarViewProvider.showResults before registerWebviews');
    return SimilarViewProvider.instance.showResults(title, results, tier);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    setShell(view.webview, this.extensionUri, 'similar', 'Find Similar');
    this.viewSubscriptions.push(
      onValidMessage(view.webview, similarFromWebview, this.log, (m) => this.onMessage(m)),
      view.onDidDispose(() => this.disposeView()),
    );
  }

  async showResults(title: string, results: SimilarResult[], tier: Tier): Promise<void> {
    this.inFlight?.abort();
    this.setResults(results);
    this.update({ query: '', title, status: 'done', tier, results: results.map(item) });
    // resolves the view if it was never shown; its 'ready' then receives this state
    await vscode.commands.executeCommand(`${SimilarViewProvider.viewId}.focus`);
  }

  private async onMessage(m: SimilarFromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        if (this.state === IDLE && m.query?.trim()) return this.search(m.query);
        return this.post();
      case 'search':
        return this.search(m.query);
      case 'open':
        return this.open(m.id);
    }
  }

  private async search(query: string): Promise<void> {
    this.inFlight?.abort();
    if (!query.trim()) {
      this.inFlight = undefined;
      this.setResults([]);
      return this.update({ ...IDLE, query });
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.update({ query, status: 'searching', results: this.state.title ? [] : this.state.results, tier: this.state.tier });
    try {
      const { tier, results } = await this.backend.search(query, controller.signal);
      if (controller.signal.aborted) return;
      this.setResults(results);
      this.update({ query, status: 'done', tier, results: results.map(item) });
    } catch (e) {
      if (controller.signal.aborted) return;
      this.log.warn(`Find Similar: the search failed: ${(e as Error).message}`);
      this.update({ query, status: 'error', results: [], error: (e as Error).message || String(e) });
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  private async open(id: string): Promise<void> {
    const result = this.results.get(id);
    if (!result) {
      this.update({ ...this.state, status: 'error', error: 'That result is out of date: search again.' });
      return;
    }
    try {
      await this.backend.open(result);
    } catch (e) {
      this.update({ ...this.state, status: 'error', error: `Could not open ${result.name}: ${(e as Error).message}` });
    }
  }

  private setResults(results: SimilarResult[]): void {
    this.results = new Map(results.map((r) => [r.id, r]));
  }

  private update(state: SimilarState): void {
    this.state = state;
    if (this.view) this.view.description = state.title;
    void this.post();
  }

  private async post(): Promise<void> {
    const message: SimilarToWebview = { type: 'state', state: this.state };
    await this.view?.webview.postMessage(message);
  }

  private disposeView(): void {
    for (const s of this.viewSubscriptions.splice(0)) s.dispose();
    this.view = undefined;
  }

  dispose(): void {
    this.inFlight?.abort();
    this.disposeView();
    if (SimilarViewProvider.instance === this) SimilarViewProvider.instance = undefined;
  }
}
