import * as path from 'node:path';
import * as vscode from 'vscode';
import { ReusablePanel, type PanelDeps } from '../webviews/panel';
import { enhanceFromWebview, type EnhanceAction, type EnhanceFromWebview, type EnhanceModel, type EnhanceToWebview, type EnhanceView } from './protocol';
import type { Range } from '../core/extract/types';

/** The enhanced prompt beside the original, with Copy, Replace Selection and Open as Untitled. */
export class EnhancePanel extends ReusablePanel<EnhanceModel, EnhanceFromWebview> {
  static readonly viewType = 'siza.enhance';
  private view: EnhanceView | undefined;

  constructor(deps: PanelDeps) {
    super(deps, { viewType: EnhancePanel.viewType, view: 'enhance', schema: enhanceFromWebview });
  }

  show(view: EnhanceView): void {
    this.view = view;
    const { replace, ...rest } = view;
    const replaceLabel = replace && `${path.posix.basename(vscode.Uri.parse(replace.uri).path)}:${replace.range.start.line + 1}`;
    this.open({ ...rest, canReplace: replace !== undefined, replaceLabel }, 'Enhanced Prompt');
  }

  protected post(model: EnhanceModel): Thenable<boolean> {
    return this.send({ type: 'show', model });
  }

  private send(message: EnhanceToWebview): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  protected async onMessage(m: EnhanceFromWebview): Promise<void> {
    const view = this.view;
    if (!view || m.type === 'ready') return;
    try {
      const message = await this.perform(m.type, view);
      await this.send({ type: 'actionDone', action: m.type, ok: true, message });
    } catch (e) {
      this.deps.log.warn(`Enhance panel: ${m.type} failed: ${(e as Error).message}`);
      await this.send({ type: 'actionDone', action: m.type, ok: false, message: (e as Error).message });
    }
  }

  private async perform(action: EnhanceAction, view: EnhanceView): Promise<string> {
    const text = view.result.enhanced;
    switch (action) {
      case 'copy':
        await vscode.env.clipboard.writeText(text);
        return 'Copied to the clipboard';
      case 'openUntitled': {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
        const column = vscode.window.visibleTextEditors[0]?.viewColumn ?? vscode.ViewColumn.One;
        await vscode.window.showTextDocument(doc, { viewColumn: column });
        return 'Opened as an untitled document';
      }
      case 'replace': {
        if (!view.replace) throw new Error('There is no selection to replace');
        const range = await replaceRange(view.replace.uri, view.replace.range, text);
        // the selection is now the enhanced text, so a second Replace changes nothing
        view.replace = { uri: view.replace.uri, range };
        return 'Replaced the selection';
      }
    }
  }
}

/** Replaces a range of a document by `text` through a WorkspaceEdit (undoable); returns the range the text now covers. */
export async function replaceRange(uri: string, r: Range, text: string): Promise<Range> {
  const target = vscode.Uri.parse(uri, true);
  const doc = await vscode.workspace.openTextDocument(target);
  const range = doc.validateRange(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target, range, text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not edit ${target.fsPath || target.toString()}`);
  const lines = text.split(/\r?\n/);
  const last = lines[lines.length - 1]!;
  const endLine = range.start.line + lines.length - 1;
  const endCharacter = lines.length === 1 ? range.start.character + last.length : last.length;
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: endLine, character: endCharacter },
  };
}
