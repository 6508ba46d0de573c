/** The enhance feature: Enhance Prompt and its panel (Copy, Replace Selection, Open as Untitled). */
import type * as vscode from 'vscode';
import type { InferenceService } from '../inference/service';
import { registerEnhanceCommands } from './commands';
import { EnhancePanel } from './panel';
import type { EnhanceView } from './protocol';

export interface EnhanceDeps {
  extensionUri: vscode.Uri;
  inference: InferenceService;
  log: vscode.LogOutputChannel;
}

export function registerEnhance(d: EnhanceDeps, subscriptions: vscode.Disposable[]) {
  const panel = new EnhancePanel({ extensionUri: d.extensionUri, log: d.log });
  const showEnhance = (view: EnhanceView) => panel.show(view);
  subscriptions.push(panel, ...registerEnhanceCommands({ inference: d.inference, showEnhance, log: d.log }));
  return { showEnhance };
}
