import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import type { Generation } from '../../src/generate/types';
import { activateExtension, record, waitFor, waitForLlm, webviewShot, type WebviewShot } from './harness';
import { assertStyled, setTheme, THEMES } from './webviewHelpers';

const ws = () => vscode.workspace.workspaceFolders![0]!.uri;
const cfg = () => vscode.workspace.getConfiguration('siza');

async function generate(args: { description: string; framework: string }): Promise<Generation> {
  const g = await vscode.commands.executeCommand<Generation | undefined>('siza.generateComponent', args);
  assert.ok(g, 'the command resolved to a generation');
  return g;
}

/** The preview rendered the component: elements, its text, Tailwind's colours applied, no script, sandboxed. */
function assertPreview(shot: WebviewShot, text: string): void {
  assert.deepEqual(shot.checks.iframes.map((f) => f.sandbox), [''], 'one iframe, sandboxed without scripts');
  const [p] = shot.previews;
  assert.ok(p && !p.error, JSON.stringify(shot.previews));
  assert.ok((p.elements ?? 0) >= 1, `preview elements: ${p.elements}`);
  assert.ok(p.text?.includes(text), `preview text ${JSON.stringify(p.text)} has ${text}`);
  assert.equal(p.scripts, 0);
  assert.ok(p.background && p.background !== 'rgba(0, 0, 0, 0)', `a Tailwind background applied: ${p.background}`);
}

/**
 * Generate Component end to end in the real VS Code: on the in-process tier (sidecar down), on the
 * sidecar without an LLM, and with the bundled local LLM as the provider; the preview rendered in the
 * panel, Insert at Cursor and Save as File through the panel's own buttons, feedback recorded.
 */
