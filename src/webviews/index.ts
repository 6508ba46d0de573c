import * as vscode from 'vscode';
import type { Logger } from '../core/logger';
import type { Tier } from '../inference/types';
import { SimilarViewProvider, type SimilarBackend } from '../similar/view';
import { EnhancePanel } from '../enhance/panel';
import type { EnhanceView, ScoreView, SimilarResult } from './protocol';
import { ScorePanel } from '../quality/scorePanel';

export type { SimilarBackend } from '../similar/view';
export type { EnhanceView, ScoreView, SimilarResult } from './protocol';
export { EnhancePanel, ScorePanel, SimilarViewProvider };

/** What the commands (and the tests, through the API) call to show results. */
export interface WebviewsUi {
  showScore(view: ScoreView): void;
  showEnhance(view: EnhanceView): void;
  /** Reveals the Find Similar view with "Similar to <name>" results. */
  showSimilar(title: string, results: SimilarResult[], tier: Tier): Promise<void>;
}

export interface WebviewsDeps {
  log: Logger;
  similar: SimilarBackend;
}

/** Creates the score and enhance panels' hosts and registers the Find Similar view; the container owns the disposables. */
export function registerWebviews(
  context: { extensionUri: vscode.Uri },
  deps: WebviewsDeps,
): { ui: WebviewsUi; disposables: vscode.Disposable[] } {
  const panelDeps = { extensionUri: context.extensionUri, log: deps.log };
  const score = new ScorePanel(panelDeps);
  const enhance = new EnhancePanel(panelDeps);
  const similar = new SimilarViewProvider(context.extensionUri, deps.similar, deps.log);
  const registration = vscode.window.registerWebviewViewProvider(SimilarViewProvider.viewId, similar);
  return {
    ui: {
      showScore: (v) => score.show(v),
      showEnhance: (v) => enhance.show(v),
      showSimilar: (title, results, tier) => similar.showResults(title, results, tier),
    },
    disposables: [score, enhance, similar, registration],
  };
}
