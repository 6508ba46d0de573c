/**
 * The workspace's components in the vector store, kept current: files whose stat changed are parsed
 * again (in the analysis worker), and only components whose code hash changed are embedded again.
 * No `vscode` here: the host hands in the file list, a reader and the inference service.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult, ScoredComponent } from '../analysis/protocol';
import type { Component } from '../core/extract/types';
import { componentCard, componentPreview } from '../core/similar/card';
import { LexicalIndex, type LexicalHit } from '../core/similar/hybrid';
import { signature } from '../core/similar/minhash';
import { writeAtomic } from '../store/durable';
import type { Logger } from '../core/logger';
import type { Tier } from '../core/inference';
import { emptyManifest, readManifest, writeManifest, type FileEntry, type Manifest } from './manifest';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Workspace-relative path (the id prefix and what the user sees). */
  rel: string;
  mtimeMs: number;
  size: number;
}

export interface IndexItem {
  id: string;
  text: string;
  metadata: ComponentMeta;
}

/** Stored beside each vector: enough to show and open a result without reading the file. */
export type ComponentMeta = {
  name: string;
  path: string;
  rel: string;
  framework: string;
  kind: string;
  /** [startLine, startCharacter, endLine, endCharacter], 0-based. */
  range: [number, number, number, number];
  hash: string;
  preview: string;
  /** Heuristic quality 0-10 at index time. */
  quality?: number;
  /** MinHash of the code (names and comments out): near-copies are told apart from look-alikes. */
  sig: number[];
  source: 'workspace';
};

export interface IndexerDeps {
  collection: string;
  model: string;
  manifestFile: string;
  read(file: string): Promise<string>;
  /** Components with their heuristic quality. */
  extract(file: string, text: string, signal?: AbortSignal): Promise<AnalysisResult>;
  upsert(collection: string, items: IndexItem[], signal?: AbortSignal): Promise<{ tier: Tier }>;
  remove(collection: string, ids: string[]): Promise<unknown>;
  clear(collection: string): Promise<unknown>;
  log: Logger;
}

export interface IndexReport {
  files: number;
  parsed: number;
  components: number;
  embedded: number;
  removed: number;
  errors: string[];
  tiers: Partial<Record<Tier, number>>;
  cancelled: boolean;
}

export type Progress = (done: number, total: number, file?: string) => void;

const BATCH = 32;
const PREVIEW_LINES = 12;
const PREVIEW_CHARS = 1_200;

