import * as vscode from 'vscode';
import type { Logger } from '../core/logger';
import { ASSET_ROOTS, renderShell } from './html';
import { parseMessage, type WebviewName } from './protocol';
import type { z } from 'zod';

/** The vscode side of the shell: options every Siza webview gets, and its HTML with a fresh nonce. */

export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return ASSET_ROOTS.map((root) => vscode.Uri.joinPath(extensionUri, ...root.split('/')));
}

/** Scripts on, loads limited to our assets. No retainContextWhenHidden: the host resends state on 'ready'. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: localResourceRoots(extensionUri) };
}

export function setShell(webview: vscode.Webview, extensionUri: vscode.Uri, view: WebviewName, title: string, styleHashes?: readonly string[]): void {
  webview.options = webviewOptions(extensionUri);
  webview.html = renderShell({
    cspSource: webview.cspSource,
    asset: (root, file) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...root.split('/'), file)).toString(),
    view,
    title,
    styleHashes,
  });
}

/** Subscribes to a webview's messages, dropping (and logging) anything that does not match its schema. */
export function onValidMessage<T>(
  webview: vscode.Webview,
  schema: z.ZodType<T>,
  log: Logger,
  handler: (message: T) => unknown,
): vscode.Disposable {
  return webview.onDidReceiveMessage((raw: unknown) => {
    const parsed = parseMessage(schema, raw);
    if (!parsed.ok) {
      log.warn(`Ignored a malformed webview message: ${parsed.error}`);
      return;
    }
    Promise.resolve(handler(parsed.message)).catch((e: unknown) => {
      log.error(`Webview message ${JSON.stringify((raw as { type?: unknown }).type)} failed: ${(e as Error).message ?? e}`);
    });
  });
}
