import type { Framework } from '../core/frameworks';
import * as vscode from 'vscode';
import { ReusablePanel, type PanelDeps } from '../webviews/panel';
import { generateFromWebview, type GenerateAction, type GenerateFromWebview, type GenerateModel, type GenerateProgressView, type GenerateToWebview } from './protocol';

/** What the result panel asks of the generator (src/generate/controller.ts implements it). */
export interface GenerateBackend {
  /** The model of the current generation (preview built, targets resolved) and its preview's style hash. */
  model(): Promise<{ model: GenerateModel; styleHash: string } | undefined>;
  act(action: GenerateAction): Promise<string>;
  switchFramework(framework: Framework): Promise<string>;
  /** Not covered: a closest library component, as it is, becomes the current result. */
  openLibraryComponent(name: string): Promise<string>;
  /** Not covered: where a model is chosen (siza.llm.provider). */
  setupModel(): Promise<string>;
  /** Cancel pressed while a generation runs. */
  cancel(): void;
}

/** What the panel shows: a finished generation, or one in progress (no preview yet, so no style hash). */
type PanelModel = { model: GenerateModel; styleHash: string } | { progress: GenerateProgressView; styleHash: '' };

/** The Generate Component result panel: preview, code, checks and score; its actions run on the host. */
export class GeneratePanel extends ReusablePanel<PanelModel, GenerateFromWebview> {
  static readonly viewType = 'siza.generate';

  constructor(
    deps: PanelDeps,
    private readonly backend: GenerateBackend,
  ) {
    super(deps, { viewType: GeneratePanel.viewType, view: 'generate', schema: generateFromWebview });
  }

  /** Shows (or refreshes) the backend's current generation. */
  async refresh(): Promise<void> {
    const m = await this.backend.model();
    const g = m?.model.generation;
    if (m && g) this.open(m, g.coverage?.covered === false ? `No match: ${g.coverage.kind}` : `Generated: ${g.name}`);
  }

  /** A generation in progress: opens the panel on its first report; later ones go to the page as they come. */
  progress(p: GenerateProgressView): void {
    const m: PanelModel = { progress: p, styleHash: '' };
    if (this.panel && this.model && 'progress' in this.model) {
      this.model = m;
      void this.send({ type: 'progress', progress: p });
    } else this.open(m, `Generating: ${p.description.slice(0, 40)}`);
  }

  /** The open panel shows the current generation again (the theme changed); a closed one stays closed. */
  async reload(): Promise<void> {
    const m = await this.backend.model();
    if (m) this.update(m);
  }

  protected override styleHashes(m: { styleHash: string }): readonly string[] {
    return m.styleHash ? [m.styleHash] : [];
  }

  protected post(m: PanelModel): Thenable<boolean> {
    return this.send('progress' in m ? { type: 'progress', progress: m.progress } : { type: 'show', model: m.model });
  }

  private send(message: GenerateToWebview): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  protected async onMessage(m: GenerateFromWebview): Promise<void> {
    if (m.type === 'ready') return;
    if (m.type === 'cancel') return this.backend.cancel();
    const action = m.type;
    const slow = action === 'regenerate' || action === 'framework' || action === 'openLibrary';
    if (slow) await this.send({ type: 'busy', message: busyText(m) });
    try {
      const message =
        m.type === 'framework'
          ? await this.backend.switchFramework(m.framework)
          : m.type === 'openLibrary'
            ? await this.backend.openLibraryComponent(m.name)
            : m.type === 'setupModel'
              ? await this.backend.setupModel()
              : await this.backend.act(m.type);
      if (slow) await this.refresh();
      await this.send({ type: 'actionDone', action, ok: true, message });
    } catch (e) {
      this.deps.log.warn(`Generate panel: ${action} failed: ${(e as Error).message}`);
      await this.send({ type: 'actionDone', action, ok: false, message: (e as Error).message });
      if (!slow) void vscode.window.showWarningMessage(`Siza Gen: ${(e as Error).message}`);
    }
  }
}

function busyText(m: Exclude<GenerateFromWebview, { type: 'ready' }>): string {
  if (m.type === 'regenerate') return 'Generating again…';
  if (m.type === 'framework') return `Rendering for ${m.framework}…`;
  if (m.type === 'openLibrary') return `Opening ${m.name}…`;
  return '';
}
