import * as vscode from 'vscode';
import { samePath } from '../core/paths';
import { ReusablePanel, type PanelDeps } from '../webviews/panel';
import { scoreFromWebview, type ScoreFromWebview, type ScoreModel, type ScoreToWebview, type ScoreView } from './protocol';

/** The quality score of a component: one reused panel beside the editor; violation lines link to the code. */
export class ScorePanel extends ReusablePanel<ScoreModel, ScoreFromWebview> {
  static readonly viewType = 'siza.score';
  private view: ScoreView | undefined;

  constructor(deps: PanelDeps) {
    super(deps, { viewType: ScorePanel.viewType, view: 'score', schema: scoreFromWebview });
  }

  show(view: ScoreView): void {
    this.view = view;
    const model: ScoreModel = {
      title: view.title,
      fileLabel: view.fileLabel,
      component: view.component,
      result: view.result,
      canReveal: view.uri !== undefined,
    };
    this.open(model, view.title);
  }

  protected post(model: ScoreModel): Thenable<boolean> {
    const message: ScoreToWebview = { type: 'show', model };
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  protected async onMessage(m: ScoreFromWebview): Promise<void> {
    if (m.type === 'reveal' && this.view?.uri) await revealLine(this.view.uri, (this.view.startLine ?? 0) + m.line - 1, this.panel?.viewColumn);
  }

}

/** A file opened under another spelling of its path (case, on Windows and macOS) is still the same document. */
function sameDocument(a: vscode.Uri, b: vscode.Uri): boolean {
  if (a.scheme === 'file' && b.scheme === 'file') return samePath(a.fsPath, b.fsPath, process.platform);
  return a.toString() === b.toString();
}

/** Opens `uri` at a 0-based line, in the editor that already shows it, else in a column the panel does not cover. */
export async function revealLine(uri: string, line: number, panelColumn: vscode.ViewColumn | undefined): Promise<vscode.TextEditor> {
  const target = vscode.Uri.parse(uri, true);
  const doc = await vscode.workspace.openTextDocument(target);
  const l = Math.min(Math.max(0, line), doc.lineCount - 1);
  const at = new vscode.Position(l, doc.lineAt(l).firstNonWhitespaceCharacterIndex);
  const shown = vscode.window.visibleTextEditors.find((e) => sameDocument(e.document.uri, target));
  const column = shown?.viewColumn ?? (panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(at, at) });
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
