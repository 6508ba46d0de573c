/**
 * One named vector collection in the extension host, on the same files as the sidecar's
 * (python/siza_ml/services/vectors/collection.py): stable int64 ids that only grow, a write-ahead journal,
 * snapshots when the journal outgrows the vectors, and a re-read whenever another process wrote.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeVector, encodeVector } from '../core/vectors';
import { setAsideFile } from './durable';
import * as files from './files';
import { COMPACT_MIN_BYTES, CorruptCollection, ModelMismatch, type JournalRecord, type Metadata, type SnapshotMeta } from './format';
import { LockLost, withDirLock, type DirLock, type LockOptions, type LockWarn } from './lock';
import { normalised, RowMatrix, rowsFromBytes } from './matrix';

export interface Hit {
  id: string;
  score: number;
  metadata: Metadata;
}

export interface UpsertItem {
  id: string;
  vector: Float32Array;
  metadata?: Metadata;
}

async function statKey(file: string): Promise<string | undefined> {
  const st = await fs.stat(file, { bigint: true }).catch(() => undefined);
  return st && `${st.ino}:${st.mtimeNs}:${st.size}`;
}

export class VectorCollection {
  readonly name: string;
  problems: string[] = [];
  model: string;
  lastSaved: number | undefined;
  private rows: RowMatrix;
  private keys: string[] = [];
  private iids: number[] = [];
  private metas: Metadata[] = [];
  private rowOf = new Map<string, number>();
  private nextId = 0;
  private generation = 0;
  private journalEnd = 0;
  private metaStamp: string | undefined;
  private loaded = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** The cross-process lock while an operation holds it; every write asserts it first. */
  private held: DirLock | undefined;

  constructor(
    readonly folder: string,
    readonly dims: number,
    readonly defaultModel: string,
    private readonly warn: LockWarn,
    private readonly lockOptions: LockOptions = {},
  ) {
    this.name = path.basename(folder);
    this.model = defaultModel;
    this.rows = new RowMatrix(dims);
  }

  get count(): number {
    return this.keys.length;
  }

  /** One operation at a time in this host, then the cross-process lock, then catch up with the files. */
  locked<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(async () => {
      await fs.mkdir(path.dirname(this.folder), { recursive: true });
      return withDirLock(
        this.folder,
        async (lock) => {
          this.held = lock;
          try {
            await this.sync();
            return await fn();
          } catch (e) {
            if (e instanceof LockLost) this.loaded = false; // another process wrote since: re-read next time
            throw e;
          } finally {
            this.held = undefined;
          }
        },
        this.warn,
        this.lockOptions,
      );
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Before every write to the files: throws LockLost when another process broke our lock. */
  private readonly guard = async (): Promise<void> => {
    if (!this.held) throw new LockLost(`vectors/${this.name}: a write outside the collection's lock`);
    await this.held.assertHeld();
  };

  // ---- state ----------------------------------------------------------------------------------

  private reset(): void {
    this.rows = new RowMatrix(this.dims);
    this.keys = [];
    this.iids = [];
    this.metas = [];
    this.rowOf.clear();
    this.nextId = 0;
    this.generation = 0;
    this.journalEnd = 0;
    this.metaStamp = undefined;
    this.model = this.defaultModel;
    this.lastSaved = undefined;
  }

  private async sync(): Promise<void> {
    if (!this.loaded || (await statKey(path.join(this.folder, 'meta.json'))) !== this.metaStamp) return this.load();
    const journal = files.journalPath(this.folder, this.generation);
    const size = (await fs.stat(journal).catch(() => undefined))?.size ?? 0;
    if (size < this.journalEnd) return this.load();
    if (size > this.journalEnd) await this.replay(journal, this.journalEnd);
  }

  private async load(): Promise<void> {
    this.reset();
    this.loaded = true;
    try {
      const snapshot = await files.readSnapshot(this.folder, this.guard);
      if (snapshot) await this.restore(snapshot.vectors, snapshot.meta);
      for (const [gen, stray] of await files.journals(this.folder)) {
        if (gen > this.generation) throw new CorruptCollection(`the snapshot that ${path.basename(stray)} follows is missing`);
        if (gen < this.generation) {
          await this.guard();
          await fs.rm(stray, { force: true }); // left by a crash just after a snapshot
        }
      }
      await this.replay(files.journalPath(this.folder, this.generation), 0);
    } catch (e) {
      if (!(e instanceof CorruptCollection)) throw e;
      await this.guard();
      const moved = await setAsideFile(this.folder); // to <name>.corrupt-<UTC>/, the newest 3 kept
      const problem = `vectors/${this.name}: ${e.message}; files moved to ${path.basename(moved)}, starting empty`;
      this.warn(problem);
      this.problems.push(problem);
      this.reset();
    }
    this.metaStamp = await statKey(path.join(this.folder, 'meta.json'));
  }

  private async restore(vectors: Buffer, meta: SnapshotMeta): Promise<void> {
    if (meta.dimensions !== this.dims) throw new CorruptCollection(`stored vectors have ${meta.dimensions} dimensions, expected ${this.dims}`);
    const n = meta.items.length;
    if (vectors.byteLength !== n * this.dims * 4) {
      throw new CorruptCollection(`vectors.f32 holds ${vectors.byteLength / (this.dims * 4)} vectors, meta.json ${n} ids`);
    }
    const iids = new Set(meta.items.map((it) => it[1]));
    if (iids.size !== n || new Set(meta.items.map((it) => it[0])).size !== n) throw new CorruptCollection('meta.json repeats an id');
    if (n && meta.next_id <= Math.max(...iids)) throw new CorruptCollection(`meta.json: next_id ${meta.next_id} would reuse an id`);
    const all = rowsFromBytes(vectors, this.dims);
    if (!all.every(Number.isFinite)) throw new CorruptCollection('vectors.f32 holds a vector that is not finite');
    meta.items.forEach(([key, iid, metadata], i) => this.put(key, iid, all.subarray(i * this.dims, (i + 1) * this.dims), metadata));
    this.model = meta.model;
    this.nextId = meta.next_id;
    this.generation = meta.generation;
    this.lastSaved = (await fs.stat(path.join(this.folder, 'meta.json'))).mtimeMs;
  }

  private async replay(journal: string, offset: number): Promise<void> {
    const read = await files.readJournal(journal, offset);
    for (const record of read.records) {
      try {
        this.apply(record);
      } catch (e) {
        throw new CorruptCollection(`${path.basename(journal)}: bad record (${(e as Error).message})`);
      }
    }
    if (read.tornTail) {
      await this.guard();
      this.warn(`vectors/${this.name}: dropping a torn, unacknowledged journal tail`);
      await files.truncate(journal, read.end);
    }
    this.journalEnd = read.end;
    if (read.records.length) this.lastSaved = (await fs.stat(journal)).mtimeMs;
  }

  private apply(record: JournalRecord): void {
    if (record.op === 'remove') {
      for (const key of record.ids) this.drop(key);
      return;
    }
    const model = record.model ?? this.model;
    if (this.count && model !== this.model) throw new Error(`vectors of ${model} written over vectors of ${this.model}`);
    this.model = model;
    for (const [key, iid, b64, metadata] of record.items) this.put(key, iid, decodeVector(b64, this.dims), metadata);
  }

  private put(key: string, iid: number, vector: Float32Array, metadata: Metadata): void {
    const row = this.rowOf.get(key);
    if (row !== undefined) {
      this.rows.set(row, vector);
      this.iids[row] = iid;
      this.metas[row] = metadata;
    } else {
      this.rowOf.set(key, this.rows.push(vector));
      this.keys.push(key);
      this.iids.push(iid);
      this.metas.push(metadata);
    }
    this.nextId = Math.max(this.nextId, iid + 1);
  }

  private drop(key: string): boolean {
    const row = this.rowOf.get(key);
    if (row === undefined) return false;
    const from = this.rows.swapRemove(row);
    this.rowOf.delete(key);
    if (from !== row) {
      this.keys[row] = this.keys[from]!;
      this.iids[row] = this.iids[from]!;
      this.metas[row] = this.metas[from]!;
      this.rowOf.set(this.keys[row], row);
    }
    this.keys.pop();
    this.iids.pop();
    this.metas.pop();
    return true;
  }

  // ---- mutations (inside `locked`) ------------------------------------------------------------

  private checkModel(): void {
    if (this.count && this.model !== this.defaultModel) {
      throw new ModelMismatch(`collection '${this.name}' holds vectors of ${this.model}, not of ${this.defaultModel}: clear it and embed its items again`);
    }
  }

  private async journal(record: JournalRecord): Promise<void> {
    // Write-ahead: the record is on disk (fsynced) before memory changes or the caller hears OK.
    await this.guard();
    await fs.mkdir(this.folder, { recursive: true });
    this.journalEnd = await files.appendRecord(files.journalPath(this.folder, this.generation), record);
    this.lastSaved = Date.now();
  }

  private async maybeCompact(): Promise<void> {
    if (this.journalEnd <= Math.max(COMPACT_MIN_BYTES, this.count * this.dims * 4)) return;
    try {
      await this.snapshot();
    } catch (e) {
      if (e instanceof LockLost) throw e;
      // The write itself is already durable in the journal; compaction retries later.
      this.warn(`vectors/${this.name}: snapshot failed, journal kept (${(e as Error).message})`);
    }
  }

  async upsert(items: readonly UpsertItem[]): Promise<number> {
    if (new Set(items.map((i) => i.id)).size !== items.length) throw new RangeError('one vector and one metadata object per distinct id');
    const vectors = items.map((it, n) => normalised(it.vector, this.dims, `item ${n}`));
    if (!items.length) return 0;
    this.checkModel();
    this.model = this.defaultModel;
    let fresh = this.nextId;
    const entries = items.map((it, n): [string, number, string, Metadata] => {
      const row = this.rowOf.get(it.id);
      const iid = row !== undefined ? this.iids[row]! : fresh++;
      return [it.id, iid, encodeVector(vectors[n]!), it.metadata ?? {}];
    });
    await this.journal({ op: 'upsert', model: this.model, items: entries });
    entries.forEach(([key, iid, , metadata], n) => this.put(key, iid, vectors[n]!, metadata));
    await this.maybeCompact();
    return items.length;
  }

  async remove(ids: readonly string[]): Promise<number> {
    const present = [...new Set(ids)].filter((k) => this.rowOf.has(k));
    if (present.length) {
      await this.journal({ op: 'remove', ids: present });
      for (const key of present) this.drop(key);
      await this.maybeCompact();
    }
    return present.length;
  }

  /** Writes rows + meta as generation+1 and starts an empty journal. */
  async snapshot(): Promise<void> {
    const meta = {
      name: this.name,
      model: this.model,
      dimensions: this.dims,
      generation: this.generation + 1,
      next_id: this.nextId,
      count: this.count,
      saved_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      items: this.keys.map((k, r): [string, number, Metadata] => [k, this.iids[r]!, this.metas[r]!]),
    };
    try {
      await files.writeSnapshot(this.folder, this.rows.bytes(), meta, this.guard);
    } catch (e) {
      this.loaded = false; // memory may be ahead of the files: the next call re-reads them
      throw e;
    }
    this.generation += 1;
    this.journalEnd = 0;
    this.metaStamp = await statKey(path.join(this.folder, 'meta.json'));
    this.lastSaved = Date.now();
  }

  /** Every vector renormalised, every id kept; then a snapshot. */
  async rebuild(): Promise<void> {
    for (let r = 0; r < this.count; r++) this.rows.set(r, normalised(this.rows.row(r), this.dims, this.keys[r]!));
    await this.snapshot();
  }

  async clear(): Promise<number> {
    const removed = this.count;
    const { nextId, generation } = this;
    this.reset();
    // Ids are never reused, not even after a clear, so a stale id cannot hit new data.
    this.nextId = nextId;
    this.generation = generation;
    await this.snapshot();
    return removed;
  }

  async destroy(): Promise<number> {
    const removed = this.count;
    await this.guard();
    await fs.rm(this.folder, { recursive: true, force: true });
    this.reset();
    return removed;
  }

  // ---- reads (inside `locked`) ----------------------------------------------------------------

  search(query: Float32Array, k: number, where?: Metadata): Hit[] {
    this.checkModel();
    const q = normalised(query, this.dims, 'query');
    const candidates = where && Object.keys(where).length ? this.matching(where) : undefined;
    return this.rows.topK(q, Math.min(k, candidates?.length ?? this.count), candidates).map(({ row, score }) => ({
      id: this.keys[row]!,
      score,
      metadata: this.metas[row]!,
    }));
  }

  /** Rows whose metadata has each key of `where` with a JSON-equal value. */
  private matching(where: Metadata): number[] {
    const entries = Object.entries(where);
    const out: number[] = [];
    this.metas.forEach((m, r) => {
      if (entries.every(([key, value]) => Object.hasOwn(m, key) && jsonEqual(m[key], value))) out.push(r);
    });
    return out;
  }

  fileBytes(): Promise<number> {
    return files.filesSize(this.folder);
  }

  get isLoaded(): boolean {
    return this.loaded;
  }
}

/** JSON equality: true is not 1, objects compare by keys and values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  return ka.length === Object.keys(rb).length && ka.every((k) => Object.hasOwn(rb, k) && jsonEqual((a as Record<string, unknown>)[k], rb[k]));
}
