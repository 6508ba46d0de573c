import type * as vscode from 'vscode';
import type { Tier } from './core/inference';
import type { EnhanceView } from './enhance/protocol';
import type { Generation } from './generate/types';
import type { InferenceService } from './inference/service';
import type { ScoreView } from './quality/protocol';
import type { SidecarClient } from './sidecar/client';
import type { SidecarStatus } from './sidecar/status';
import type { SimilarResult } from './similar/protocol';
import type { WorkspaceIndex } from './workspaceIndex/workspaceIndex';

/** The panels the commands (and the tests, through the API) show results in. */
export interface WebviewsUi {
  showScore(view: ScoreView): void;
  showEnhance(view: EnhanceView): void;
  /** Reveals the Find Similar view with "Similar to <name>" results. */
  showSimilar(title: string, results: SimilarResult[], tier: Tier): Promise<void>;
}

/** What `activate` returns: a small surface other extensions (and our tests in the real VS Code) can use. */
export interface SizaApi {
  sidecar: {
    readonly status: SidecarStatus;
    readonly onDidChangeStatus: vscode.Event<SidecarStatus>;
    readonly client: SidecarClient | undefined;
    readonly pid: number | undefined;
    readonly venvDir: string;
    readonly bootstrapMs: number | undefined;
    /** "Never" was chosen on the first-run question (remembered in globalState). */
    readonly installNever: boolean;
  };
  /** Embeddings, vector search, scoring and enhancement on whichever tier is up; each result names its tier. */
  inference: InferenceService;
  /** The workspace's component index (Find Similar). */
  index: WorkspaceIndex;
  /** The score and enhance panels and the Find Similar view, fed with data. */
  ui: WebviewsUi;
  /** Generate Component: the generation the result panel shows (the command `siza.generateComponent` resolves to it too). */
  generate: { readonly generation: Generation | undefined; readonly dataDir: string };
}
