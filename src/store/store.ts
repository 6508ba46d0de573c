/** Named vector collections under `<data>/vectors/`, the same folders the sidecar serves (services/vectors/store.py). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { VectorCollection, type Hit, type UpsertItem } from './collection';
import { DEFAULT_COLLECTIONS, MAX_COLLECTIONS, NAME_RE, type Metadata } from './format';
import type { LockOptions, LockWarn } from './lock';

export class UnknownCollection extends Error {
  override readonly name = 'UnknownCollection';
}

export interface CollectionStats {
  name: string;
  count: number;
  dimensions: number;
  model: string;
  file_bytes: number;
  last_saved: string | null;
  problems: string[];
}

export function checkName(name: string): void {
  if (!NAME_RE.test(name)) throw new RangeError(`invalid collection name '${name}': use ${NAME_RE.source}`);
}

export class VectorStore {
  private readonly collections = new Map<string, VectorCollection>();

  /** `root` is `<data>/vectors`; `model` is the embedding model whose vectors this store writes. */
  constructor(
    readonly root: string,
    readonly dims: number,
    readonly model: string,
    private readonly warn: LockWarn = () => undefined,
    private readonly lockOptions: LockOptions = {},
  ) {}

  private async onDisk(): Promise<Set<string>> {
    const entries = await fs.readdir(this.root, { withFileTypes: true }).catch(() => []);
    return new Set(entries.filter((e) => e.isDirectory() && NAME_RE.test(e.name)).map((e) => e.name));
  }

  async names(): Promise<string[]> {
    return [...new Set([...this.collections.keys(), ...(await this.onDisk()), ...DEFAULT_COLLECTIONS])].sort();
  }

  async get(name: string, create = false): Promise<VectorCollection> {
    checkName(name);
    const found = this.collections.get(name);
    if (found) return found;
    const isDefault = (DEFAULT_COLLECTIONS as readonly string[]).includes(name);
    const exists = isDefault || (await fs.stat(path.join(this.root, name)).then((s) => s.isDirectory(), () => false));
    if (!exists && !create) throw new UnknownCollection(`collection '${name}' does not exist`);
    if (!exists && new Set([...this.collections.keys(), ...(await this.onDisk())]).size >= MAX_COLLECTIONS) {
      throw new RangeError(`at most ${MAX_COLLECTIONS} collections`);
    }
    const made = this.collections.get(name) ?? new VectorCollection(path.join(this.root, name), this.dims, this.model, this.warn, this.lockOptions);
    this.collections.set(name, made);
    return made;
  }

  private async with<T>(name: string, fn: (c: VectorCollection) => Promise<T> | T, create = false): Promise<T> {
    const c = await this.get(name, create);
    return c.locked(() => fn(c));
  }

  upsert(name: string, items: readonly UpsertItem[]): Promise<{ upserted: number; count: number }> {
    return this.with(name, async (c) => ({ upserted: await c.upsert(items), count: c.count }), true);
  }

  remove(name: string, ids: readonly string[]): Promise<{ removed: number; count: number }> {
    return this.with(name, async (c) => ({ removed: await c.remove(ids), count: c.count }));
  }

  search(name: string, query: Float32Array, k: number, where?: Metadata): Promise<Hit[]> {
    return this.with(name, (c) => c.search(query, k, where));
  }

  stats(name: string): Promise<CollectionStats> {
    return this.with(name, (c) => statsOf(c));
  }

  rebuild(name: string): Promise<CollectionStats> {
    return this.with(name, async (c) => {
      await c.rebuild();
      return statsOf(c);
    });
  }

  /** Empties a default collection; any other one is deleted with its files. */
  async clear(name: string): Promise<{ removed: number; count: number }> {
    if ((DEFAULT_COLLECTIONS as readonly string[]).includes(name)) return this.with(name, async (c) => ({ removed: await c.clear(), count: 0 }));
    const removed = await this.with(name, (c) => c.destroy());
    this.collections.delete(name);
    return { removed, count: 0 };
  }

  async allStats(): Promise<CollectionStats[]> {
    const out: CollectionStats[] = [];
    for (const name of await this.names()) {
      try {
        out.push(await this.stats(name));
      } catch (e) {
        if (!(e instanceof UnknownCollection)) throw e;
      }
    }
    return out;
  }
}

async function statsOf(c: VectorCollection): Promise<CollectionStats> {
  return {
    name: c.name,
    count: c.count,
    dimensions: c.dims,
    model: c.model,
    file_bytes: await c.fileBytes(),
    last_saved: c.lastSaved === undefined ? null : new Date(c.lastSaved).toISOString().replace(/\.\d+Z$/, 'Z'),
    problems: [...c.problems],
  };
}
