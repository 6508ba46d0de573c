/**
 * The quality feature: a component's score where a person looks (the code lens above it, Score
 * Current File, the optional Problems entries) and the score panel; axe-core's rules sent to each
 * sidecar launch so its scores can cite them.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import type { Settings } from '../config';
import { COMPONENT_FILE_GLOB } from '../core/extract/files';
import type { InferenceService } from '../inference/service';
import type { SidecarSession } from '../sidecar/session';
import type { SidecarStatus } from '../sidecar/status';
import { syncAxeRules } from './axeSync';
import { QualityLensProvider } from './codeLens';
import { registerQualityCommands } from './commands';
import { QualityDiagnostics } from './diagnostics';
import type { ScoreView } from './protocol';
import { ScorePanel } from './scorePanel';
import { ComponentScorer } from './scorer';

export interface QualityDeps {
  extensionUri: vscode.Uri;
  analysis: Analysis;
  inference: InferenceService;
  settings: () => Settings;
  log: vscode.LogOutputChannel;
}

export function registerQuality(d: QualityDeps, subscriptions: vscode.Disposable[]) {
  const scorer = new ComponentScorer(d.inference, d.analysis);
  const panel = new ScorePanel({ extensionUri: d.extensionUri, log: d.log });
  const lenses = new QualityLensProvider(d.analysis, scorer, () => d.settings().codeLens.enabled);
  const diagnostics = new QualityDiagnostics(d.analysis, scorer, () => d.settings().diagnostics.enabled, d.log);
  const showScore = (view: ScoreView) => panel.show(view);
  subscriptions.push(
    panel,
    lenses,
    vscode.languages.registerCodeLensProvider({ scheme: 'file', pattern: COMPONENT_FILE_GLOB }, lenses),
    diagnostics,
    ...registerQualityCommands({ analysis: d.analysis, scorer, showScore, log: d.log }),
  );
  diagnostics.refresh();
  return {
    scorer,
    showScore,
    /** A new tier may answer differently (an LLM judges on the sidecar): scores are computed again. */
    statusChanged(s: SidecarStatus): void {
      if (s.kind !== 'ready' && s.kind !== 'fallback' && s.kind !== 'error') return;
      scorer.clear();
      lenses.refresh();
    },
    /** axe-core's rules in this launch's store (once per axe-core version: cheap when current). */
    sessionStarted(session: SidecarSession): void {
      void syncAxeRules(session.client, d.log, session.signal).catch((e: Error) => {
        if (!session.ended) d.log.warn(`Sending axe-core's rules to the sidecar failed: ${e.message}`);
      });
    },
    settingsChanged(e: vscode.ConfigurationChangeEvent): void {
      if (e.affectsConfiguration('siza.codeLens.enabled')) lenses.refresh();
      if (e.affectsConfiguration('siza.diagnostics.enabled')) diagnostics.refresh();
    },
  };
}
