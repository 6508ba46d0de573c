/**
 * The built-in library in the vector store's `library` collection, so generation retrieves from it and
 * Find Similar searches it. Embedded once per library version (a hash of the components and the
 * model) and data folder, on whichever tier answers; a change of either embeds it again.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { LIBRARY } from '../core/library/components';
import { render } from '../core/library/render';
import type { LibraryComponent } from '../core/library/types';
import type { Logger } from '../core/logger';
import type { InferenceService, TextItem } from '../inference/service';
import { EMBEDDING_MODEL_ID } from '../core/inference';
import { readJson, writeAtomic } from '../store/durable';

export const LIBRARY_COLLECTION = 'library';
const EMBED_CHARS = 2_000;

/** What a library hit carries (search.ts shows it; the generator reads `name`). */
export interface LibraryMeta {
  source: 'library';
  name: string;
  category: string;
  variant: string;
  type: string;
  framework: 'react';
  preview: string;
  uri: string;
  [key: string]: unknown;
}

export function libraryText(c: LibraryComponent, code = render(c, 'react').code): string {
  return `${c.name} (${c.type}: ${c.category}, ${c.variant})\n${c.description}\nTags: ${c.tags.join(', ')}\n${code}`.slice(0, EMBED_CHARS);
}

export function libraryItems(library: readonly LibraryComponent[] = LIBRARY): TextItem[] {
  return library.map((c) => {
    const code = render(c, 'react').code;
    const meta: LibraryMeta = {
      source: 'library',
      name: c.name,
      category: c.category,
      variant: c.variant,
      type: c.type,
      framework: 'react',
      preview: c.description,
      uri: `siza-library:${c.name}`,
    };
    return { id: `library:${c.name}`, text: libraryText(c, code), metadata: meta };
  });
}

export function libraryVersion(library: readonly LibraryComponent[] = LIBRARY): string {
  return createHash('sha256').update(EMBEDDING_MODEL_ID).update(JSON.stringify(library)).digest('hex').slice(0, 16);
}

export class LibraryIndex {
  private ready: Promise<void> | undefined;
  private readyFor: string | undefined;

  constructor(
    private readonly inference: InferenceService,
    private readonly dataDir: () => string,
    private readonly log: Logger,
    private readonly library: readonly LibraryComponent[] = LIBRARY,
  ) {}

  /** Resolves once the library collection holds this version of the library (embedding it if needed). */
  ensure(): Promise<void> {
    const dir = this.dataDir();
    if (this.ready && this.readyFor === dir) return this.ready;
    this.readyFor = dir;
    const run = this.sync(dir);
    this.ready = run;
    run.catch(() => {
      if (this.ready === run) this.ready = undefined; // tried again on the next call
    });
    return run;
  }

  private async sync(dir: string): Promise<void> {
    const stamp = path.join(dir, 'library-index.json');
    const version = libraryVersion(this.library);
    type Stamp = { version?: string; ids?: string[] };
    // A torn or corrupt stamp is set aside and read as none: the library is embedded again, never a lasting failure.
    const read = await readJson<Stamp>(stamp, (j) => (typeof j === 'object' && j !== null && !Array.isArray(j) ? j : undefined));
    if (read.state === 'missing' && read.setAside) this.log.warn(`${stamp} could not be read; moved to ${path.basename(read.setAside)}, embedding the library again`);
    const recorded: Stamp = read.state === 'ok' ? read.value : {};
    // the collection may hold more than the built-in library (datasets ingested into it): at least ours
    const count = await this.inference.stats(LIBRARY_COLLECTION).then((s) => s.count, () => 0);
    if (recorded.version === version && count >= this.library.length) return;
    const t0 = performance.now();
    const items = libraryItems(this.library);
    // only our own entries go (those of the version before too); ingested records stay
    const stale = [...new Set<string>([...(recorded.ids ?? []), ...items.map((i) => i.id)])];
    await this.inference.remove(LIBRARY_COLLECTION, stale).catch(() => undefined);
    const { tier } = await this.inference.upsert(LIBRARY_COLLECTION, items);
    await writeAtomic(stamp, JSON.stringify({ version, components: this.library.length, ids: items.map((i) => i.id) }));
    this.log.info(`Embedded the component library (${this.library.length} components) on the ${tier} tier in ${Math.round(performance.now() - t0)} ms`);
  }
}
