/**
 * A code lens above each component: its quality score and weakest factor, and "Find Similar".
 * Components are found by the analysis worker; scores come from the tier that answers, cached by
 * content hash; an edited component keeps its last saved score (marked) until the file is saved.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { isComponentFile } from '../core/extract/files';
import type { Component } from '../core/extract/types';
import { lensTitle, type ComponentScorer } from './scorer';

const SAVE_DEBOUNCE_MS = 400;

class ComponentLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly doc: vscode.TextDocument,
    readonly component: Component,
  ) {
    super(range);
  }
}

export class QualityLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  /** The last score shown per document and component, for a component edited since its file was saved. */
  private readonly lastShown = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly analysis: Analysis,
    private readonly scorer: ComponentScorer,
    private readonly enabled: () => boolean,
  ) {
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument(() => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.refresh(), SAVE_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        for (const k of this.lastShown.keys()) if (k.startsWith(`${d.uri.toString()}#`)) this.lastShown.delete(k);
      }),
    );
  }

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!this.enabled() || !isComponentFile(doc.fileName)) return [];
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    const { components } = await this.analysis.extract(doc.fileName, doc.getText(), { signal: abort.signal });
    return components.flatMap((c) => {
      const at = new vscode.Range(c.range.start.line, c.range.start.character, c.range.start.line, c.range.start.character);
      const args = [doc.uri, c.name, c.range.start.line];
      return [
        new ComponentLens(at, doc, c),
        new vscode.CodeLens(at, { title: 'Find Similar', command: 'siza.findSimilar', arguments: args, tooltip: `Components like ${c.name}` }),
      ];
    });
  }

  async resolveCodeLens(lens: vscode.CodeLens, token: vscode.CancellationToken): Promise<vscode.CodeLens> {
    if (!(lens instanceof ComponentLens)) return lens;
    const { doc, component: c } = lens;
    const id = `${doc.uri.toString()}#${c.name}`;
    const args = [doc.uri, c.name, c.range.start.line];
    const cached = this.scorer.peek(c.code, c.framework, doc.fileName);
    const stale = this.lastShown.get(id);
    if (!cached && doc.isDirty && stale) {
      // scores update on save: until then the last one stands, marked as such
      lens.command = { title: `${stale} · edited`, command: 'siza.showScore', arguments: args, tooltip: 'Save the file to score the edited component' };
      return lens;
    }
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    try {
      const s = await (cached ?? this.scorer.score(c.code, c.framework, doc.fileName, abort.signal));
      const title = lensTitle(s);
      this.lastShown.set(id, title);
      lens.command = { title, command: 'siza.showScore', arguments: args, tooltip: `Scored on the ${s.tier} tier (${s.source}); click for every factor and violation` };
    } catch (e) {
      lens.command = { title: 'Quality: unavailable', command: 'siza.showLogs', tooltip: (e as Error).message };
    }
    return lens;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
