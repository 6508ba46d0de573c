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

/**
 * A command's body with the one failure policy: a cancellation is silent; any other error is logged
 * and shown with Show Logs, and the command resolves (VS Code would otherwise show its own bare toast).
 */
export function runCommand<A extends unknown[]>(log: vscode.LogOutputChannel, name: string, fn: (...args: A) => Promise<unknown>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      if (e instanceof vscode.CancellationError || (e instanceof Error && e.name === 'AbortError')) return;
      log.error(`${name}: ${(e as Error).message}`);
      notify(log, 'error', `Siza Gen: ${name} failed: ${(e as Error).message}`);
    }
  };
}
