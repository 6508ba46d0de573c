/** Score Current File, Show Score, Enhance Prompt, Find Similar, Search Components, Re-index: the editor's commands. */
import type { Framework } from '../core/frameworks';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { closestNamed } from '../core/extract/locate';
import type { Component } from '../core/extract/types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { InferenceService } from '../inference/service';
import { notify } from '../log';
import { lensTitle, type ComponentScorer } from '../quality/scorer';
import type { ComponentSearch } from '../similar/search';
import type { WebviewsUi } from '../webviews';

export interface ComponentCommandDeps {
  analysis: Analysis;
  scorer: ComponentScorer;
  inference: InferenceService;
  index: WorkspaceIndex;
  search: ComponentSearch;
  ui: WebviewsUi;
  log: vscode.LogOutputChannel;
}

const FRAMEWORK_BY_EXT: Record<string, Framework> = { '.vue': 'vue', '.svelte': 'svelte', '.html': 'html', '.htm': 'html' };

export function registerComponentCommands(d: ComponentCommandDeps): vscode.Disposable[] {
  const run =
    <A extends unknown[]>(name: string, fn: (...args: A) => Promise<unknown>) =>
    async (...args: A) => {
      try {
        await fn(...args);
      } catch (e) {
        if (e instanceof vscode.CancellationError || (e instanceof Error && e.name === 'AbortError')) return;
        d.log.error(`${name}: ${(e as Error).message}`);
        notify(d.log, 'error', `Siza Gen: ${name} failed: ${(e as Error).message}`);
      }
    };

  /** The component at (name, line) of a document, else the one holding the cursor, else the only one. */
  async function componentIn(doc: vscode.TextDocument, name?: string, line?: number, cursor?: vscode.Position): Promise<{ all: Component[]; found?: Component }> {
    const { components: all } = await d.analysis.extract(doc.fileName, doc.getText());
    const byLine = name === undefined ? undefined : closestNamed(all, name, line ?? 0);
    const inside = cursor && all.filter((c) => contains(c, cursor)).sort((a, b) => span(a) - span(b))[0];
    return { all, found: byLine ?? inside ?? (all.length === 1 ? all[0] : undefined) };
  }

  async function showScore(doc: vscode.TextDocument, c: Component | undefined): Promise<void> {
    const code = c?.code ?? doc.getText();
    const framework = c?.framework ?? FRAMEWORK_BY_EXT[path.extname(doc.fileName).toLowerCase()] ?? 'react';
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Siza Gen: scoring' }, () => d.scorer.score(code, framework, doc.fileName));
    d.ui.showScore({
      title: c ? `${c.name}: ${lensTitle(result)}` : `${path.basename(doc.fileName)}: ${lensTitle(result)}`,
      uri: doc.uri.toString(),
      fileLabel: vscode.workspace.asRelativePath(doc.uri),
      component: c?.name,
      startLine: c?.range.start.line ?? 0,
      result,
    });
  }

  return [
    vscode.commands.registerCommand(
      'siza.showScore',
      run('Show Score', async (uri: vscode.Uri, name: string, line: number) => {
        const doc = await vscode.workspace.openTextDocument(uri);
        await showScore(doc, (await componentIn(doc, name, line)).found);
      }),
    ),
    vscode.commands.registerCommand(
      'siza.scoreCurrentFile',
      run('Score Current File', async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) return void vscode.window.showInformationMessage('Siza Gen: open a component file to score it.');
        const { all, found } = await componentIn(editor.document, undefined, undefined, editor.selection.active);
        if (found || all.length === 0) return showScore(editor.document, found);
        const items = await Promise.all(
          all.map(async (c) => ({ label: c.name, description: `line ${c.range.start.line + 1}`, detail: lensTitle(await d.scorer.score(c.code, c.framework, editor.document.fileName)), c })),
        );
        const pick = await vscode.window.showQuickPick(items, { title: 'Score which component?', matchOnDetail: true });
        if (pick) await showScore(editor.document, pick.c);
      }),
    ),
    vscode.commands.registerCommand(
      'siza.enhancePrompt',
      run('Enhance Prompt', async () => {
        const editor = vscode.window.activeTextEditor;
        const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
        const original =
          selected ||
          (await vscode.window.showInputBox({ title: 'Siza Gen: Enhance Prompt', prompt: 'Describe the component you want', placeHolder: 'a pricing card with three plans', ignoreFocusOut: true }));
        if (!original?.trim()) return;
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'Siza Gen: enhancing the prompt', cancellable: true },
          (_p, token) => {
            const abort = new AbortController();
            token.onCancellationRequested(() => abort.abort());
            return d.inference.enhance({ prompt: original.trim() }, abort.signal);
          },
        );
        const s = editor?.selection;
        d.ui.showEnhance({
          original,
          result,
          ...(selected && editor && s
            ? { replace: { uri: editor.document.uri.toString(), range: { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } } } }
            : {}),
        });
      }),
    ),
    vscode.commands.registerCommand(
      'siza.findSimilar',
      run('Find Similar', async (uri?: vscode.Uri, name?: string, line?: number) => {
        const editor = vscode.window.activeTextEditor;
        const doc = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
        if (!doc) return void vscode.window.showInformationMessage('Siza Gen: open a component to find similar ones.');
        const { found } = await componentIn(doc, name, line, uri ? undefined : editor?.selection.active);
        if (!found) return void vscode.window.showInformationMessage('Siza Gen: put the cursor inside a component to find similar ones.');
        const selfId = `${d.index.relative(doc.uri)}#${found.name}`;
        const answer = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `Siza Gen: finding components like ${found.name}`, cancellable: true },
          (_p, token) => {
            const abort = new AbortController();
            token.onCancellationRequested(() => abort.abort());
            return d.search.similarTo(found, selfId, abort.signal);
          },
        );
        const dupes = answer.results.filter((r) => r.duplicate).length;
        await d.ui.showSimilar(`Similar to ${found.name}${dupes ? ` (${dupes} near-identical)` : ''}`, answer.results, answer.tier);
      }),
    ),
    vscode.commands.registerCommand('siza.searchComponents', run('Search Components', () => Promise.resolve(vscode.commands.executeCommand('siza.similar.focus')))),
    vscode.commands.registerCommand(
      'siza.reindexWorkspace',
      run('Re-index Workspace Components', async () => {
        const r = await d.index.reindex();
        void vscode.window.showInformationMessage(`Siza Gen: indexed ${r.components} components in ${r.files} files.`);
      }),
    ),
  ];
}

function contains(c: Component, p: vscode.Position): boolean {
  const { start, end } = c.range;
  const after = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const before = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return after && before;
}

function span(c: Component): number {
  return (c.range.end.line - c.range.start.line) * 10_000 + (c.range.end.character - c.range.start.character);
}
