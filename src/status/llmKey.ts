import * as vscode from 'vscode';
import { readSettings, type Settings } from '../config';
import { notify } from '../log';
import { apiKeyFor, deleteApiKey, saveApiKey, type SecretStore } from '../sidecar/apiKey';

const SET_KEY = 'Set LLM API Key';

/**
 * The key for each sidecar launch (sidecar/apiKey.ts decides): sent only to the endpoint it was saved for.
 * A withheld key is logged every launch and shown once per reason, with a way to set it again.
 */
export function launchApiKey(secrets: SecretStore, llm: () => Settings['llm'], log: vscode.LogOutputChannel): () => Promise<string | undefined> {
  const shown = new Set<string>();
  return async () => {
    const r = await apiKeyFor(secrets, llm());
    if (r.withheld) {
      log.warn(r.withheld);
      if (!shown.has(r.withheld)) {
        shown.add(r.withheld);
        notify(log, 'warning', `Siza Gen: ${r.withheld}`, { [SET_KEY]: () => vscode.commands.executeCommand('siza.llm.setApiKey') });
      }
    }
    return r.key;
  };
}

/** Stores the key bound to the origin of the user's siza.llm.url (empty: removes it); false when nothing changed. */
export async function storeApiKey(secrets: SecretStore, key: string, log: vscode.LogOutputChannel): Promise<boolean> {
  if (!key) {
    await deleteApiKey(secrets);
    return true;
  }
  const saved = await saveApiKey(secrets, key, readSettings(vscode.workspace.getConfiguration('siza')).llm);
  if (!saved.ok) {
    log.warn(`LLM API key not stored: ${saved.reason}`);
    notify(log, 'warning', `Siza Gen: ${saved.reason}`, {
      'Open Settings': () => vscode.commands.executeCommand('workbench.action.openSettings', 'siza.llm'),
    });
    return false;
  }
  log.info(`LLM API key stored for ${saved.origin}; it is sent to no other origin`);
  return true;
}