describe('Generate Component', function () {
  this.timeout(15 * 60_000);
  let api: SizaApi;

  before(async () => {
    api = await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await waitFor(() => api.sidecar.status.kind === 'ready', 20 * 60_000, 'the sidecar');
  });
  after(async () => {
    await cfg().update('sidecar.pythonPath', undefined, vscode.ConfigurationTarget.Global);
    await setTheme(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('on the in-process tier (the sidecar is down)', () => {
    before(async () => {
      await cfg().update('sidecar.pythonPath', '/nonexistent/python3', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.sidecar.status.kind === 'fallback', 60_000, 'fallback');
      assert.equal(api.inference.tier, 'in-process');
    });

    it('generates a React component composed from the library, previews it, and inserts it at the cursor', async () => {
      const target = vscode.Uri.joinPath(ws(), 'src', 'pages', 'Playground.tsx');
      fs.writeFileSync(target.fsPath, '// components go below\n\n');
      const editor = await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One, preview: false });
      editor.selection = new vscode.Selection(2, 0, 2, 0);
      const t0 = Date.now();
      const g = await generate({ description: 'a delete account button labelled "Delete account"', framework: 'react' });
      record('generate-inprocess', { name: g.name, basedOn: g.basedOn.map((b) => b.name), ms: g.ms, wallMs: Date.now() - t0 });
      assert.equal(g.retrievalTier, 'in-process');
      assert.equal(g.source, 'library');
      assert.ok(g.validation.ok, g.validation.errors.join('\n'));
      assert.match(g.code, /Delete account/);
      assert.equal(g.llm, undefined, 'no LLM is configured');
      const shot = await webviewShot('generate-inprocess', 'generate', {
        waitForText: g.name,
        actions: [{ do: 'click', selector: '[data-action="insert"]' }, { do: 'waitForText', text: 'Inserted into Playground.tsx at line 3' }],
      });
      assertStyled(shot, 'generate');
      assertPreview(shot, 'Delete account');
      assert.ok((shot.previews[0]?.elements ?? 0) >= 1);
      assert.match(shot.text, /Compiles with TypeScript \+ @types\/react/);
      const doc = await vscode.workspace.openTextDocument(target);
      assert.equal(doc.getText(), `// components go below\n\n${g.code}`);
      await doc.save();
    });

    it('Save as File writes the component where the workspace keeps its components, in its naming style, and opens it', async () => {
      const g = api.generate.generation!;
      await webviewShot('generate-save', 'generate', { actions: [{ do: 'click', selector: '[data-action="save"]' }, { do: 'waitForText', text: 'Saved src/components/' }] });
      const saved = vscode.Uri.joinPath(ws(), 'src', 'components', `${g.name}.tsx`);
      assert.equal(fs.readFileSync(saved.fsPath, 'utf8'), g.code);
      await waitFor(() => vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === saved.fsPath), 10_000, 'the saved file open');
      // a second save never overwrites
      await webviewShot('generate-save-again', 'generate', { actions: [{ do: 'click', selector: '[data-action="save"]' }, { do: 'waitForText', text: `${g.name}2.tsx` }] });
      const lines = fs.readFileSync(path.join(api.generate.dataDir, 'feedback', 'generations.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; verdict: string; action: string });
      assert.deepEqual(lines.filter((l) => l.id === g.id).map((l) => [l.verdict, l.action]), [['accepted', 'insert']], 'one accepted record per generation');
    });

    it('switches framework in the panel: the same component as a Svelte file, compiled by svelte', async () => {
      const before = api.generate.generation!;
      const shot = await webviewShot('generate-switch', 'generate', {
        actions: [{ do: 'select', selector: 'select#framework', value: 'svelte' }, { do: 'waitForText', text: `${before.name}.svelte` }],
      });
      const g = api.generate.generation!;
      assert.equal(g.framework, 'svelte');
      assert.equal(g.name, before.name);
      assert.ok(g.validation.ok);
      assert.match(shot.text, /Compiles with svelte\/compiler/);
    });
  });

  describe('on the sidecar', () => {
    before(async () => {
      await cfg().update('sidecar.pythonPath', undefined, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.sidecar.status.kind === 'ready', 5 * 60_000, 'the sidecar back');
      assert.equal(api.inference.tier, 'sidecar');
      // its model loads in the background after a start; on a busy machine the first search could outlast
      // the search's timeout and be answered in-process: wait for the model here, with time to spare
      await api.sidecar.client!.embedBatch(['warm up'], { timeoutMs: 180_000 });
    });

    it('without an LLM: a Vue pricing table from the library, shown in dark and light', async () => {
      const g = await generate({ description: 'a pricing table with monthly and yearly plans', framework: 'vue' });
      record('generate-sidecar', { name: g.name, basedOn: g.basedOn.map((b) => b.name), ms: g.ms });
      assert.equal(g.retrievalTier, 'sidecar');
      assert.equal(g.source, 'library');
      assert.ok(g.basedOn.some((b) => /Pricing/.test(b.name)), g.basedOn.map((b) => b.name).join());
      assert.ok(g.validation.ok, g.validation.errors.join('\n'));
      for (const theme of THEMES) {
        await setTheme(theme.name);
        const shot = await webviewShot(`webview-generate-${theme.id}`, 'generate', { waitForText: 'PricingTable.vue', settleMs: 1200 });
        assertStyled(shot, 'generate');
        assertPreview(shot, 'Most popular');
        assert.match(shot.checks.bodyClass, theme.id === 'light' ? /vscode-light/ : /vscode-dark/);
      }
    });

    it('with the bundled local LLM as the provider: the model writes the code (streamed), checked; what fails is shown, never replaced', async () => {
      const before = api.sidecar.pid;
      let llmPid: number | undefined;
      // short answers: SmolLM2 on two shared cores writes ~10 tokens/s after a long prompt
      await cfg().update('generate.maxTokens', 256, vscode.ConfigurationTarget.Global);
      await cfg().update('llm.timeoutSeconds', 90, vscode.ConfigurationTarget.Global);
      await cfg().update('llm.provider', 'local', vscode.ConfigurationTarget.Global);
      try {
        await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid !== before && api.sidecar.pid, 5 * 60_000, 'the sidecar restarted with the LLM');
        // loaded first: the generation below must get the model's answer, not a timeout while it loads
        await waitForLlm(api);
        const t0 = Date.now();
        // HTML: the one framework whose LLM code the preview renders
        const g = await generate({ description: 'a subscribe button for a newsletter', framework: 'html' });
        record('generate-llm', { source: g.source, llm: g.llm, name: g.name, code: g.code, ms: g.ms, wallMs: Date.now() - t0 });
        assert.ok(g.llm, 'the LLM was asked');
        assert.ok(g.llm.attempts >= 1, JSON.stringify(g.llm));
        assert.equal(g.llm.provider, 'local');
        assert.doesNotMatch(g.llm.error ?? '', /did not answer/, 'the loaded model answered every round');
        const shot = await webviewShot('generate-llm', 'generate', { waitForText: g.name });
        if (g.source === 'llm') {
          // code first: the model's own HTML, not a library component; a passing result compiles
          assert.equal(g.component, undefined);
          assert.match(shot.text, /Written by/);
          if ((g.llm.unresolved ?? []).length === 0) assert.ok(g.validation.ok, g.validation.errors.join('\n'));
          else assert.match(shot.text, /still fails its checks/);
        } else {
          // SmolLM2-135M may write no HTML at all: the panel says so and shows the library's best match
          assert.match(g.llm.error ?? '', /wrote no html component/);
          assert.match(shot.text, /composed from the library instead/);
        }
      } finally {
        llmPid = api.sidecar.pid;
        await cfg().update('llm.provider', undefined, vscode.ConfigurationTarget.Global);
        await cfg().update('generate.maxTokens', undefined, vscode.ConfigurationTarget.Global);
        await cfg().update('llm.timeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
      }
      // a new process: the settings change restarts the sidecar (the old one may still say ready for a moment)
      await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid !== llmPid && api.sidecar.pid, 5 * 60_000, 'the sidecar back without the LLM');
    });
  });

  // a describe, so it runs after the ones above (mocha runs a suite's own tests before its nested suites)
  describe('afterwards', () => {
    it('the metrics panel shows what these generations cost, per tier, beside the sidecar’s own report (dark and light)', async () => {
      await vscode.commands.executeCommand('siza.showMetrics');
      for (const theme of THEMES) {
        await setTheme(theme.name);
        const shot = await webviewShot(`webview-metrics-${theme.id}`, 'metrics', { waitForText: 'As the editor saw them', settleMs: 1200 });
        assertStyled(shot, 'metrics');
        for (const s of ['generate (library)', 'in-process', 'sidecar', 'search', 'The sidecar’s report', '/vectors/']) assert.ok(shot.text.includes(s), `metrics show ${s}`);
        assert.match(shot.text, /requests in the last 30 minutes/);
      }
    });
  });
});
