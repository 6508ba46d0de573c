import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Analysis } from './analysis/client';
import type { SizaApi, WebviewsUi } from './api';
import { needsRestart, readSettings, type Settings } from './config';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID, type Embedder } from './core/inference';
import { TimingRecorder } from './core/metrics/recorder';
import { registerEnhance } from './enhance/feature';
import type { GenerateController } from './generate/controller';
import { registerGenerate } from './generate/feature';
import { FeedbackLog } from './generate/feedback';
import { LibraryIndex } from './generate/libraryIndex';
import { missingOrtBinding } from './inference/inprocess/runtime';
import { EXTENSION_ONNX_THREADS, WorkerEmbedder } from './inference/inprocess/workerEmbedder';
import { InferenceService } from './inference/service';
import { directLlmFrom } from './inference/llm/configured';
import { createLogChannel } from './log';
import { registerMetrics } from './metrics/feature';
import { registerQuality } from './quality/feature';
import { SidecarManager } from './sidecar/manager';
import type { SidecarSession } from './sidecar/session';
import type { SidecarStatus } from './sidecar/status';
import { registerSimilar } from './similar/feature';
import { registerStatus } from './status/feature';
import { launchApiKey } from './status/llmKey';
import { VectorStore } from './store/store';
import { registerTraining } from './training/feature';
import { registerIndexCommands } from './workspaceIndex/commands';
import { WorkspaceIndex } from './workspaceIndex/workspaceIndex';

/**
 * The composition root: builds every service in order, passes dependencies through constructors, owns
 * disposal. Two scopes: `disposables` lives until deactivate; a SidecarSession (src/sidecar/session.ts)
 * lives for one launch of the sidecar, and the features are wired to it once, in `sessionStarted`.
 */
