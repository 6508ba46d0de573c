import * as vscode from 'vscode';
import type { Tier } from '../core/inference';
import type { SidecarStatus } from '../sidecar/status';

const LOOK: Record<SidecarStatus['kind'], { icon: string; label: string; background?: string }> = {
  installing: { icon: '$(sync~spin)', label: 'installing' },
  starting: { icon: '$(sync~spin)', label: 'starting' },
  ready: { icon: '$(check)', label: 'ready' },
  fallback: { icon: '$(circle-slash)', label: 'fallback', background: 'statusBarItem.warningBackground' },
  error: { icon: '$(error)', label: 'error', background: 'statusBarItem.errorBackground' },
};

const TIER: Record<Tier, string> = {
  sidecar: 'the Python sidecar',
  'in-process': 'the in-process tier (the same model in Transformers.js, the same index)',
  heuristic: 'heuristics only (no sidecar, no in-process model): no embeddings or search',
};

/** The status item: the sidecar's state and the tier answering requests; a click opens the status menu. */
export class SidecarStatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('siza.sidecarStatus', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Siza Gen Sidecar';
    this.item.command = 'siza.sidecar.showStatus';
  }

  update(s: SidecarStatus, tier: Tier): void {
    const look = LOOK[s.kind];
    this.item.text = `${look.icon} Siza: ${look.label} · ${tier}`;
    this.item.backgroundColor = look.background ? new vscode.ThemeColor(look.background) : undefined;
    const tip = new vscode.MarkdownString(`**Siza Gen sidecar: ${look.label}**\n\n${escapeMd(s.detail)}\n\n`, true);
    tip.appendMarkdown(`Requests are answered by ${escapeMd(TIER[tier])}.\n\n`);
    tip.appendMarkdown('[Show Logs](command:siza.showLogs) · [Restart](command:siza.sidecar.restart) · [Reinstall](command:siza.sidecar.reinstall)');
    tip.isTrusted = { enabledCommands: ['siza.showLogs', 'siza.sidecar.restart', 'siza.sidecar.reinstall'] };
    this.item.tooltip = tip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
