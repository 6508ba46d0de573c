import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WebviewShot } from './harness';

/** Themes every webview is photographed in: light and dark must both look right. */
export const THEMES = [
  { id: 'dark', name: 'Default Dark Modern' },
  { id: 'light', name: 'Default Light Modern' },
] as const;

export async function setTheme(name: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', name, vscode.ConfigurationTarget.Global);
  await new Promise((r) => setTimeout(r, 1500)); // the webviews receive the new theme's variables
}

/** Hostile strings stayed text: nothing became a script, an image or an event handler, and nothing alerted. */
export function assertInert(shot: WebviewShot, hostile: string[]): void {
  for (const s of hostile) assert.ok(shot.text.includes(s), `the webview shows ${JSON.stringify(s)} literally`);
  assert.deepEqual(shot.checks.handlerAttributes, [], 'no event-handler attribute');
  assert.equal(shot.checks.images, 0, 'no <img> element');
  assert.ok(shot.checks.scripts.every((s) => !/alert\(/.test(s.inline)), JSON.stringify(shot.checks.scripts));
  assert.ok(shot.checks.scripts.some((s) => /\/dist\/webview\/\w+\.js/.test(s.src)), 'our nonce script is the page script');
  assert.deepEqual(shot.dialogs, [], 'no dialog fired');
  assert.deepEqual(shot.console.filter((l) => /alert/i.test(l)), [], 'no alert was even attempted');
}

/** Styled, not blank: our three style sheets applied and the codicon font loaded through the CSP. */
export function assertStyled(shot: WebviewShot, view: string): void {
  for (const css of ['codicon.css', 'webview.css', `${view}.css`]) assert.ok(shot.checks.styleSheets.includes(css), `${css} in ${shot.checks.styleSheets.join(', ')}`);
  assert.ok(shot.checks.codiconFont.includes('loaded'), `codicon font: ${shot.checks.codiconFont.join(', ')}`);
  assert.deepEqual(shot.console.filter((l) => /Content Security Policy|Refused/i.test(l)), [], 'no CSP violation');
}
