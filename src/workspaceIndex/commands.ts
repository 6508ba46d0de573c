/** Re-index Workspace Components: every component file read and embedded again. */
import * as vscode from 'vscode';
import { runCommand } from '../log';
import type { WorkspaceIndex } from './workspaceIndex';

export function registerIndexCommands(index: WorkspaceIndex, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'siza.reindexWorkspace',
      runCommand(log, 'Re-index Workspace Components', async () => {
        const r = await index.reindex();
        void vscode.window.showInformationMessage(`Siza Gen: indexed ${r.components} components in ${r.files} files.`);
      }),
    ),
  ];
}
