import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { activateExtension, record, screenshot, waitFor, webviewShot } from './harness';
import { assertStyled } from './webviewHelpers';

/**
 * Issue 13 in the real VS Code: a flawed Vue, Svelte and Angular component (from the public calibration
 * set, test/fixtures/calibration) each shows a capped score and what caps it, in the code lens and in the
 * score panel; each framework's own analyser found the problem, through the bundled analysis worker.
 */
const FLAWED = [
  { framework: 'vue', file: 'vue/gallery-thumbnails.flawed.vue', rule: 'vuejs-accessibility/alt-text' },
  { framework: 'svelte', file: 'svelte/article-hero.flawed.svelte', rule: 'svelte/a11y_missing_attribute' },
  { framework: 'angular', file: 'angular/company-logo-strip.flawed.component.ts', rule: 'angular-template/alt-text' },
] as const;

describe('Calibrated scores in a real VS Code (Vue, Svelte, Angular)', function () {
  this.timeout(5 * 60_000);
  let api: SizaApi;
  let dir: string;

  before(async () => {
    api = await activateExtension();
    const root = vscode.extensions.getExtension('siza.siza-gen-vscode')!.extensionPath;
    // outside the workspace, so the index and the other suites' searches never see them
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siza-calibrated-'));
    for (const f of FLAWED) fs.copyFileSync(path.join(root, 'test/fixtures/calibration', f.file), path.join(dir, path.basename(f.file)));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const f of FLAWED) {
    it(`${f.framework}: an image without alt text caps the score below 4, and the lens and the panel say why`, async () => {
      const uri = vscode.Uri.file(path.join(dir, path.basename(f.file)));
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
      const lenses = await waitFor(async () => {
        const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 50)) ?? [];
        return all.length && all.every((l) => l.command && !/unavailable/.test(l.command.title)) ? all : undefined;
      }, 60_000, `code lenses of ${f.file}`);
      const quality = lenses.find((l) => l.command!.command === 'siza.showScore')!;
      assert.match(quality.command!.title, /^Quality 3\.9\/10 · Images must have alternative text \(critical\) · a11y \d+(\.\d)?\/10$/, quality.command!.title);
      await screenshot(`calibrated-lens-${f.framework}`);
      await vscode.commands.executeCommand(quality.command!.command, ...((quality.command!.arguments ?? []) as unknown[]));
      const shot = await webviewShot(`calibrated-panel-${f.framework}`, 'score', { waitForText: 'caps the score at 3.9' });
      assertStyled(shot, 'score');
      assert.match(shot.text, /Images must have alternative text \(line \d+ of the component\) — critical\. It caps the score at 3\.9; the factors alone give \d+\.\d\./);
      assert.ok(shot.text.includes(f.rule), `the panel lists ${f.rule}: ${shot.text.slice(0, 400)}`);
      record(`calibrated-${f.framework}`, { title: quality.command!.title, tier: api.inference.tier });
    });
  }
});
