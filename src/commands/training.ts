/** Fine-tune Local Model and Show Fine-tuning. */
import * as vscode from 'vscode';
import { notify } from '../log';
import type { TrainingController } from '../training/controller';

export function registerTrainingCommands(training: TrainingController, showPanel: () => Promise<void>, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    // resolves to the job id (tests read it); { confirm: false, maxSteps } for scripted runs
    vscode.commands.registerCommand('siza.fineTune', async (args?: unknown) => {
      const a = (typeof args === 'object' && args !== null ? args : {}) as { confirm?: unknown; maxSteps?: unknown };
      try {
        return await training.run({
          confirm: a.confirm !== false,
          ...(typeof a.maxSteps === 'number' && Number.isInteger(a.maxSteps) && a.maxSteps > 0 ? { maxSteps: Math.min(a.maxSteps, 10_000) } : {}),
        });
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