export class WorkspaceIndexer {
  private manifest: Manifest | undefined;
  /** The lexical half of hybrid search, over the same cards; kept beside the manifest (lexical.json). */
  private lexical: LexicalIndex | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: IndexerDeps) {}

  /** Brings the index in line with `files` (the whole workspace); cancellable, resumable. */
  sync(files: readonly SourceFile[], opts: { signal?: AbortSignal; progress?: Progress; full?: boolean } = {}): Promise<IndexReport> {
    return this.serial(async () => {
      const m = await this.load(opts.full ?? false);
      const keep = new Set(files.map((f) => f.rel));
      const gone = Object.keys(m.files).filter((rel) => !keep.has(rel));
      return this.apply(files, gone, opts);
    });
  }

  /** Files changed or deleted since the last sync (from a watcher). */
  update(changed: readonly SourceFile[], deleted: readonly string[], signal?: AbortSignal): Promise<IndexReport> {
    return this.serial(async () => {
      await this.load(false);
      return this.apply(changed, deleted, { signal });
    });
  }

  /** How many components the index holds, from the manifest. */
  async size(): Promise<number> {
    const m = this.manifest ?? (await readManifest(this.deps.manifestFile));
    return m ? componentCount(m) : 0;
  }

  /** The cards that share words with `query`, best first (BM25+); empty before the first sync has loaded it. */
  lexicalSearch(query: string, k: number): LexicalHit[] {
    return this.lexical?.search(query, k) ?? [];
  }

  private get lexicalFile(): string {
    return path.join(path.dirname(this.deps.manifestFile), 'lexical.json');
  }

  /** The stored lexical index, if it holds exactly the components the manifest does (else it cannot be trusted). */
  private async readLexical(m: Manifest): Promise<LexicalIndex | undefined> {
    try {
      const ix = LexicalIndex.fromJSON(await fs.readFile(this.lexicalFile, 'utf8'));
      return ix.size === componentCount(m) ? ix : undefined;
    } catch {
      return undefined;
    }
  }

  private async writeLexical(): Promise<void> {
    if (this.lexical) await writeAtomic(this.lexicalFile, JSON.stringify(this.lexical));
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(full: boolean): Promise<Manifest> {
    const { model, collection, manifestFile } = this.deps;
    const stored = full ? undefined : (this.manifest ?? (await readManifest(manifestFile)));
    if (stored && stored.model === model && stored.collection === collection) {
      this.lexical ??= await this.readLexical(stored);
      if (this.lexical) return (this.manifest = stored);
      this.deps.log.info('Component index: its lexical index is missing or out of step; indexing again');
    }
    // A new model, a lost manifest or lexical index, or a full rebuild: start from an empty collection, never a mixed one.
    await this.deps.clear(collection);
    this.manifest = emptyManifest(model, collection);
    this.lexical = new LexicalIndex();
    await writeManifest(manifestFile, this.manifest);
    await this.writeLexical();
    return this.manifest;
  }

  private async apply(files: readonly SourceFile[], gone: readonly string[], opts: { signal?: AbortSignal; progress?: Progress }): Promise<IndexReport> {
    const m = this.manifest!;
    const report: IndexReport = { files: files.length, parsed: 0, components: 0, embedded: 0, removed: 0, errors: [], tiers: {}, cancelled: false };
    const stale = gone.flatMap((rel) => Object.keys(m.files[rel]?.components ?? {}));
    if (stale.length) await this.deps.remove(this.deps.collection, stale);
    for (const id of stale) this.lexical!.remove(id);
    for (const rel of gone) delete m.files[rel];
    report.removed += stale.length;

    const todo = files.filter((f) => {
      const e = m.files[f.rel];
      return !e || e.mtimeMs !== f.mtimeMs || e.size !== f.size;
    });
    type Done = { items: IndexItem[]; file: SourceFile; entry: FileEntry };
    let pending: Done[] = [];
    let batch = 0;
    // One batch embeds while the next files are parsed: the two workers overlap on separate cores.
    let embedding: Promise<void> = Promise.resolve();
    const flush = async (done: Done[]) => {
      const items = done.flatMap((p) => p.items);
      if (items.length) {
        const r = await this.deps.upsert(this.deps.collection, items, opts.signal);
        report.tiers[r.tier] = (report.tiers[r.tier] ?? 0) + items.length;
        report.embedded += items.length;
      }
      for (const i of items) this.lexical!.set(i.id, i.text, i.metadata);
      for (const p of done) m.files[p.file.rel] = p.entry; // a file counts as indexed once its vectors are stored
      await writeManifest(this.deps.manifestFile, m);
    };
    const startFlush = async () => {
      const done = pending;
      pending = [];
      batch = 0;
      await embedding; // batches stay in order, and at most one is in flight
      embedding = flush(done);
      embedding.catch(() => undefined); // handled where it is awaited; never an unhandled rejection meanwhile
    };
    try {
      for (const [n, file] of todo.entries()) {
        if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
        opts.progress?.(n, todo.length, file.rel);
        const found = await this.parse(file, opts.signal, report);
        const before = m.files[file.rel]?.components ?? {};
        const entry: FileEntry = { mtimeMs: file.mtimeMs, size: file.size, components: {} };
        const items: IndexItem[] = [];
        for (const [id, { component: c, card }] of found) {
          // the card's hash, not only the code's: a React component's card also reads its props type, outside it
          const key = createHash('sha256').update(card).digest('hex');
          entry.components[id] = key;
          if (before[id] !== key) items.push(toItem(id, c, card, file));
        }
        const removed = Object.keys(before).filter((id) => !(id in entry.components));
        if (removed.length) await this.deps.remove(this.deps.collection, removed);
        for (const id of removed) this.lexical!.remove(id);
        report.removed += removed.length;
        pending.push({ items, file, entry });
        batch += items.length;
        if (batch >= BATCH) await startFlush();
      }
      await startFlush();
      await embedding;
      await this.writeLexical();
    } catch (e) {
      await embedding.catch(() => undefined);
      if (!(opts.signal?.aborted && isAbort(e))) throw e;
      report.cancelled = true;
      await writeManifest(this.deps.manifestFile, m); // what was embedded so far is kept
      await this.writeLexical();
    }
    opts.progress?.(todo.length, todo.length);
    report.components = componentCount(m);
    return report;
  }

  private async parse(file: SourceFile, signal: AbortSignal | undefined, report: IndexReport): Promise<Map<string, { component: ScoredComponent; card: string }>> {
    const found = new Map<string, { component: ScoredComponent; card: string }>();
    let text: string;
    try {
      text = await this.deps.read(file.path);
    } catch (e) {
      report.errors.push(`${file.rel}: ${(e as Error).message}`);
      return found;
    }
    const result = await this.deps.extract(file.path, text, signal);
    report.parsed++;
    report.errors.push(...result.errors);
    for (const c of result.components) {
      let id = `${file.rel}#${c.name}`;
      for (let k = 2; found.has(id); k++) id = `${file.rel}#${c.name}~${k}`;
      found.set(id, { component: c, card: componentText(c, file.rel, text) });
    }
    return found;
  }
}

function componentCount(m: Manifest): number {
  return Object.values(m.files).reduce((n, f) => n + Object.keys(f.components).length, 0);
}

/** What is embedded for a component, for the index and for a "Find Similar" query alike: its card (core/similar/card.ts). */
export function componentText(c: Pick<Component, 'name' | 'framework' | 'code'>, rel?: string, fileText?: string): string {
  return componentCard({ name: c.name, framework: c.framework, code: c.code, ...(rel === undefined ? {} : { path: rel }), ...(fileText === undefined ? {} : { fileText }) });
}

function toItem(id: string, c: ScoredComponent, card: string, file: SourceFile): IndexItem {
  // what it renders (its markup), not the import block a whole-file component starts with
  const preview = componentPreview(c).split(/\r?\n/).slice(0, PREVIEW_LINES).join('\n').slice(0, PREVIEW_CHARS);
  return {
    id,
    text: card,
    metadata: {
      name: c.name,
      path: file.path,
      rel: file.rel,
      framework: c.framework,
      kind: c.kind,
      range: [c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character],
      hash: c.hash,
      preview,
      ...(c.quality === undefined ? {} : { quality: c.quality }),
      sig: signature(c.code, c.name),
      source: 'workspace',
    },
  };
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
