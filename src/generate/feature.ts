/**
 * The Generate Component feature: retrieval over the library, the LLM or composition, validation and
 * a score (generator.ts), the result panel and its actions (controller.ts, panel.ts), feedback.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import type { Settings } from '../config';
import type { InferenceService } from '../inference/service';
import type { ScoreView } from '../quality/protocol';
import type { ComponentScorer } from '../quality/scorer';
import { registerGenerateCommands } from './commands';
import { GenerateController } from './controller';
import type { FeedbackLog } from './feedback';
import { Generator } from './generator';
import type { LibraryIndex } from './libraryIndex';
import { GeneratePanel } from './panel';
import { PreviewBuilder } from './preview';
import type { Generation } from './types';
import { WorkspaceGrounding } from './grounding';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';

export interface GenerateDeps {
  extensionUri: vscode.Uri;
  extensionPath: string;
  inference: InferenceService;
  analysis: Analysis;
  scorer: ComponentScorer;
  library: LibraryIndex;
  /** The workspace's components: the LLM's prompt carries the nearest ones. */
  index: WorkspaceIndex;
  feedback: FeedbackLog;
  settings: () => Settings;
  showScore: (view: ScoreView) => void;
  /** Each finished generation (the metrics panel times them). */
  onGenerated: (g: Generation) => void;
  log: vscode.LogOutputChannel;
}

export function registerGenerate(d: GenerateDeps, subscriptions: vscode.Disposable[]): GenerateController {
  const generator = new Generator({
    inference: d.inference,
    analysis: d.analysis,
    scorer: d.scorer,
    library: d.library,
    settings: d.settings,
    log: d.log,
    grounding: new WorkspaceGrounding({
      index: d.index,
      inference: d.inference,
      roots: () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
      log: d.log,
    }),
    onGenerated: d.onGenerated,
  });
  const controller = new GenerateController({
    generator,
    feedback: d.feedback,
    preview: new PreviewBuilder(path.join(d.extensionPath, 'dist', 'tailwind')),
    settings: d.settings,
    showScore: d.showScore,
    log: d.log,
  });
  const panel = new GeneratePanel({ extensionUri: d.extensionUri, log: d.log }, controller);
  controller.attach(panel);
  subscriptions.push(controller, panel, ...registerGenerateCommands(controller, d.log));
  return controller;
}
