import * as vscode from 'vscode';
import { installSizeFor, sizeSentence } from '../sidecar/installSize';
import type { SidecarManager } from '../sidecar/manager';
import { checkLlmCommand } from './llmCheck';
import { storeApiKey } from './llmKey';

interface Action extends vscode.QuickPickItem {
  run?: () => unknown;
}

/** Restart, Reinstall, Show Logs, the status menu and the LLM key: the sidecar's commands. */
export function registerSidecarCommands(manager: SidecarManager, log: vscode.LogOutputChannel, secrets: vscode.SecretStorage): vscode.Disposable[] {
  return [
    // always asked (no argument sets it: nothing but the person at the keyboard chooses the key); empty removes it
    vscode.commands.registerCommand('siza.llm.setApiKey', async () => {
      const key = await vscode.window.showInputBox({
        title: 'Siza Gen: LLM API Key',
        prompt: 'The key of the OpenAI-compatible endpoint (siza.llm.url). Stored in the OS keychain; empty removes it.',
        password: true,
        ignoreFocusOut: true,
      });
      if (key === undefined) return;
      // bound to the origin of siza.llm.url (sidecar/apiKey.ts): never sent anywhere else
      if (!(await storeApiKey(secrets, key.trim(), log))) return;
      log.info(key.trim() ? 'LLM API key stored; restarting the sidecar to use it' : 'LLM API key removed; restarting the sidecar');
      if (manager.status.kind !== 'fallback') await manager.restart();
    }),
    vscode.commands.registerCommand('siza.llm.check', () => checkLlmCommand(manager, log, secrets)),
    vscode.commands.registerCommand('siza.showLogs', () => log.show(true)),
    // a command that needs the sidecar: a first install still asks (sidecar/consent.ts says why)
    vscode.commands.registerCommand('siza.sidecar.restart', () => manager.restart('command')),
    // turns "Never" back off and installs: running it is the consent
    vscode.commands.registerCommand('siza.sidecar.enableInstall', () => manager.enableInstall()),
    // always asked, and no argument skips it; a notification (not a modal) so the real-VS-Code tests answer it too
    vscode.commands.registerCommand('siza.sidecar.reinstall', async () => {
      const answer = await vscode.window.showWarningMessage(
        `Rebuild the sidecar's Python environment? It is installed into a new folder while the sidecar keeps answering; the old one is removed once no window uses it. ${sizeSentence(installSizeFor())}`,
        'Reinstall',
      );
      if (answer === 'Reinstall') await manager.reinstall();
    }),
    vscode.commands.registerCommand('siza.sidecar.showStatus', () => showStatusMenu(manager, log)),
  ];
}

async function showStatusMenu(manager: SidecarManager, log: vscode.LogOutputChannel): Promise<void> {
  const s = manager.status;
  const details: Action[] = [{ label: `$(pulse) State: ${s.kind}`, detail: s.detail }];
  if (s.kind === 'ready') {
    details.push({ label: `$(plug) ${s.baseUrl}`, description: `pid ${s.pid}, ready in ${(s.readyInMs / 1000).toFixed(1)} s` });
    const ready = await manager.client?.ready({ timeoutMs: 2_000 }).catch(() => undefined);
    if (ready) {
      details.push({
        label: `$(server-process) Python ${ready.python}, siza_ml ${ready.version}`,
        description: `up ${Math.round(ready.uptime_s)} s · ${ready.memory.rss_mb.toFixed(0)} MB RSS`,
      });
      for (const m of ready.models) details.push({ label: `$(symbol-misc) ${m.name}: ${m.loaded ? 'loaded' : 'not loaded'}`, description: m.model_id });
    }
  }
  details.push({ label: `$(folder) ${manager.venvDir}`, description: 'environment' });
  const actions: Action[] = [
    { label: '$(output) Show Logs', run: () => log.show(true) },
    { label: '$(debug-restart) Restart Sidecar', run: () => manager.restart('command') },
    ...(manager.installNever ? [{ label: '$(cloud-download) Allow the Sidecar Install', run: () => manager.enableInstall() }] : []),
    { label: '$(trash) Reinstall Sidecar Environment', run: () => vscode.commands.executeCommand('siza.sidecar.reinstall') },
  ];
  const pick = await vscode.window.showQuickPick<Action>(
    [...details, { label: 'Actions', kind: vscode.QuickPickItemKind.Separator }, ...actions],
    { title: 'Siza Gen Sidecar', placeHolder: `Sidecar ${s.kind}: pick an action` },
  );
  await pick?.run?.();
}
