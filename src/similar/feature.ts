/**
 * The Find Similar feature: the sidebar (a search box over the workspace index and the library), the
 * code lens's Find Similar, and near-copies by MinHash. search.ts answers; controller.ts holds the
 * sidebar's state; view.ts is its webview; the browser side is src/webview-ui/similar.ts.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import type { Tier } from '../core/inference';
import type { LibraryIndex } from '../generate/libraryIndex';
import type { InferenceService } from '../inference/service';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { registerSimilarCommands } from './commands';
import { SimilarController } from './controller';
import type { SimilarResult } from './protocol';
import { ComponentSearch } from './search';
import { SimilarViewProvider } from './view';

export interface SimilarDeps {
  extensionUri: vscode.Uri;
  analysis: Analysis;
  index: WorkspaceIndex;
  inference: InferenceService;
  library: LibraryIndex;
  log: vscode.LogOutputChannel;
}

export function registerSimilar(d: SimilarDeps, subscriptions: vscode.Disposable[]) {
  const search = new ComponentSearch(d.index, d.inference, d.analysis, d.log, d.library);
  const controller = new SimilarController(search, d.log);
  const view = new SimilarViewProvider(d.extensionUri, controller, d.log);
  controller.attach(view);
  /** Reveals the sidebar with "Similar to <name>" results. */
  const showSimilar = (title: string, results: SimilarResult[], tier: Tier) => view.showResults(title, results, tier);
  subscriptions.push(
    view,
    vscode.window.registerWebviewViewProvider(SimilarViewProvider.viewId, view),
    ...registerSimilarCommands({ analysis: d.analysis, index: d.index, search, showSimilar, log: d.log }),
  );
  return { showSimilar };
}
