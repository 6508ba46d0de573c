import { ReusablePanel, type PanelDeps } from '../webviews/panel';
import { metricsFromWebview, type MetricsFromWebview, type MetricsModel, type MetricsToWebview } from './protocol';

/** The metrics panel: refreshed every few seconds while it is visible, and on demand. */
export class MetricsPanel extends ReusablePanel<MetricsModel, MetricsFromWebview> {
  static readonly viewType = 'siza.metrics';
  static readonly REFRESH_MS = 5_000;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    deps: PanelDeps,
    private readonly source: () => Promise<MetricsModel>,
  ) {
    super(deps, { viewType: MetricsPanel.viewType, view: 'metrics', schema: metricsFromWebview });
  }

  async show(): Promise<void> {
    this.open(await this.source(), 'Siza Gen Metrics');
    this.timer ??= setInterval(() => void this.tick(), MetricsPanel.REFRESH_MS);
  }

  private async tick(): Promise<void> {
    if (!this.panel) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    if (this.visible) this.update(await this.source());
  }

  protected post(model: MetricsModel): Thenable<boolean> {
    return this.panel?.webview.postMessage({ type: 'show', model } satisfies MetricsToWebview) ?? Promise.resolve(false);
  }

  protected async onMessage(m: MetricsFromWebview): Promise<void> {
    if (m.type === 'refresh') this.update(await this.source());
  }

  override dispose(): void {
    clearInterval(this.timer);
    super.dispose();
  }
}

