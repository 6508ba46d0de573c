/** Optional: each component's quality violations in the Problems panel, refreshed when its file is saved. */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { isComponentFile } from '../core/extract/files';
import type { Violation } from '../core/protocol/index';
import type { ComponentScorer } from './scorer';

const SEVERITY: Record<Violation['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class QualityDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('siza');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analysis: Analysis,
    private readonly scorer: ComponentScorer,
    private readonly enabled: () => boolean,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((d) => void this.update(d)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.update(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    );
  }

  /** Called when the setting changes: fills in the open files, or clears everything. */
  refresh(): void {
    if (!this.enabled()) return this.collection.clear();
    for (const d of vscode.workspace.textDocuments) void this.update(d);
  }

  async update(doc: vscode.TextDocument): Promise<void> {
    if (!this.enabled() || doc.uri.scheme !== 'file' || !isComponentFile(doc.fileName)) return;
    try {
      const version = doc.version;
      const { components } = await this.analysis.extract(doc.fileName, doc.getText());
      const diagnostics: vscode.Diagnostic[] = [];
      for (const c of components) {
        const s = await this.scorer.score(c.code, c.framework, doc.fileName);
        for (const v of s.violations) {
          const line = Math.min(doc.lineCount - 1, c.range.start.line + Math.max(0, (v.line ?? 1) - 1));
          const d = new vscode.Diagnostic(doc.lineAt(line).range, `${c.name}: ${v.message}${v.hint ? ` (${v.hint})` : ''}`, SEVERITY[v.severity]);
          d.source = 'Siza Gen';
          d.code = v.hint.startsWith('https://') ? { value: v.rule, target: vscode.Uri.parse(v.hint) } : v.rule;
          diagnostics.push(d);
        }
      }
      if (doc.version === version) this.collection.set(doc.uri, diagnostics);
    } catch (e) {
      this.log.warn(`Quality diagnostics for ${doc.fileName}: ${(e as Error).message}`);
    }
  }

  dispose(): void {
    this.collection.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
