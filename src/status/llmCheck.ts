import * as vscode from 'vscode';
import { readSettings } from '../config';
import { checkEndpoint, TEST_PROMPT, type CheckResult } from '../core/llm/check';
import { apiKeyFor, llmEndpoint } from '../sidecar/apiKey';
import type { SidecarManager } from '../sidecar/manager';

const OPEN_SETTINGS = 'Open LLM Settings';
const SET_KEY = 'Set LLM API Key';

/**
 * Siza Gen: Check LLM Endpoint — the configured provider checked step by step (reachable, the model there, a
 * one-line reply), each step logged, the result shown with the fix for the first failure. The key is the one in
 * the keychain, sent only to the URL it was saved for (sidecar/apiKey.ts), as the sidecar would send it.
 */
export async function checkLlmCommand(manager: SidecarManager, log: vscode.LogOutputChannel, secrets: vscode.SecretStorage): Promise<CheckResult | undefined> {
  const llm = readSettings(vscode.workspace.getConfiguration('siza')).llm;
  const openSettings = () => vscode.commands.executeCommand('workbench.action.openSettings', 'siza.llm');
  if (llm.provider === 'none') {
    const pick = await vscode.window.showInformationMessage('Siza Gen: no LLM is set up (siza.llm.provider is "none"): generation composes from the library and scores come from the rules. Choose Ollama, an OpenAI-compatible endpoint or the local model.', OPEN_SETTINGS);
    if (pick === OPEN_SETTINGS) await openSettings();
    return undefined;
  }
  if (llm.provider === 'local') return checkLocal(manager, log);
  const { key, withheld } = await apiKeyFor(secrets, llm);
  if (withheld) log.warn(`LLM check: ${withheld}`);
  const url = llmEndpoint(llm);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Siza Gen: checking ${url || 'the LLM endpoint'}`, cancellable: true },
    (_p, token) => {
      const ctl = new AbortController();
      token.onCancellationRequested(() => ctl.abort());
      return checkEndpoint({ provider: llm.provider as 'ollama' | 'openai', url, model: llm.model, ...(key ? { apiKey: key } : {}), timeoutMs: llm.timeoutSeconds * 1000, fetch, signal: ctl.signal });
    },
  );
  for (const s of result.steps) log.info(`LLM check: ${s.step} ${s.ok ? 'ok' : 'FAILED'}: ${s.detail}`);
  if (result.ok) {
    void vscode.window.showInformationMessage(`Siza Gen: the LLM works. ${result.steps.map((s) => s.detail).join(' ')}`, 'OK');
    return result;
  }
  const failed = result.steps.find((s) => !s.ok)!;
  if (result.fix) log.info(`LLM check: fix: ${result.fix}`);
  const actions = failed.detail.includes('API key') ? [SET_KEY, OPEN_SETTINGS] : [OPEN_SETTINGS];
  void vscode.window.showWarningMessage(`Siza Gen: the LLM check failed at "${failed.step}": ${failed.detail} ${result.fix ?? ''}`, ...actions, 'Show Logs').then((pick) => {
    if (pick === SET_KEY) void vscode.commands.executeCommand('siza.llm.setApiKey');
    else if (pick === OPEN_SETTINGS) void openSettings();
    else if (pick === 'Show Logs') log.show(true);
  });
  return result;
}

/** The local model runs inside the sidecar: it is checked by one short chat there. */
async function checkLocal(manager: SidecarManager, log: vscode.LogOutputChannel): Promise<undefined> {
  const client = manager.client;
  if (!client || manager.status.kind !== 'ready') {
    log.info(`LLM check: the local model runs in the sidecar, which is ${manager.status.kind}`);
    void vscode.window.showWarningMessage(`Siza Gen: the local model runs in the sidecar, which is ${manager.status.kind} now; check again once the status bar says ready.`, 'Show Logs').then((p) => p && log.show(true));
    return undefined;
  }
  const t0 = Date.now();
  try {
    const r = await client.chat({ messages: [{ role: 'user', content: TEST_PROMPT }], max_tokens: 8, temperature: 0 });
    const detail = `The local model (${r.model}) replied "${r.text.trim().slice(0, 60)}" in ${((Date.now() - t0) / 1000).toFixed(1)} s.`;
    log.info(`LLM check: ${detail}`);
    void vscode.window.showInformationMessage(`Siza Gen: the LLM works. ${detail}`);
  } catch (e) {
    log.warn(`LLM check: the local model failed: ${(e as Error).message}`);
    void vscode.window.showWarningMessage(`Siza Gen: the local model did not answer: ${(e as Error).message}`, 'Show Logs').then((p) => p && log.show(true));
  }
  return undefined;
}
