/** Find Similar (the code lens's second link, or the cursor's component) and Search Components (the sidebar). */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { componentAt } from '../analysis/componentAt';
import type { Tier } from '../core/inference';
import { runCommand } from '../log';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { SimilarResult } from './protocol';
import type { ComponentSearch } from './search';

export interface SimilarCommandDeps {
  analysis: Analysis;
  index: WorkspaceIndex;
  search: ComponentSearch;
  showSimilar: (title: string, results: SimilarResult[], tier: Tier) => Promise<void>;
  log: vscode.LogOutputChannel;
}

export function registerSimilarCommands(d: SimilarCommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'siza.findSimilar',
      runCommand(d.log, 'Find Similar', async (uri?: vscode.Uri, name?: string, line?: number) => {
        const editor = vscode.window.activeTextEditor;
        const doc = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
        if (!doc) return void vscode.window.showInformationMessage('Siza Gen: open a component to find similar ones.');
        const { found } = await componentAt(d.analysis, doc, { name, line, cursor: uri ? undefined : editor?.selection.active });
        if (!found) return void vscode.window.showInformationMessage('Siza Gen: put the cursor inside a component to find similar ones.');
        const selfId = `${d.index.relative(doc.uri)}#${found.name}`;
        const answer = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `Siza Gen: finding components like ${found.name}`, cancellable: true },
          (_p, token) => {
            const abort = new AbortController();
            token.onCancellationRequested(() => abort.abort());
            return d.search.similarTo(found, selfId, abort.signal);
          },
        );
        const dupes = answer.results.filter((r) => r.duplicate).length;
        await d.showSimilar(`Similar to ${found.name}${dupes ? ` (${dupes} near-identical)` : ''}`, answer.results, answer.tier);
      }),
    ),
    vscode.commands.registerCommand('siza.searchComponents', runCommand(d.log, 'Search Components', () => Promise.resolve(vscode.commands.executeCommand('siza.similar.focus')))),
  ];
}
