/**
 * The fine-tuning feature: the dataset (accepted generations + the index's components), the sidecar's
 * LoRA jobs and their progress (controller.ts), the training panel, and the adapter the LLM uses.
 */
import type * as vscode from 'vscode';
import { registerTrainingCommands } from './commands';
import { TrainingController, type TrainingDeps } from './controller';
import { TrainingPanel, type TrainingBackend } from './panel';

export interface TrainingFeatureDeps extends TrainingDeps {
  extensionUri: vscode.Uri;
  /** ExtensionMode.Test: the suite may shorten a job (`{ maxSteps }`). */
  testMode: boolean;
  log: vscode.LogOutputChannel;
}

export function registerTraining(d: TrainingFeatureDeps, subscriptions: vscode.Disposable[]) {
  const { extensionUri, testMode, ...deps } = d;
  const training = new TrainingController(deps);
  const panel = new TrainingPanel({ extensionUri, log: d.log }, panelBackend(training));
  training.attach(panel);
  subscriptions.push(panel, ...registerTrainingCommands(training, () => panel.show(), d.log, testMode));
  return {
    /** The panel follows the sidecar (it restarts to apply an adapter). */
    statusChanged(): void {
      void panel.changed();
    },
  };
}

/** The panel's buttons, answered with the line the panel shows. */
function panelBackend(training: TrainingController): TrainingBackend {
  return {
    model: () => training.model(),
    fineTune: async () => ((await training.run()) ? 'Started' : 'Not started'),
    cancel: async (id) => {
      await training.cancel(id);
      return `Cancelling ${id}`;
    },
    activate: (name) => training.activate(name),
    deleteAdapter: (name) => training.deleteAdapter(name),
  };
}
