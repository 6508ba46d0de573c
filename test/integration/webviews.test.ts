import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WebviewsUi } from '../../src/api';
import { enhanceView, IMG, SCRIPT, scoreView, similarResults } from '../unit/webviewFixtures';
import { activateExtension, waitFor, webviewShot } from './harness';
import { assertInert, assertStyled, setTheme, THEMES } from './webviewHelpers';

/** The three webviews in the real workbench: what they render, in dark and light, and what their controls do. */
describe('Siza Gen webviews in a real VS Code', function () {
  this.timeout(5 * 60_000);
  let ui: WebviewsUi;
  let card: vscode.Uri;

  before(async () => {
    const api = await activateExtension();
    assert.ok(api.ui, 'the container registers the webviews (api.ui)');
    ui = api.ui;
    card = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'src', 'components', 'Card.tsx');
    // the chat side bar would take a third of every screenshot
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.window.showTextDocument(card, { viewColumn: vscode.ViewColumn.One });
  });

  after(async () => {
    await setTheme(undefined);
  });

  it('score panel: the result, factors, violations and LLM notes; hostile strings as text (dark, light, high contrast)', async () => {
    ui.showScore(scoreView({ uri: card.toString(), startLine: 1, fileLabel: 'src/components/Card.tsx' }));
    for (const theme of [...THEMES, { id: 'hc', name: 'Default High Contrast' }]) {
      await setTheme(theme.name);
      const shot = await webviewShot(`webview-score-${theme.id}`, 'score', { waitForText: 'Violations (3)' });
      assertInert(shot, [SCRIPT, IMG, `Quality of ${SCRIPT}${IMG}`]);
      assertStyled(shot, 'score');
      for (const s of ['6.4', 'Confidence 82%', 'answered by the sidecar · heuristic+llm', 'Accessibility', '22%', 'img-alt', 'line 3', 'Add alt=""', 'ollama scored 6.9 / 10', `upstream said ${IMG}`]) {
        assert.ok(shot.text.includes(s), `score panel shows ${s}`);
      }
      assert.match(shot.checks.bodyClass, theme.id === 'light' ? /vscode-light/ : theme.id === 'hc' ? /vscode-high-contrast/ : /vscode-dark/);
    }
  });

  it('score panel: clicking a violation line opens the code at startLine + line - 1', async () => {
    await webviewShot('webview-score-reveal', 'score', { actions: [{ do: 'click', selector: 'button.line-link[data-line="3"]' }] });
    const editor = await waitFor(
      () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === card.toString() && e.selection.active.line === 3),
      10_000,
      'Card.tsx at line 4 (0-based 3)',
    );
    assert.match(editor.document.lineAt(3).text, /<img src="\/cover.png"/);
    // Enter on the focused link does the same (a <button>)
    await vscode.window.showTextDocument(card, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(0, 0, 0, 0) });
    await webviewShot('webview-score-reveal-key', 'score', { actions: [{ do: 'press', selector: 'button.line-link[data-line="7"]', key: 'Enter' }] });
    await waitFor(() => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === card.toString() && e.selection.active.line === 7), 10_000, 'line 8');
  });

  it('enhance panel: original and enhanced side by side, additions marked; Copy, Replace Selection, Open as Untitled', async () => {
    const target = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Prompt:\nmake a nice button\nend\n' });
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One });
    const view = enhanceView({ replace: { uri: target.uri.toString(), range: { start: { line: 1, character: 0 }, end: { line: 1, character: 18 } } } });
    ui.showEnhance(view);
    for (const theme of THEMES) {
      await setTheme(theme.name);
      const shot = await webviewShot(`webview-enhance-${theme.id}`, 'enhance', { waitForText: 'Open as Untitled' });
      assertInert(shot, [SCRIPT, IMG, 'Use a native <button> element']);
      assertStyled(shot, 'enhance');
      for (const s of ['Original', 'Enhanced', 'Copy', 'Replace Selection', 'answered by the built-in heuristics · rules', 'not found verbatim']) assert.ok(shot.text.includes(s), s);
    }
    const copied = await webviewShot('webview-enhance-copy', 'enhance', { actions: [{ do: 'click', selector: '[data-action="copy"]' }, { do: 'waitForText', text: 'Copied to the clipboard' }] });
    assert.ok(copied.text.includes('Copied to the clipboard'));
    assert.equal(await vscode.env.clipboard.readText(), view.result.enhanced);

    await webviewShot('webview-enhance-replace', 'enhance', { actions: [{ do: 'click', selector: '[data-action="replace"]' }, { do: 'waitForText', text: 'Replaced the selection' }] });
    assert.equal(target.getText(), `Prompt:\n${view.result.enhanced}\nend\n`);

    await webviewShot('webview-enhance-untitled', 'enhance', { actions: [{ do: 'click', selector: '[data-action="openUntitled"]' }, { do: 'waitForText', text: 'Opened as an untitled document' }] });
    const untitled = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.isUntitled && d !== target && d.getText() === view.result.enhanced),
      10_000,
      'an untitled document with the enhanced prompt',
    );
    assert.equal(untitled.languageId, 'markdown');
  });

  it('Find Similar view: "Similar to" results with badges, percentages and previews (dark, light)', async () => {
    await ui.showSimilar('ProductCard', similarResults(card.toString()), 'sidecar');
    for (const theme of THEMES) {
      await setTheme(theme.name);
      const shot = await webviewShot(`webview-similar-${theme.id}`, 'similar', { waitForText: 'Similar to ProductCard' });
      assertInert(shot, [`Evil ${SCRIPT}`, `src/${IMG}.tsx`]);
      assertStyled(shot, 'similar');
      for (const s of ['3 results', 'sidecar', 'ProductCard', '93%', '87%', '64%', 'duplicate', 'library', '7.8', 'export function ProductCard']) assert.ok(shot.text.includes(s), s);
      assert.ok(!shot.text.includes('line 9 is cut'), 'previews stop at 8 lines');
    }
  });

  it('Find Similar view: Enter searches the workspace, Down then Enter opens the first result in the editor', async () => {
    const readme = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'README.md');
    await vscode.window.showTextDocument(readme, { viewColumn: vscode.ViewColumn.One });
    await setTheme(THEMES[0].name);
    const shot = await webviewShot('webview-similar-search', 'similar', {
      actions: [
        { do: 'fill', selector: 'textarea', text: 'a card with a title, an image and children' },
        { do: 'press', selector: 'textarea', key: 'Enter' },
        { do: 'waitForNoText', text: 'Similar to ProductCard' },
        { do: 'waitForNoText', text: 'Searching', timeoutMs: 120_000 },
      ],
      timeoutMs: 150_000,
    });
    assert.doesNotMatch(shot.text, /Similar to ProductCard/, 'a search replaces the component results');
    assert.match(shot.text, /[1-9]\d* results?/, shot.text);
    // why each result matched, in the person's own words ("card" is in the fixture's ProductCard)
    assert.match(shot.text, /matched: card \(name/, shot.text);
    assertStyled(shot, 'similar');
    await webviewShot('webview-similar-open', 'similar', {
      actions: [{ do: 'press', selector: 'textarea', key: 'End' }, { do: 'press', selector: 'textarea', key: 'ArrowDown' }, { do: 'press', key: 'Enter' }],
    });
    const opened = await waitFor(
      () => {
        const doc = vscode.window.activeTextEditor?.document;
        return doc && doc.uri.toString() !== readme.toString() ? doc : undefined;
      },
      15_000,
      'the first result to open',
    );
    assert.ok(shot.text.includes(vscode.workspace.asRelativePath(opened.uri)), `${opened.uri.toString()} is a result: ${shot.text}`);
  });
});
