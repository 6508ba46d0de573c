/** Score Current File and Show Score (the code lens's click): a component's score in the score panel. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { componentAt } from '../analysis/componentAt';
import type { Component } from '../core/extract/types';
import { frameworkOfFile } from '../core/frameworks';
import { runCommand } from '../log';
import type { ScoreView } from './protocol';
import { lensTitle, type ComponentScorer } from './scorer';

export interface QualityCommandDeps {
  analysis: Analysis;
  scorer: ComponentScorer;
  showScore: (view: ScoreView) => void;
  log: vscode.LogOutputChannel;
}

export function registerQualityCommands(d: QualityCommandDeps): vscode.Disposable[] {
  async function showScore(doc: vscode.TextDocument, c: Component | undefined): Promise<void> {
    const code = c?.code ?? doc.getText();
    const framework = c?.framework ?? frameworkOfFile(doc.fileName);
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Siza Gen: scoring' }, () => d.scorer.score(code, framework, doc.fileName));
    d.showScore({
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
      runCommand(d.log, 'Show Score', async (uri: vscode.Uri, name: string, line: number) => {
        const doc = await vscode.workspace.openTextDocument(uri);
        await showScore(doc, (await componentAt(d.analysis, doc, { name, line })).found);
      }),
    ),
    vscode.commands.registerCommand(
      'siza.scoreCurrentFile',
      runCommand(d.log, 'Score Current File', async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) return void vscode.window.showInformationMessage('Siza Gen: open a component file to score it.');
        const { all, found } = await componentAt(d.analysis, editor.document, { cursor: editor.selection.active });
        if (found || all.length === 0) return showScore(editor.document, found);
        const items = await Promise.all(
          all.map(async (c) => ({ label: c.name, description: `line ${c.range.start.line + 1}`, detail: lensTitle(await d.scorer.score(c.code, c.framework, editor.document.fileName)), c })),
        );
        const pick = await vscode.window.showQuickPick(items, { title: 'Score which component?', matchOnDetail: true });
        if (pick) await showScore(editor.document, pick.c);
      }),
    ),
  ];
}
