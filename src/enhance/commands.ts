/** Enhance Prompt: the selection (or a description asked for) made specific, shown in the enhance panel. */
import * as vscode from 'vscode';
import type { InferenceService } from '../inference/service';
import { runCommand } from '../log';
import type { EnhanceView } from './protocol';

export interface EnhanceCommandDeps {
  inference: InferenceService;
  showEnhance: (view: EnhanceView) => void;
  log: vscode.LogOutputChannel;
}

export function registerEnhanceCommands(d: EnhanceCommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'siza.enhancePrompt',
      runCommand(d.log, 'Enhance Prompt', async () => {
        const editor = vscode.window.activeTextEditor;
        const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
        const original =
          selected ||
          (await vscode.window.showInputBox({ title: 'Siza Gen: Enhance Prompt', prompt: 'Describe the component you want', placeHolder: 'a pricing card with three plans', ignoreFocusOut: true }));
        if (!original?.trim()) return;
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'Siza Gen: enhancing the prompt', cancellable: true },
          (_p, token) => {
            const abort = new AbortController();
            token.onCancellationRequested(() => abort.abort());
            return d.inference.enhance({ prompt: original.trim() }, abort.signal);
          },
        );
        const s = editor?.selection;
        d.showEnhance({
          original,
          result,
          ...(selected && editor && s
            ? { replace: { uri: editor.document.uri.toString(), range: { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } } } }
            : {}),
        });
      }),
    ),
  ];
}
