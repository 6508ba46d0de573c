import * as vscode from 'vscode';

/** The one log channel of the extension; the sidecar's stdout/stderr and pip's output go here too. */
export function createLogChannel(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Siza Gen', { log: true });
}

/** A toast that always offers Show Logs, plus named actions; fire-and-forget so no caller waits on the user. */
export function notify(
  log: vscode.LogOutputChannel,
  level: 'error' | 'warning',
  message: string,
  actions: Record<string, () => unknown> = {},
): void {
  const show = level === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  void show(message, ...Object.keys(actions), 'Show Logs').then((pick) => {
    if (pick === 'Show Logs') log.show(true);
    else if (pick) void actions[pick]?.();
  });
}
