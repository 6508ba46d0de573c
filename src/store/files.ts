/** Snapshot and journal I/O of one collection folder, byte-compatible with python/siza_ml/services/vectors/store_files.py. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  CorruptCollection,
  FORMAT_VERSION,
  journalName,
  META_FILE,
  metaSchema,
  PENDING_META,
  recordSchema,
  VECTORS_FILE,
  VECTORS_TMP,
  type JournalRecord,
  type SnapshotMeta,
} from './format';

/** Called before each write; throws (LockLost) when the caller's lock is no longer its own. */
export type Guard = () => Promise<void>;
const noGuard: Guard = () => Promise.resolve();

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/** A rename is only durable once the directory entry itself reaches the disk. */
export async function fsyncDir(dir: string): Promise<void> {
  const fd = await fs.open(dir, 'r');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

async function writeSynced(file: string, data: Uint8Array | string): Promise<void> {
  const fd = await fs.open(file, 'w');
  try {
    await fd.writeFile(data);
    await fd.sync();
  } finally {
    await fd.close();
  }
}

function parseMeta(raw: Buffer, source: string): SnapshotMeta {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw new CorruptCollection(`${source} is not valid JSON (${(e as Error).message})`);
  }
  if (typeof json !== 'object' || json === null) throw new CorruptCollection(`${source} is not a JSON object`);
  const format = (json as { format?: unknown }).format;
  if (format !== FORMAT_VERSION) throw new CorruptCollection(`${source} has unsupported format ${JSON.stringify(format)}`);
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) throw new CorruptCollection(`${META_FILE} is malformed (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/** The verified snapshot, undefined when there is none yet; CorruptCollection when it cannot be trusted. */
export async function readSnapshot(folder: string, guard: Guard = noGuard): Promise<{ vectors: Buffer; meta: SnapshotMeta } | undefined> {
  const vectorsFile = path.join(folder, VECTORS_FILE);
  const metaFile = path.join(folder, META_FILE);
  const pending = path.join(folder, PENDING_META);
  const [hasVectors, hasMeta, hasPending] = await Promise.all([exists(vectorsFile), exists(metaFile), exists(pending)]);
  if (!hasMeta && !hasPending) {
    if (hasVectors) throw new CorruptCollection(`${META_FILE} is missing beside ${VECTORS_FILE}`);
    return undefined;
  }
  if (!hasVectors) throw new CorruptCollection(`${VECTORS_FILE} is missing beside ${META_FILE}`);
  const vectors = await fs.readFile(vectorsFile);
  const digest = sha256(vectors);
  if (hasPending) {
    // A crash between the two renames of writeSnapshot: the pending meta names the new vectors.
    try {
      const meta = parseMeta(await fs.readFile(pending), PENDING_META);
      if (meta.vectors_sha256 === digest) {
        await guard();
        await fs.rename(pending, metaFile);
        await fsyncDir(folder);
        return { vectors, meta };
      }
    } catch (e) {
      if (!(e instanceof CorruptCollection)) throw e;
    }
    await guard();
    await fs.unlink(pending);
  }
  if (!(await exists(metaFile))) throw new CorruptCollection(`${META_FILE} is missing beside ${VECTORS_FILE}`);
  const meta = parseMeta(await fs.readFile(metaFile), META_FILE);
  if (meta.vectors_sha256 !== digest) throw new CorruptCollection(`${VECTORS_FILE} does not match the checksum in ${META_FILE}`);
  return { vectors, meta };
}

/** Commits vectors + meta together (two phases, rolled forward by readSnapshot); older journals are dropped. */
export async function writeSnapshot(
  folder: string,
  vectors: Uint8Array,
  meta: Omit<SnapshotMeta, 'format' | 'vectors_sha256'>,
  guard: Guard = noGuard,
): Promise<void> {
  const full = { ...meta, format: FORMAT_VERSION, vectors_sha256: sha256(vectors) };
  await guard();
  await fs.mkdir(folder, { recursive: true });
  await writeSynced(path.join(folder, VECTORS_TMP), vectors);
  await writeSynced(path.join(folder, PENDING_META), JSON.stringify(full));
  await guard(); // the commit point: only while the lock is still ours
  await fs.rename(path.join(folder, VECTORS_TMP), path.join(folder, VECTORS_FILE));
  await fs.rename(path.join(folder, PENDING_META), path.join(folder, META_FILE));
  await fsyncDir(folder);
  for (const [generation, file] of await journals(folder)) {
    if (generation !== meta.generation) await fs.rm(file, { force: true });
  }
}

/** Journal files by generation. */
export async function journals(folder: string): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^journal-(\d+)\.log$/.exec(name);
    if (m) found.set(Number(m[1]), path.join(folder, name));
  }
  return found;
}

export function journalPath(folder: string, generation: number): string {
  return path.join(folder, journalName(generation));
}

/** Appends one `<sha256> <json>` line and fsyncs it; returns the journal's new size. */
export async function appendRecord(file: string, record: JournalRecord): Promise<number> {
  const payload = Buffer.from(JSON.stringify(record), 'utf8');
  const line = Buffer.concat([Buffer.from(`${sha256(payload)} `), payload, Buffer.from('\n')]);
  const created = !(await exists(file));
  const fd = await fs.open(file, 'a');
  let start = 0;
  try {
    start = (await fd.stat()).size;
    await fd.write(line);
    await fd.sync();
    const size = (await fd.stat()).size;
    if (created) await fsyncDir(path.dirname(file));
    return size;
  } catch (e) {
    // A partial line (disk full) would glue onto the next record and read as corruption.
    await fd.truncate(start).catch(() => undefined);
    throw e;
  } finally {
    await fd.close();
  }
}

export interface JournalRead {
  records: JournalRecord[];
  /** Offset just past the last good record. */
  end: number;
  /** A final line without its newline: a write cut off before it was acknowledged. */
  tornTail: boolean;
}

/** Records from `offset` on; a complete line with a bad checksum is corruption. */
export async function readJournal(file: string, offset = 0): Promise<JournalRead> {
  let data: Buffer;
  try {
    data = await readFrom(file, offset);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], end: offset, tornTail: false };
    throw e;
  }
  const records: JournalRecord[] = [];
  let pos = 0;
  while (pos < data.length) {
    const nl = data.indexOf(0x0a, pos);
    if (nl < 0) return { records, end: offset + pos, tornTail: true };
    const line = data.subarray(pos, nl);
    const space = line.indexOf(0x20);
    const digest = space < 0 ? line.toString('latin1') : line.subarray(0, space).toString('latin1');
    const payload = space < 0 ? Buffer.alloc(0) : line.subarray(space + 1);
    const where = `${path.basename(file)}: record at byte ${offset + pos}`;
    if (sha256(payload) !== digest) throw new CorruptCollection(`${where} fails its checksum`);
    let json: unknown;
    try {
      json = JSON.parse(payload.toString('utf8'));
    } catch {
      throw new CorruptCollection(`${where} is not JSON`);
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) throw new CorruptCollection(`${where}: bad record (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    records.push(parsed.data);
    pos = nl + 1;
  }
  return { records, end: offset + pos, tornTail: false };
}

/** The bytes of `file` from `offset` to its end: catching up with a journal reads only what is new. */
async function readFrom(file: string, offset: number): Promise<Buffer> {
  const fd = await fs.open(file, 'r');
  try {
    const size = (await fd.stat()).size;
    const data = Buffer.alloc(Math.max(0, size - offset));
    let done = 0;
    while (done < data.length) {
      const { bytesRead } = await fd.read(data, done, data.length - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return data.subarray(0, done);
  } finally {
    await fd.close();
  }
}

export async function truncate(file: string, size: number): Promise<void> {
  const fd = await fs.open(file, 'r+');
  try {
    await fd.truncate(size);
    await fd.sync();
  } finally {
    await fd.close();
  }
}

export async function filesSize(folder: string): Promise<number> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) {
    const st = await fs.stat(path.join(folder, name)).catch(() => undefined);
    if (st?.isFile()) total += st.size;
  }
  return total;
}
