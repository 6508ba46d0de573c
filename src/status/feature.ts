/**
 * The sidecar's face in the editor: the status item (installing / starting / ready / fallback / error,
 * and the tier answering) and the sidecar's commands (Restart, Reinstall, Show Logs, the status menu,
 * the LLM key). The sidecar's life itself (restart after a crash, backoff) is src/sidecar/supervisor.ts.
 */
import type * as vscode from 'vscode';
import type { InferenceService } from '../inference/service';
import type { SidecarManager } from '../sidecar/manager';
import { registerSidecarCommands } from './commands';
import { SidecarStatusItem } from './statusItem';

export function registerStatus(
  d: { sidecar: SidecarManager; inference: InferenceService; secrets: vscode.SecretStorage; log: vscode.LogOutputChannel },
  subscriptions: vscode.Disposable[],
) {
  const item = new SidecarStatusItem();
  const show = () => item.update(d.sidecar.status, d.inference.tier);
  show();
  subscriptions.push(item, ...registerSidecarCommands(d.sidecar, d.log, d.secrets));
  return { statusChanged: show };
}
