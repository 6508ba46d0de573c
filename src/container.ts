import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Analysis } from './analysis/client';
import type { SizaApi } from './api';
import { QualityLensProvider } from './quality/codeLens';
import { registerComponentCommands } from './commands/components';
import { registerGenerateCommands } from './generate/commands';
import { registerTrainingCommands } from './training/commands';
import { launchApiKey } from './status/llmKey';
import { registerSidecarCommands } from './status/commands';
import { needsRestart, readSettings, type Settings } from './config';
import { COMPONENT_FILE_GLOB } from './core/extract/files';
import { TimingRecorder } from './core/metrics/recorder';
import { GenerateController } from './generate/controller';
import { FeedbackLog } from './generate/feedback';
import { Generator } from './generate/generator';
import { LibraryIndex } from './generate/libraryIndex';
import { syncAxeRules } from './quality/axeRules';
import { PreviewBuilder } from './generate/preview';
import { WorkspaceIndex } from './workspaceIndex/workspaceIndex';
import { WorkerEmbedder } from './inference/inprocess/workerEmbedder';
import { InferenceService } from './inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID, type Embedder } from './inference/types';
import { createLogChannel } from './log';
import { metricsModel } from './metrics/source';
import { QualityDiagnostics } from './quality/diagnostics';
import { ComponentScorer } from './quality/scorer';
import { SidecarManager } from './sidecar/manager';
import { ComponentSearch } from './similar/search';
import { VectorStore } from './store/store';
import { SidecarStatusItem } from './status/statusItem';
import { registerWebviews, type WebviewsUi } from './webviews';
import { GeneratePanel } from './generate/panel';
import { MetricsPanel } from './metrics/panel';
import { TrainingPanel } from './training/panel';
import { TrainingController } from './training/controller';

