import type * as vscode from 'vscode';
import type { SidecarClient } from './sidecar/client';
import type { SidecarStatus } from './sidecar/status';

/** What `activate` returns: a small surface other extensions (and our tests in the real VS Code) can use. */
export interface SizaApi {
  sidecar: {
    readonly status: SidecarStatus;
    readonly onDidChangeStatus: vscode.Event<SidecarStatus>;
    readonly client: SidecarClient | undefined;
    readonly pid: number | undefined;
    readonly venvDir: string;
    readonly bootstrapMs: number | undefined;
  };
}
