import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import type { Tier } from '../../src/core/inference';
import { activateExtension, record, screenshot, waitFor, webviewShot } from './harness';
import { assertInert, assertStyled, setTheme, THEMES } from './webviewHelpers';

const ws = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(ws(), rel);

async function open(rel: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(file(rel), { viewColumn: vscode.ViewColumn.One, preview: false });
}

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  // resolved (up to 50), as the editor resolves the visible ones
  return waitFor(async () => {
    const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 50)) ?? [];
    return all.length && all.every((l) => l.command && !/unavailable/.test(l.command.title)) ? all : undefined;
  }, 60_000, `code lenses of ${uri.path}`);
}

/**
 * The four things a person does, end to end in the real VS Code, on the sample workspace: index,
 * search and open, code lens and score panel, Find Similar, Enhance Prompt. Once with the sidecar
 * down (the in-process tier answers) and once with it up.
 */
describe('Editor features on both tiers', function () {
  this.timeout(10 * 60_000);
  let api: SizaApi;
  const pids: number[] = [];

  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    record('editorSidecarPids', pids);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const tier of ['in-process', 'sidecar'] as const satisfies readonly Tier[]) {
    describe(`answered by the ${tier} tier`, () => {
      before(async () => {
        const cfg = vscode.workspace.getConfiguration('siza');
        if (tier === 'in-process') {
          await waitFor(() => api.sidecar.status.kind === 'ready', 20 * 60_000, 'the sidecar (installed by the first file)');
          // A Python that does not exist: the sidecar stops and stays down, the in-process tier answers.
          await cfg.update('sidecar.pythonPath', '/nonexistent/python3', vscode.ConfigurationTarget.Global);
          await waitFor(() => api.sidecar.status.kind === 'fallback', 60_000, 'fallback');
        } else {
          await cfg.update('sidecar.pythonPath', undefined, vscode.ConfigurationTarget.Global);
          await waitFor(() => api.sidecar.status.kind === 'ready', 5 * 60_000, 'the sidecar back');
          pids.push(api.sidecar.pid!);
        }
        assert.equal(api.inference.tier, tier);
      });

      it('indexes the workspace, leaving out what .gitignore and the excludes leave out', async () => {
        const r = await api.index.reindex();
        assert.equal(r.cancelled, false);
        assert.deepEqual(Object.keys(r.tiers), [tier], JSON.stringify(r));
        const all = await api.inference.search(api.index.collection, { text: 'component', k: 100 });
        assert.equal(all.tier, tier);
        const ids = all.hits.map((h) => h.id).sort();
        for (const want of ['src/components/Button.tsx#Button', 'src/components/Card.tsx#Card', 'src/components/legacy/OldButton.tsx#OldButton', 'src/components/Modal.svelte#Modal', 'src/components/PricingTable.vue#PricingTable', 'src/components/Unsafe.tsx#UnsafeBanner']) {
          assert.ok(ids.includes(want), `${want} in ${ids.join(', ')}`);
        }
        assert.ok(ids.some((id) => id.startsWith('src/pages/landing.html#')), ids.join());
        assert.ok(!ids.some((id) => /Built|Ignored/.test(id)), `.gitignore'd files stay out: ${ids.join()}`);
        record(`index-${tier}`, { components: r.components, files: r.files });
      });

      it('shows a quality code lens above each component, and its score panel', async () => {
        const editor = await open('src/components/Card.tsx');
        const found = await lenses(editor.document.uri);
        const titles = found.map((l) => l.command!.title);
        const quality = titles.find((t) => t.startsWith('Quality'));
        // Card's <img> has no alt text (axe-core image-alt, critical): it caps the score and the lens says so
        assert.match(quality ?? '', /^Quality 3\.9\/10 · Images must have alternative text \(critical\) · a11y \d+(\.\d)?\/10/, titles.join(' | '));
        assert.ok(titles.includes('Find Similar'));
        const lens = found.find((l) => l.command!.command === 'siza.showScore')!;
        // without the sidecar, scores come from the heuristics (the in-process tier has no scorer of its own)
        const scoredBy = tier === 'sidecar' ? 'sidecar' : 'heuristic';
        assert.match(lens.command!.tooltip ?? '', new RegExp(`${scoredBy} tier`));
        await vscode.commands.executeCommand(lens.command!.command, ...((lens.command!.arguments ?? []) as unknown[]));
        const shot = await webviewShot(`score-panel-${tier}`, 'score', { waitForText: 'jsx-a11y/alt-text' });
        assertStyled(shot, 'score');
        assert.match(shot.text, new RegExp(scoredBy), 'the panel names the tier that scored');
        assert.match(shot.text, /accessibility/i);
        // a violation's line is a link to the code
        const linked = await webviewShot(`score-panel-${tier}-reveal`, 'score', { actions: [{ do: 'click', selector: 'button.line-link' }] });
        assert.ok(linked.text.length > 0);
        await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('Card.tsx') && vscode.window.activeTextEditor.selection.active.line > 0, 10_000, 'the reveal');
      });

      it('finds components similar to Button and flags the near-copy in legacy/', async () => {
        await open('src/components/Button.tsx');
        await vscode.commands.executeCommand('siza.findSimilar', file('src/components/Button.tsx'), 'Button', 4);
        const shot = await webviewShot(`similar-to-button-${tier}`, 'similar', { waitForText: 'OldButton' });
        assert.match(shot.text, /Similar to Button/);
        assert.match(shot.text, /near-identical|duplicate/i);
        assert.ok(!/\bButton\.tsx\b[\s\S]*\bButton\.tsx\b/.test(shot.text.split('OldButton')[0] ?? ''), 'Button is not its own neighbour');
      });

      it('searches from the sidebar and opens a result with the keyboard; hostile code in a preview stays text', async () => {
        await vscode.commands.executeCommand('siza.searchComponents');
        const shot = await webviewShot(`sidebar-search-${tier}`, 'similar', {
          actions: [
            // an empty query clears the view first, so the text waited for below can only come from this search
            { do: 'fill', selector: '#query', text: '' },
            { do: 'press', selector: '#query', key: 'Enter' },
            { do: 'waitForText', text: 'then press Enter' },
            { do: 'fill', selector: '#query', text: 'a banner that renders html' },
            { do: 'press', selector: '#query', key: 'Enter' },
            { do: 'waitForText', text: 'UnsafeBanner' },
          ],
        });
        assertInert(shot, ['title="<script>alert(1)</script>"']);
        await webviewShot(`sidebar-open-${tier}`, 'similar', {
          actions: [
            // an empty query clears the view first, so the text waited for below can only come from this search
            { do: 'fill', selector: '#query', text: '' },
            { do: 'press', selector: '#query', key: 'Enter' },
            { do: 'waitForText', text: 'then press Enter' },
            { do: 'fill', selector: '#query', text: 'a modal dialog with a close button' },
            { do: 'press', selector: '#query', key: 'Enter' },
            { do: 'waitForText', text: 'Modal.svelte' },
            // ArrowDown from the box moves into the list, onto the best match; Enter opens it
            { do: 'press', selector: '#query', key: 'End' },
            { do: 'press', selector: '#query', key: 'ArrowDown' },
            { do: 'press', selector: '.results', key: 'Enter' },
          ],
        });
        await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('Modal.svelte'), 15_000, 'Modal.svelte to open');
      });

      it('enhances the selected prompt and replaces the selection with it', async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'a nice button' });
        const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
        editor.selection = new vscode.Selection(0, 0, 0, doc.lineAt(0).text.length);
        await vscode.commands.executeCommand('siza.enhancePrompt');
        const shot = await webviewShot(`enhance-${tier}`, 'enhance', { waitForText: 'Replace Selection', actions: [{ do: 'click', selector: '[data-action="replace"]' }] });
        assertStyled(shot, 'enhance');
        await waitFor(() => doc.getText().length > 'a nice button'.length + 20, 10_000, 'the selection to be replaced');
        assert.doesNotMatch(doc.getText(), /\bnice\b/, 'the vague word was made specific');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      });
    });
  }

  describe('Problems panel', () => {
    it('lists the violations as diagnostics when siza.diagnostics.enabled is on, and clears them when off', async () => {
      const cfg = vscode.workspace.getConfiguration('siza');
      const uri = file('src/components/Card.tsx');
      await open('src/components/Card.tsx');
      await cfg.update('diagnostics.enabled', true, vscode.ConfigurationTarget.Global);
      try {
        const ours = await waitFor(() => {
          const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Siza Gen');
          return d.length ? d : undefined;
        }, 30_000, 'Siza Gen diagnostics on Card.tsx');
        const codes = ours.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
        assert.ok(codes.includes('jsx-a11y/alt-text'), codes.join());
        const alt = ours.find((d) => typeof d.code === 'object' && d.code.value === 'jsx-a11y/alt-text')!;
        assert.equal(alt.range.start.line, 3, 'on the <img> line');
      } finally {
        await cfg.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor(() => vscode.languages.getDiagnostics(uri).every((x) => x.source !== 'Siza Gen'), 10_000, 'the diagnostics to clear');
    });
  });

  describe('screenshots', () => {
    it('shows the code lenses in a dark and a light theme', async () => {
      await open('src/components/Card.tsx');
      await lenses(file('src/components/Card.tsx'));
      for (const theme of THEMES) {
        await setTheme(theme.name);
        const text = await screenshot(`codelens-${theme.id}`);
        assert.match(text, /Siza: ready · sidecar/);
      }
      await setTheme(undefined);
    });
  });
});
