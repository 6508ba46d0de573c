import { ReusablePanel, type PanelDeps } from '../webviews/panel';
import { trainingFromWebview, type TrainingFromWebview, type TrainingModel, type TrainingToWebview } from './protocol';

/** What the panel asks of the training controller (src/training/controller.ts). */
export interface TrainingBackend {
  model(): Promise<TrainingModel>;
  fineTune(): Promise<string>;
  cancel(id: string): Promise<string>;
  activate(name: string | undefined): Promise<string>;
  deleteAdapter(name: string): Promise<string>;
}

const ACTIVE = new Set(['queued', 'preparing', 'training']);

/** The training panel: jobs with their curves and the adapters; refreshed every 2 s while a job runs and it is shown. */
export class TrainingPanel extends ReusablePanel<TrainingModel, TrainingFromWebview> {
  static readonly viewType = 'siza.training';
  static readonly REFRESH_MS = 2_000;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    deps: PanelDeps,
    private readonly backend: TrainingBackend,
  ) {
    super(deps, { viewType: TrainingPanel.viewType, view: 'training', schema: trainingFromWebview });
  }

  async show(): Promise<void> {
    this.open(await this.backend.model(), 'Siza Gen: Fine-tuning');
    this.timer ??= setInterval(() => void this.tick(), TrainingPanel.REFRESH_MS);
  }

  /** A job moved: the open panel shows it (a closed one stays closed). */
  async changed(): Promise<void> {
    if (this.model) this.update(await this.backend.model());
  }

  private async tick(): Promise<void> {
    if (!this.model) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    if (this.visible && this.model.jobs.some((j) => ACTIVE.has(j.state))) this.update(await this.backend.model());
  }

  protected post(model: TrainingModel): Thenable<boolean> {
    return this.send({ type: 'show', model });
  }

  private send(m: TrainingToWebview): Thenable<boolean> {
    return this.panel?.webview.postMessage(m) ?? Promise.resolve(false);
  }

  protected async onMessage(m: TrainingFromWebview): Promise<void> {
    try {
      let message = 'Refreshed';
      if (m.type === 'fineTune') message = await this.backend.fineTune();
      else if (m.type === 'cancel') message = await this.backend.cancel(m.id);
      else if (m.type === 'activate') message = await this.backend.activate(m.name);
      else if (m.type === 'deactivate') message = await this.backend.activate(undefined);
      else if (m.type === 'deleteAdapter') message = await this.backend.deleteAdapter(m.name);
      // model() never throws (a restarting sidecar is shown as unavailable): then the status line
      this.update(await this.backend.model());
      await this.send({ type: 'actionDone', ok: true, message });
    } catch (e) {
      this.deps.log.warn(`Training panel: ${m.type} failed: ${(e as Error).message}`);
      await this.send({ type: 'actionDone', ok: false, message: (e as Error).message });
    }
  }

  override dispose(): void {
    clearInterval(this.timer);
    super.dispose();
  }
}