/** The composition root: builds every service in order, passes dependencies through constructors, owns disposal. */
export class Container implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly sidecar: SidecarManager;
  readonly inference: InferenceService;
  readonly index: WorkspaceIndex;
  readonly ui: WebviewsUi;
  readonly generate: GenerateController;
  private readonly analysis: Analysis;
  private readonly scorer: ComponentScorer;
  private readonly lenses: QualityLensProvider;
  private readonly diagnostics: QualityDiagnostics;
  private readonly embedder: Embedder | undefined;
  private store: VectorStore | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private settings: Settings;

  constructor(context: vscode.ExtensionContext) {
    this.log = this.own(createLogChannel());
    this.settings = readSettings(vscode.workspace.getConfiguration('siza'));
    const version = (context.extension.packageJSON as { version: string }).version;
    this.log.info(`Siza Gen ${version} activating (VS Code ${vscode.version}, ${vscode.env.appName}, Node ${process.version})`);

    this.sidecar = this.own(
      new SidecarManager({
        log: this.log,
        settings: () => this.settings,
        extensionPath: context.extensionPath,
        extensionVersion: version,
        storageDir: context.globalStorageUri.fsPath,
        // only for the endpoint it was saved for; otherwise withheld, with a warning that offers to set it
        llmApiKey: launchApiKey(context.secrets, () => this.settings.llm, this.log),
      }),
    );
    this.embedder = this.inProcessEmbedder(context);
    // every answered request, timed as the editor saw it, for the metrics panel
    const timings = new TimingRecorder();
    this.inference = new InferenceService({
      sidecar: () => this.sidecar.client,
      embedder: this.embedder,
      store: () => this.storeFor(this.sidecar.dataDir),
      log: this.log,
      onTiming: (op, tier, ms) => timings.record(op, tier, ms),
    });
    const status = this.own(new SidecarStatusItem());
    const show = () => status.update(this.sidecar.status, this.inference.tier);
    show();
    this.own(this.sidecar.onDidChangeStatus(show));
    this.disposables.push(...registerSidecarCommands(this.sidecar, this.log, context.secrets));

    // The editor's features: parsing in a worker, the workspace index, scores, the webviews, the commands.
    this.analysis = new Analysis(this.log);
    this.index = this.own(
      new WorkspaceIndex({ analysis: this.analysis, inference: this.inference, settings: () => this.settings, dataDir: () => this.sidecar.dataDir, log: this.log }),
    );
    this.scorer = new ComponentScorer(this.inference, this.analysis);
    const library = new LibraryIndex(this.inference, () => this.sidecar.dataDir, this.log);
    // the library is embedded once per version: soon after the sidecar first comes up, so the first
    // Generate or Find Similar does not wait for it
    const warm = this.sidecar.onDidChangeStatus((st) => {
      if (st.kind !== 'ready') return;
      warm.dispose();
      const t = setTimeout(() => void library.ensure().catch((e: Error) => this.log.warn(`Embedding the component library failed: ${e.message}`)), 3_000);
      this.own({ dispose: () => clearTimeout(t) });
    });
    this.own(warm);
    // axe-core's rules in the sidecar (once per axe-core version), so scores can cite the nearest rule
    this.own(
      this.sidecar.onDidChangeStatus((st) => {
        const client = this.sidecar.client;
        if (st.kind === 'ready' && client) void syncAxeRules(client, this.log).catch((e: Error) => this.log.warn(`Sending axe-core's rules to the sidecar failed: ${e.message}`));
      }),
    );
    const search = new ComponentSearch(this.index, this.inference, this.analysis, this.log, library);
    const webviews = registerWebviews(context, { log: this.log, similar: search });
    this.ui = webviews.ui;
    this.disposables.push(...webviews.disposables);
    this.lenses = this.own(new QualityLensProvider(this.analysis, this.scorer, () => this.settings.codeLens.enabled));
    this.own(vscode.languages.registerCodeLensProvider({ scheme: 'file', pattern: COMPONENT_FILE_GLOB }, this.lenses));
    this.diagnostics = this.own(new QualityDiagnostics(this.analysis, this.scorer, () => this.settings.diagnostics.enabled, this.log));
    this.diagnostics.refresh();
    // Generate Component: retrieval over the library, the LLM or composition, the result panel, feedback.
    const generator = new Generator({
      inference: this.inference,
      analysis: this.analysis,
      scorer: this.scorer,
      library,
      settings: () => this.settings,
      log: this.log,
      onGenerated: (g) => timings.record(`generate (${g.source})`, g.retrievalTier, g.ms),
    });
    this.generate = this.own(
      new GenerateController({
        generator,
        feedback: new FeedbackLog(() => this.sidecar.dataDir),
        preview: new PreviewBuilder(path.join(context.extensionPath, 'dist', 'tailwind')),
        settings: () => this.settings,
        showScore: (v) => this.ui.showScore(v),
        log: this.log,
      }),
    );
    this.generate.attach(this.own(new GeneratePanel({ extensionUri: context.extensionUri, log: this.log }, this.generate)));
    this.disposables.push(...registerGenerateCommands(this.generate, this.log));
    // Fine-tuning: the dataset from feedback and the workspace, the sidecar's LoRA jobs, the training panel.
    const feedbackFile = () => new FeedbackLog(() => this.sidecar.dataDir).file;
    const panelRef: { current?: TrainingPanel } = {};
    const training = new TrainingController({
      client: () => this.sidecar.client,
      analysis: this.analysis,
      index: this.index,
      feedbackFile,
      dataDir: () => this.sidecar.dataDir,
      settings: () => this.settings,
      log: this.log,
      onChange: () => void panelRef.current?.changed(),
    });
    const trainingPanel = this.own(
      new TrainingPanel(
        { extensionUri: context.extensionUri, log: this.log },
        {
          model: () => training.model(),
          fineTune: async () => ((await training.run()) ? 'Started' : 'Not started'),
          cancel: async (id) => {
            await training.cancel(id);
            return `Cancelling ${id}`;
          },
          activate: (name) => training.activate(name),
          deleteAdapter: (name) => training.deleteAdapter(name),
        },
      ),
    );
    panelRef.current = trainingPanel;
    // the panel follows the sidecar (it restarts to apply an adapter)
    this.own(this.sidecar.onDidChangeStatus(() => void trainingPanel.changed()));
    const testMode = context.extensionMode === vscode.ExtensionMode.Test;
    this.disposables.push(...registerTrainingCommands(training, () => trainingPanel.show(), this.log, testMode));
    const metrics = this.own(new MetricsPanel({ extensionUri: context.extensionUri, log: this.log }, () => metricsModel(timings, this.sidecar.client)));
    this.own(vscode.commands.registerCommand('siza.showMetrics', () => metrics.show()));
    this.disposables.push(
      ...registerComponentCommands({ analysis: this.analysis, scorer: this.scorer, inference: this.inference, index: this.index, search, ui: this.ui, log: this.log }),
    );
    // A new tier may answer differently (an LLM judges on the sidecar): scores are computed again.
    this.own(
      this.sidecar.onDidChangeStatus((s) => {
        if (s.kind !== 'ready' && s.kind !== 'fallback' && s.kind !== 'error') return;
        this.scorer.clear();
        this.lenses.refresh();
      }),
    );
    this.own(vscode.workspace.onDidChangeConfiguration((e) => this.onConfigChange(e)));

    if (this.settings.sidecar.autoStart) void this.sidecar.start();
    else this.log.info('siza.sidecar.autoStart is off: the sidecar starts with "Siza Gen: Restart Sidecar"');
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

  /** The model ships inside the extension (models/, built by scripts/build-model.sh); without it the floor is heuristics. */
  private inProcessEmbedder(context: vscode.ExtensionContext): Embedder | undefined {
    const modelsDir = path.join(context.extensionPath, 'models');
    if (!existsSync(path.join(modelsDir, 'all-MiniLM-L6-v2', 'onnx', 'model.onnx'))) {
      this.log.warn(`The in-process model is missing from ${modelsDir}: without the sidecar, only heuristics answer`);
      return undefined;
    }
    const cacheDir = path.join(context.globalStorageUri.fsPath, 'transformers-cache');
    // 2 intra-op threads: at batch 32 as fast as the sidecar (bench/RESULTS.md), and off the host's thread all the same
    return new WorkerEmbedder({ modelsDir, cacheDir, logger: this.log, intraOpThreads: 2 });
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
    if (e.affectsConfiguration('siza.codeLens.enabled')) this.lenses.refresh();
    if (e.affectsConfiguration('siza.diagnostics.enabled')) this.diagnostics.refresh();
    const turnedOn = e.affectsConfiguration('siza.sidecar.autoStart') && this.settings.sidecar.autoStart;
    const wanted = this.settings.sidecar.autoStart || this.sidecar.status.kind !== 'fallback';
    if (turnedOn || (wanted && needsRestart(before, this.settings))) {
      this.log.info('A sidecar setting changed; restarting the sidecar');
      void this.sidecar.restart();
    }
  }
}
