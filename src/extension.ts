import * as vscode from 'vscode';
import type { SizaApi } from './api';
import { Container } from './container';

let container: Container | undefined;

export function activate(context: vscode.ExtensionContext): SizaApi {
  try {
    container = new Container(context);
    return container.api;
  } catch (e) {
    void vscode.window.showErrorMessage(`Siza Gen failed to activate: ${(e as Error).message}`);
    throw e;
  }
}

export async function deactivate(): Promise<void> {
  await container?.shutdown();
  container = undefined;
}
