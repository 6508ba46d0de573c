/**
 * Find Similar: the sidebar's search and a component's neighbours, over the workspace index and the
 * built-in library, on whichever tier answers. Near-identical workspace components are flagged.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { closestNamed } from '../core/extract/locate';
import type { Component } from '../core/extract/types';
import { samePath } from '../core/paths';
import { fuseHits, HYBRID_POOL, type HybridHit } from '../core/similar/hybrid';
import { codeTokens, isNearCopy, signature } from '../core/similar/minhash';
import { componentText, type ComponentMeta } from '../workspaceIndex/indexer';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { InferenceService } from '../inference/service';
import type { Tier } from '../core/inference';
import type { Hit } from '../store/collection';
import type { SimilarResult } from './protocol';

const LIBRARY = 'library';
/** At most this many of the library's components among a search's results. */
const LIBRARY_SUGGESTIONS = 5;

export interface SimilarAnswer {
  tier: Tier;
  results: SimilarResult[];
}

export class ComponentSearch {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly inference: InferenceService,
    private readonly analysis: Analysis,
    private readonly log: vscode.LogOutputChannel,
    private readonly library?: { ensure(): Promise<void> },
  ) {}

  /**
   * A description or a piece of code, against the workspace and the library on one scale: the tier's dense answers
   * for both (one model's cosines, merged by similarity) fused with the lexical index over the workspace's cards,
   * so a library component ranks where its meaning puts it among the workspace's, not after them.
   */
  async search(query: string, signal: AbortSignal, k = 20): Promise<SimilarAnswer> {
    await this.index.ensureIndexed();
    const [dense, lib] = await Promise.all([
      this.inference.search(this.index.collection, { text: query, k: Math.max(k, HYBRID_POOL) }, signal),
      this.librarySearch(query, signal),
    ]);
    // ensureIndexed above has loaded the lexical index with the manifest
    const lexical = this.index.lexicalSearch(query, Math.max(k, HYBRID_POOL));
    return { tier: dense.tier, results: fuseHits(query, [...dense.hits, ...(lib ?? [])], lexical).slice(0, k).map(toResult) };
  }

  /** The neighbours of one component, itself left out; near-copies (the same code, renamed or re-commented) flagged. */
  async similarTo(c: Component, selfId: string | undefined, signal: AbortSignal, k = 15): Promise<SimilarAnswer> {
    // the same card the index holds for it: its path, and its file (a React component's props type sits outside it)
    const fileText = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && samePath(d.uri.fsPath, c.file, process.platform))?.getText();
    const { tier, hits } = await this.hits(componentText(c, vscode.workspace.asRelativePath(c.file, false), fileText), signal, k + 1);
    const mine = signature(c.code, c.name);
    const myTokens = codeTokens(c.code, c.name).length;
    const results = hits
      .map((h) => ({ h, r: fromDense(h) }))
      .filter(({ r }) => r.id !== selfId && !(r.source === 'workspace' && r.name === c.name && sameFile(r.uri, c.file) && r.range.start.line === c.range.start.line))
      // at most k of the workspace's (one extra was asked for, in case the component itself is among them); the library's suggestions after
      .filter(({ r }, i, all) => r.source !== 'workspace' || all.slice(0, i).filter((x) => x.r.source === 'workspace').length < k)
      .map(({ h, r }) => ({ ...r, duplicate: r.source === 'workspace' && isNearCopy(mine, sigOf(h), myTokens) }));
    return { tier, results };
  }

  /** Dense neighbours (a component's card as the query: near-copies are a matter of code, not of shared words). */
  private async hits(query: string, signal: AbortSignal, k: number): Promise<{ tier: Tier; hits: Hit[] }> {
    await this.index.ensureIndexed();
    const [ws, lib] = await Promise.all([this.inference.search(this.index.collection, { text: query, k }, signal), this.librarySearch(query, signal)]);
    // the workspace's own components first (what a person searches for), then the library's best few as suggestions
    return { tier: ws.tier, hits: [...[...ws.hits].sort(byScore).slice(0, k), ...(lib ?? [])] };
  }

  /** The library's best few, or none when it cannot answer (the workspace's results stand alone). */
  private async librarySearch(query: string, signal: AbortSignal): Promise<Hit[] | undefined> {
    try {
      await this.library?.ensure();
      const lib = await this.inference.search(LIBRARY, { text: query, k: LIBRARY_SUGGESTIONS }, signal);
      return [...lib.hits].sort(byScore).slice(0, LIBRARY_SUGGESTIONS);
    } catch (e) {
      this.log.debug(`library search: ${(e as Error).message}`);
      return undefined;
    }
  }

  /** Opens a result at its component, found again in the file as it is now (it may have moved since indexing). */
  async open(r: SimilarResult): Promise<void> {
    if (r.source === 'library') {
      // a library component lives in no file: it opens in the generate panel, ready to insert or save;
      // a record ingested from a dataset has only its preview, shown as an untitled document
      if (r.uri.startsWith('siza-library:')) await vscode.commands.executeCommand('siza.openLibraryComponent', r.name);
      else await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: r.preview, language: r.framework === 'vue' ? 'vue' : r.framework === 'html' ? 'html' : 'typescriptreact' }));
      return;
    }
    const uri = vscode.Uri.parse(r.uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    let range = new vscode.Range(r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character);
    if (r.source === 'workspace') {
      const best = closestNamed((await this.analysis.extract(doc.fileName, doc.getText())).components, r.name, r.range.start.line);
      if (best) range = new vscode.Range(best.range.start.line, best.range.start.character, best.range.end.line, best.range.end.character);
    }
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(range.start, range.start), preserveFocus: false });
    const editor = vscode.window.activeTextEditor;
    editor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function sigOf(h: Hit): number[] {
  const sig = h.metadata.sig;
  return Array.isArray(sig) && sig.every((x) => typeof x === 'number') ? (sig) : [];
}

/** The index's URI and the extracted file name the same file, in the case the file system ignores or not. */
function sameFile(uri: string, file: string): boolean {
  const u = vscode.Uri.parse(uri);
  return u.scheme === 'file' && samePath(u.fsPath, vscode.Uri.file(file).fsPath, process.platform);
}

const byScore = (a: Hit, b: Hit): number => b.score - a.score;

function fromDense(h: Hit): SimilarResult {
  return toResult({ id: h.id, metadata: h.metadata, similarity: h.score, matched: [] });
}

function toResult(h: HybridHit): SimilarResult {
  const m = h.metadata as Partial<Omit<ComponentMeta, 'source'>> & { source?: string; uri?: string; dataset?: unknown };
  const [sl, sc, el, ec] = m.range ?? [0, 0, 0, 0];
  const dataset = m.source === 'dataset';
  const library = m.source === LIBRARY || dataset;
  return {
    id: h.id,
    name: m.name ?? h.id,
    fileLabel: dataset ? `dataset ${typeof m.dataset === 'string' ? m.dataset : ''}`.trim() : library ? 'built-in library' : (m.rel ?? ''),
    uri: dataset ? '' : (m.uri ?? (m.path ? vscode.Uri.file(m.path).toString() : '')),
    range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
    ...(h.similarity === undefined ? {} : { similarity: Math.max(0, Math.min(1, h.similarity)) }),
    ...(h.matched.length ? { matched: h.matched } : {}),
    ...(typeof m.quality === 'number' ? { score: m.quality } : {}),
    framework: m.framework ?? '',
    preview: m.preview ?? '',
    source: library ? 'library' : 'workspace',
  };
}
