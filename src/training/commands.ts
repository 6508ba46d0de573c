/** Fine-tune Local Model and Show Fine-tuning. */
import * as vscode from 'vscode';
import { notify } from '../log';
import type { TrainingController } from './controller';

/** `testMode` (ExtensionMode.Test only) lets the suite shorten a job with `{ maxSteps }`; the question is always asked. */
export function registerTrainingCommands(training: TrainingController, showPanel: () => Promise<void>, log: vscode.LogOutputChannel, testMode = false): vscode.Disposable[] {
  return [
    // resolves to the job id (tests read it)
    vscode.commands.registerCommand('siza.fineTune', async (args?: unknown) => {
      const steps = testMode && typeof args === 'object' && args !== null ? (args as { maxSteps?: unknown }).maxSteps : undefined;
      try {
        return await training.run(typeof steps === 'number' && Number.isInteger(steps) && steps > 0 ? { maxSteps: Math.min(steps, 10_000) } : {});
      } catch (e) {
        if (e instanceof vscode.CancellationError) return undefined;
        log.error(`Fine-tune: ${(e as Error).message}`);
        notify(log, 'error', `Siza Gen: ${(e as Error).message}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('siza.showTraining', () => showPanel()),
  ];
}
