import type * as vscode from 'vscode';
import { closestNamed } from '../core/extract/locate';
import type { Component } from '../core/extract/types';
import type { Analysis } from './client';

/**
 * The component a command means in a document: the one named at a line (a code lens's arguments),
 * else the innermost one holding the cursor, else the file's only one. `all` is every component found.
 */
export async function componentAt(
  analysis: Analysis,
  doc: vscode.TextDocument,
  at: { name?: string; line?: number; cursor?: vscode.Position } = {},
): Promise<{ all: Component[]; found?: Component }> {
  const { components: all } = await analysis.extract(doc.fileName, doc.getText());
  const byLine = at.name === undefined ? undefined : closestNamed(all, at.name, at.line ?? 0);
  const cursor = at.cursor;
  const inside = cursor && all.filter((c) => contains(c, cursor)).sort((a, b) => span(a) - span(b))[0];
  return { all, found: byLine ?? inside ?? (all.length === 1 ? all[0] : undefined) };
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
