/** What the workspace index holds, per file: its stat and its components' hashes (only changed ones are re-embedded). */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { CARD_VERSION } from '../core/similar/card';
import { writeAtomic } from '../store/durable';

// 2: metadata gained `sig` (MinHash); 3: components embedded as cards (`card`: CARD_VERSION). An older index,
// or one embedded from another card recipe, is rebuilt whole, never mixed
export const MANIFEST_VERSION = 3;

const fileEntry = z.object({
  mtimeMs: z.number(),
  size: z.number(),
  /** component id → sha256 of its card (what was embedded): a change to the card re-embeds it */
  components: z.record(z.string(), z.string()),
});
export type FileEntry = z.infer<typeof fileEntry>;

const manifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  model: z.string(),
  /** The card recipe the components were embedded with. */
  card: z.literal(CARD_VERSION),
  collection: z.string(),
  files: z.record(z.string(), fileEntry),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function emptyManifest(model: string, collection: string): Manifest {
  return { version: MANIFEST_VERSION, model, card: CARD_VERSION, collection, files: {} };
}

/** The stored manifest, or undefined when it is missing or unreadable (then the index starts over). */
export async function readManifest(file: string): Promise<Manifest | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Replaced atomically and fsynced (durable.ts), so a crash leaves the old or the new one; an unreadable one is rebuilt. */
export async function writeManifest(file: string, m: Manifest): Promise<void> {
  await writeAtomic(file, JSON.stringify(m));
}