export class Container implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly sidecar: SidecarManager;
  readonly inference: InferenceService;
  readonly index: WorkspaceIndex;
  readonly ui: WebviewsUi;
  readonly generate: GenerateController;
  private readonly analysis: Analysis;
  private readonly quality: ReturnType<typeof registerQuality>;
  private readonly status: ReturnType<typeof registerStatus>;
  private readonly training: ReturnType<typeof registerTraining>;
  private readonly library: LibraryIndex;
  private libraryWarmed = false;
  private readonly embedder: Embedder | undefined;
  private store: VectorStore | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private settings: Settings;

  constructor(context: vscode.ExtensionContext) {
    this.log = this.own(createLogChannel());
    this.settings = readSettings(vscode.workspace.getConfiguration('siza'));
    const version = (context.extension.packageJSON as { version: string }).version;
    this.log.info(`Siza Gen ${version} activating (VS Code ${vscode.version}, ${vscode.env.appName}, Node ${process.version})`);
    const settings = () => this.settings;
    const subs = this.disposables;
    const { extensionUri, extensionPath } = context;
    const log = this.log;

    // The sidecar and the tiers behind one interface.
    // only for the endpoint it was saved for; otherwise withheld, with a warning that offers to set it
    const llmKey = launchApiKey(context.secrets, () => this.settings.llm, log);
    this.sidecar = this.own(
      new SidecarManager({
        log,
        settings,
        extensionPath,
        extensionVersion: version,
        storageDir: context.globalStorageUri.fsPath,
        llmApiKey: llmKey,
        globalState: context.globalState,
      }),
    );
    const dataDir = () => this.sidecar.dataDir;
    const client = () => this.sidecar.client;
    this.embedder = this.inProcessEmbedder(context);
    // every answered request, timed as the editor saw it, for the metrics panel
    const timings = new TimingRecorder();
    this.inference = new InferenceService({
      sidecar: client,
      embedder: this.embedder,
      store: () => this.storeFor(dataDir()),
      // without the sidecar, generation streams from an Ollama/OpenAI-compatible endpoint itself
      directLlm: directLlmFrom(() => this.settings.llm, llmKey),
      log,
      onTiming: (op, tier, ms) => timings.record(op, tier, ms),
    });
    this.status = registerStatus({ sidecar: this.sidecar, inference: this.inference, secrets: context.secrets, log }, subs);

    // Shared by the features: parsing in a worker, the workspace index, the component library, feedback.
    this.analysis = new Analysis(log);
    this.index = this.own(new WorkspaceIndex({ analysis: this.analysis, inference: this.inference, settings, dataDir, log }));
    subs.push(...registerIndexCommands(this.index, log));
    this.library = new LibraryIndex(this.inference, dataDir, log);
    const feedback = new FeedbackLog(dataDir);

    // The features, each in its folder: its commands, its controller, its panel or provider.
    const { analysis, inference, index, library } = this;
    this.quality = registerQuality({ extensionUri, analysis, inference, settings, log }, subs);
    const { showEnhance } = registerEnhance({ extensionUri, inference, log }, subs);
    const { showSimilar } = registerSimilar({ extensionUri, analysis, index, inference, library, log }, subs);
    this.ui = { showScore: this.quality.showScore, showEnhance, showSimilar };
    this.generate = registerGenerate(
      {
        extensionUri,
        extensionPath,
        inference,
        analysis,
        scorer: this.quality.scorer,
        library,
        index,
        feedback,
        settings,
        showScore: this.quality.showScore,
        onGenerated: (g) => timings.record(`generate (${g.source})`, g.retrievalTier, g.ms),
        log,
      },
      subs,
    );
    const testMode = context.extensionMode === vscode.ExtensionMode.Test;
    this.training = registerTraining({ extensionUri, client, analysis, index, feedbackFile: () => feedback.file, dataDir, settings, testMode, log }, subs);
    registerMetrics({ extensionUri, timings, client, log }, subs);

    // The sidecar's life, wired once: every status change, and each launch's session.
    this.own(this.sidecar.onDidChangeStatus((s) => this.statusChanged(s)));
    this.own(this.sidecar.onDidStartSession((s) => this.sessionStarted(s)));
    this.own(vscode.workspace.onDidChangeConfiguration((e) => this.onConfigChange(e)));

    if (this.settings.sidecar.autoStart) void this.sidecar.start();
    else log.info('siza.sidecar.autoStart is off: the sidecar starts with "Siza Gen: Restart Sidecar"');
  }

  private statusChanged(s: SidecarStatus): void {
    this.status.statusChanged();
    this.training.statusChanged();
    this.quality.statusChanged(s);
  }

  /** What belongs to one launch of the sidecar; the session disposes it when that launch ends. */
  private sessionStarted(session: SidecarSession): void {
    this.quality.sessionStarted(session);
    // the library is embedded once per version: soon after the sidecar first comes up, so the first
    // Generate or Find Similar does not wait for it
    if (!this.libraryWarmed) {
      session.after(3_000, () => {
        this.libraryWarmed = true;
        void this.library.ensure().catch((e: Error) => this.log.warn(`Embedding the component library failed: ${e.message}`));
      });
    }
  }

  get api(): SizaApi {
    const generate = this.generate;
    const sidecar = this.sidecar;
    return {
      sidecar: this.sidecar,
      inference: this.inference,
      index: this.index,
      ui: this.ui,
      generate: {
        get generation() {
          return generate.generation;
        },
        get dataDir() {
          return sidecar.dataDir;
        },
      },
    };
  }

  /** Awaited by deactivate, so the sidecar and the embedding worker are gone before the host exits. */
  async shutdown(): Promise<void> {
    await Promise.all([this.sidecar.shutdown(), this.embedder?.dispose(), this.analysis.dispose()]);
    this.dispose();
  }

  /** The model and onnxruntime-node's binary ship inside the extension (models/, node_modules/); without either the floor is heuristics. */
  private inProcessEmbedder(context: vscode.ExtensionContext): Embedder | undefined {
    const modelsDir = path.join(context.extensionPath, 'models');
    if (!existsSync(path.join(modelsDir, 'all-MiniLM-L6-v2', 'onnx', 'model.onnx'))) {
      this.log.warn(`The in-process model is missing from ${modelsDir}: without the sidecar, only heuristics answer`);
      return undefined;
    }
    const noRuntime = missingOrtBinding(context.extensionPath);
    if (noRuntime) {
      this.log.warn(noRuntime);
      return undefined;
    }
    const cacheDir = path.join(context.globalStorageUri.fsPath, 'transformers-cache');
    return new WorkerEmbedder({ modelsDir, cacheDir, logger: this.log, intraOpThreads: EXTENSION_ONNX_THREADS });
  }

  /** One store per data folder: the setting may move it. */
  private storeFor(dataDir: string): VectorStore {
    const root = path.join(dataDir, 'vectors');
    if (this.store?.root !== root) this.store = new VectorStore(root, EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID, (m) => this.log.warn(m));
    return this.store;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }

  private own<T extends vscode.Disposable>(d: T): T {
    this.disposables.push(d);
    return d;
  }

  private onConfigChange(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('siza')) return;
    const before = this.settings;
    this.settings = readSettings(vscode.workspace.getConfiguration('siza'));
    this.quality.settingsChanged(e);
    const turnedOn = e.affectsConfiguration('siza.sidecar.autoStart') && this.settings.sidecar.autoStart;
    const wanted = this.settings.sidecar.autoStart || this.sidecar.status.kind !== 'fallback';
    if (turnedOn || (wanted && needsRestart(before, this.settings))) {
      this.log.info('A sidecar setting changed; restarting the sidecar');
      void this.sidecar.restart();
    }
  }
}
