import { randomBytes } from 'node:crypto';
import type { WebviewName } from './protocol';

/** The one HTML shell of every Siza webview. Pure (no `vscode`), so the unit tier checks its CSP. */

/** The only folders a webview may load from (its `localResourceRoots`), relative to the extension. */
export const ASSET_ROOTS = ['dist/webview', 'media'] as const;
export type AssetRoot = (typeof ASSET_ROOTS)[number];

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** The webview URI of a file under one of the asset roots (`webview.asWebviewUri`). */
  asset: (root: AssetRoot, file: string) => string;
  view: WebviewName;
  title: string;
  /** Fresh per render unless a test fixes it. */
  nonce?: string;
  /** 'sha256-…' sources of inline stylesheets allowed besides ours: the generate view's preview (a srcdoc iframe inherits this policy). */
  styleHashes?: readonly string[];
}

/** 128 random bits per render: a nonce that is reused across renders protects nothing. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string, styleHashes: readonly string[] = []): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${[cspSource, ...styleHashes.filter((h) => /^sha256-[A-Za-z0-9+/]+=*$/.test(h)).map((h) => `'${h}'`)].join(' ')}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function renderShell(o: ShellOptions): string {
  const nonce = o.nonce ?? newNonce();
  const styles = [
    o.asset('dist/webview', 'codicon.css'),
    o.asset('media', 'webview.css'),
    o.asset('media', `${o.view}.css`),
  ];
  const a = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(contentSecurityPolicy(o.cspSource, nonce, o.styleHashes))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles.map((href) => `<link rel="stylesheet" href="${a(href)}">`).join('\n')}
<title>${a(o.title)}</title>
</head>
<body data-siza-view="${a(o.view)}">
<main id="app"></main>
<script nonce="${a(nonce)}" src="${a(o.asset('dist/webview', `${o.view}.js`))}"></script>
</body>
</html>
`;
}
