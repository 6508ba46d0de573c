/**
 * The workspace's component index in the editor: which files (the component glob, minus files.exclude,
 * siza.index.exclude, .gitignore and oversized files), a first full index with a cancellable progress
 * notification, then a file watcher that keeps it current. The work itself is WorkspaceIndexer's.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import { COMPONENT_FILE_GLOB, isComponentFile } from '../core/extract/files';
import type { Settings } from '../config';
import type { InferenceService } from '../inference/service';
import { EMBEDDING_MODEL_ID } from '../core/inference';
import { GitignoreRules, gitignoreDir } from '../core/gitignore';
import type { LexicalHit } from '../core/similar/hybrid';
import { WorkspaceIndexer, type IndexReport, type SourceFile } from './indexer';

const MAX_FILES = 20_000;
const WATCH_DEBOUNCE_MS = 800;

export interface WorkspaceIndexDeps {
  analysis: Analysis;
  inference: InferenceService;
  settings: () => Settings;
  dataDir: () => string;
  log: vscode.LogOutputChannel;
}

export class WorkspaceIndex implements vscode.Disposable {
  private indexer: WorkspaceIndexer | undefined;
  private indexerKey = '';
  private synced: Promise<IndexReport> | undefined;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new Set<string>();
  private readonly deleted = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private filter: Filter | undefined;
  private readonly emitter = new vscode.EventEmitter<IndexReport>();
  readonly onDidUpdate = this.emitter.event;

  constructor(private readonly deps: WorkspaceIndexDeps) {
    this.watcher = vscode.workspace.createFileSystemWatcher(COMPONENT_FILE_GLOB);
    const queue = (set: Set<string>, other: Set<string>) => (uri: vscode.Uri) => {
      if (uri.scheme !== 'file' || !this.synced) return; // nothing to keep current before the first index
      other.delete(uri.fsPath);
      set.add(uri.fsPath);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flushChanges(), WATCH_DEBOUNCE_MS);
    };
    this.watcher.onDidCreate(queue(this.changed, this.deleted));
    this.watcher.onDidChange(queue(this.changed, this.deleted));
    this.watcher.onDidDelete(queue(this.deleted, this.changed));
  }

  /** The collection of this set of workspace folders (several windows share one data folder). */
  get collection(): string {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()).join('\n');
    return `ws-${createHash('sha256').update(folders).digest('hex').slice(0, 16)}`;
  }

  /** Indexes on first use (a notification with progress and Cancel); later calls wait for that run. */
  ensureIndexed(): Promise<IndexReport> {
    return this.synced ?? this.track(this.run(false));
  }

  /** Re-index Workspace Components: from an empty collection. */
  reindex(): Promise<IndexReport> {
    return this.track(this.run(true));
  }

  /** The run the watcher and later uses wait for; a failed or cancelled one is retried on the next use. */
  private track(run: Promise<IndexReport>): Promise<IndexReport> {
    const tracked = run.catch((e: unknown) => {
      if (this.synced === tracked) this.synced = undefined;
      throw e;
    });
    this.synced = tracked;
    return tracked;
  }

  /** The lexical half of hybrid search over this workspace's cards. */
  lexicalSearch(query: string, k: number): LexicalHit[] {
    return this.current().lexicalSearch(query, k);
  }

  /** Workspace-relative path as the index stores it. */
  relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher.dispose();
    this.emitter.dispose();
  }

  private current(): WorkspaceIndexer {
    const dir = path.join(this.deps.dataDir(), 'workspaces', this.collection);
    if (this.indexer && this.indexerKey === dir) return this.indexer;
    const { analysis, inference, log } = this.deps;
    this.indexerKey = dir;
    this.indexer = new WorkspaceIndexer({
      collection: this.collection,
      model: EMBEDDING_MODEL_ID,
      manifestFile: path.join(dir, 'manifest.json'),
      read: async (file) => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(file))).toString('utf8'),
      extract: (file, text, signal) => analysis.extract(file, text, { score: true, signal }),
      upsert: (collection, items, signal) => inference.upsert(collection, items, signal),
      remove: (collection, ids) => inference.remove(collection, ids),
      clear: (collection) => inference.clear(collection),
      log,
    });
    return this.indexer;
  }

  private async run(full: boolean): Promise<IndexReport> {
    const log = this.deps.log;
    const indexer = this.current();
    const firstTime = full || (await indexer.size()) === 0;
    const report = await vscode.window.withProgress(
      {
        // a first index takes a while and says so; catching up on a known one stays in the status bar
        location: firstTime ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window,
        title: firstTime ? 'Siza Gen: indexing workspace components' : 'Siza Gen: updating the component index',
        cancellable: firstTime,
      },
      async (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        const files = await this.discover(token);
        let shown = 0;
        return indexer.sync(files, {
          full,
          signal: abort.signal,
          progress: (done, total, file) => {
            const pct = total ? (done / total) * 100 : 100;
            progress.report({ message: file ? `${done}/${total} ${file}` : `${total} files`, increment: pct - shown });
            shown = pct;
          },
        });
      },
    );
    log.info(`Component index (${this.collection}): ${report.components} components in ${report.files} files; parsed ${report.parsed}, embedded ${report.embedded} (${JSON.stringify(report.tiers)}), removed ${report.removed}${report.cancelled ? ', cancelled' : ''}`);
    for (const e of report.errors.slice(0, 20)) log.warn(`Component index: ${e}`);
    this.emitter.fire(report);
    if (report.cancelled) throw new vscode.CancellationError();
    return report;
  }

  /** The component files the index covers (the settings, files.exclude and .gitignore applied): fine-tuning reads them. */
  files(token?: vscode.CancellationToken): Promise<SourceFile[]> {
    return this.discover(token);
  }

  /** Every component file of the workspace that the settings, files.exclude and .gitignore let in. */
  private async discover(token?: vscode.CancellationToken): Promise<SourceFile[]> {
    const filter = await this.loadFilter();
    const uris = await vscode.workspace.findFiles(COMPONENT_FILE_GLOB, filter.exclude, MAX_FILES, token);
    const out: SourceFile[] = [];
    let skipped = 0;
    for (const uri of uris) {
      const file = await this.admit(uri, filter, false);
      if (file === 'too-big') skipped++;
      else if (file) out.push(file);
    }
    if (skipped) this.deps.log.info(`Component index: ${skipped} files over ${this.deps.settings().index.maxFileSizeKb} KiB not indexed (siza.index.maxFileSizeKb)`);
    return out;
  }

  /** The exclude glob and the .gitignore rules, read once per full discovery and reused by the watcher. */
  private async loadFilter(): Promise<Filter> {
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
    const globs = [...this.deps.settings().index.exclude, ...Object.keys(filesExclude).filter((k) => filesExclude[k] === true)];
    const exclude = globs.length ? `{${globs.join(',')}}` : undefined;
    const gitignores = new Map<string, GitignoreRules>();
    for (const uri of await vscode.workspace.findFiles('**/.gitignore', exclude, 1_000)) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) continue;
      const rules = gitignores.get(folder.uri.toString()) ?? new GitignoreRules();
      rules.add(gitignoreDir(inFolder(folder, uri)), Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'));
      gitignores.set(folder.uri.toString(), rules);
    }
    this.filter = { exclude, gitignores };
    return this.filter;
  }

  /** One file as the index sees it, or why not: the checks of discover(), for a single path. */
  private async admit(uri: vscode.Uri, filter: Filter, checkGlobs: boolean): Promise<SourceFile | 'too-big' | undefined> {
    if (uri.scheme !== 'file' || !isComponentFile(uri.fsPath)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || filter.gitignores.get(folder.uri.toString())?.ignores(inFolder(folder, uri))) return undefined;
    if (checkGlobs && !(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, inFolder(folder, uri)), filter.exclude, 1)).length) return undefined;
    const st = await vscode.workspace.fs.stat(uri).then(undefined, () => undefined);
    if (!st) return undefined;
    if (st.size > this.deps.settings().index.maxFileSizeKb * 1024) return 'too-big';
    return { path: uri.fsPath, rel: this.relative(uri), mtimeMs: st.mtime, size: st.size };
  }

  /** The watcher's batch: changed files are re-read if still let in, else dropped with the deleted ones. */
  private async flushChanges(): Promise<void> {
    const changedPaths = [...this.changed];
    const deleted = [...this.deleted].map((p) => this.relative(vscode.Uri.file(p)));
    this.changed.clear();
    this.deleted.clear();
    try {
      await this.synced;
      const filter = this.filter ?? (await this.loadFilter());
      const changed: SourceFile[] = [];
      for (const p of changedPaths) {
        const file = await this.admit(vscode.Uri.file(p), filter, true);
        if (file && file !== 'too-big') changed.push(file);
        else deleted.push(this.relative(vscode.Uri.file(p))); // now ignored or too big: it leaves the index
      }
      const report = await this.current().update(changed, deleted);
      if (report.embedded || report.removed) this.deps.log.info(`Component index updated: embedded ${report.embedded}, removed ${report.removed}`);
      this.emitter.fire(report);
    } catch (e) {
      this.deps.log.warn(`Component index update failed: ${(e as Error).message}`);
    }
  }
}

interface Filter {
  exclude: string | undefined;
  gitignores: Map<string, GitignoreRules>;
}

function inFolder(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
}
