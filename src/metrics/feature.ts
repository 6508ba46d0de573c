/** The metrics feature: Show Metrics, the panel of the sidecar's own report and the editor's timings per tier. */
import * as vscode from 'vscode';
import type { TimingRecorder } from '../core/metrics/recorder';
import type { SidecarClient } from '../sidecar/client';
import { MetricsPanel } from './panel';
import { metricsModel } from './source';

export interface MetricsDeps {
  extensionUri: vscode.Uri;
  timings: TimingRecorder;
  client: () => SidecarClient | undefined;
  log: vscode.LogOutputChannel;
}

export function registerMetrics(d: MetricsDeps, subscriptions: vscode.Disposable[]): void {
  const panel = new MetricsPanel({ extensionUri: d.extensionUri, log: d.log }, () => metricsModel(d.timings, d.client()));
  subscriptions.push(panel, vscode.commands.registerCommand('siza.showMetrics', () => panel.show()));
}
