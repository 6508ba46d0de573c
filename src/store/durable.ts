/**
 * Files the extension writes outside the vector collections (stamps, feedback, datasets), made to
 * survive a crash or a full disk: whole files are replaced atomically, a file that cannot be read is
 * set aside and reported missing (the caller rebuilds it), logs rotate at a size, and set-asides are bounded.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
// write-file-atomic 7.0.1, pinned: npm's own (tmp file + fsync + rename, a tmp file cleaned up on exit).
import writeFileAtomic from 'write-file-atomic';
import { fsyncDir } from './files';

/** How many `.corrupt-*` set-asides of one file or folder are kept (the newest). */
export const KEEP_SET_ASIDES = 3;
export const ROTATE_BYTES = 8 * 1024 * 1024;
export const ROTATE_FILES = 4;

/** Replaces `file` with `data` in one step: a reader sees the old contents or the new, never a torn file. */
export async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, data);
  await fsyncDir(path.dirname(file));
}

export type JsonRead<T> = { state: 'ok'; value: T } | { state: 'missing'; setAside?: string };

/**
 * The parsed file, or `missing`: absent, or unreadable (not JSON, or refused by `check`), in which case it is
 * moved to `<file>.corrupt-<UTC>` for a human and the caller rebuilds it.
 */
export async function readJson<T>(file: string, check: (json: unknown) => T | undefined = (j) => j as T): Promise<JsonRead<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw e;
  }
  let value: T | undefined;
  try {
    value = check(JSON.parse(text));
  } catch {
    value = undefined;
  }
  if (value !== undefined) return { state: 'ok', value };
  return { state: 'missing', setAside: await setAsideFile(file) };
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Moves a file or folder to `<it>.corrupt-<UTC>` beside it, then keeps only the newest KEEP_SET_ASIDES. */
export async function setAsideFile(target: string): Promise<string> {
  const base = `${target}.corrupt-${stamp()}`;
  let aside = base;
  for (let n = 2; await fs.stat(aside).then(() => true, () => false); n++) aside = `${base}-${n}`;
  await fs.rename(target, aside);
  await fsyncDir(path.dirname(target));
  await pruneSetAsides(target);
  return aside;
}

/** Removes all but the newest `keep` of `<target>.corrupt-*` (by modification time, then name). */
export function pruneSetAsides(target: string, keep = KEEP_SET_ASIDES): Promise<string[]> {
  const prefix = `${path.basename(target)}.corrupt-`;
  return keepNewest(path.dirname(target), keep, (n) => n.startsWith(prefix));
}

export interface RotateOptions {
  maxBytes?: number;
  /** Files kept in all: `file` and `file.1` … `file.<files-1>` (oldest). */
  files?: number;
}

function rotated(file: string, i: number): string {
  return i === 0 ? file : `${file}.${i}`;
}

/**
 * Appends one line (a JSON object per line) and fsyncs it; when the file would pass `maxBytes` it is first
 * rotated to `file.1` (and so on), so the log stays under about maxBytes × files on disk.
 */
export async function appendRotated(file: string, line: string, opts: RotateOptions = {}): Promise<void> {
  const maxBytes = opts.maxBytes ?? ROTATE_BYTES;
  const count = opts.files ?? ROTATE_FILES;
  const data = Buffer.from(line.endsWith('\n') ? line : `${line}\n`, 'utf8');
  await fs.mkdir(path.dirname(file), { recursive: true });
  const size = (await fs.stat(file).catch(() => undefined))?.size ?? 0;
  if (size > 0 && size + data.length > maxBytes) {
    await fs.rm(rotated(file, count - 1), { force: true });
    for (let i = count - 2; i >= 0; i--) {
      await fs.rename(rotated(file, i), rotated(file, i + 1)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e; // another window rotated it first
      });
    }
  }
  const fd = await fs.open(file, 'a+');
  try {
    const start = (await fd.stat()).size;
    const last = Buffer.alloc(1);
    // a line torn by a crash (no newline) must not swallow this one
    const torn = start > 0 && (await fd.read(last, 0, 1, start - 1)).bytesRead === 1 && last[0] !== 0x0a;
    try {
      await fd.write(torn ? Buffer.concat([Buffer.from('\n'), data]) : data);
      await fd.sync();
    } catch (e) {
      // A partial line (disk full) would glue onto the next one and read as garbage.
      await fd.truncate(start).catch(() => undefined);
      throw e;
    }
  } finally {
    await fd.close();
  }
}

/** The complete lines of a rotated log, oldest first (a torn last line, cut off by a crash, is left out). */
export async function readRotated(file: string, opts: RotateOptions = {}): Promise<string[]> {
  const count = opts.files ?? ROTATE_FILES;
  const lines: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const text = await fs.readFile(rotated(file, i), 'utf8').catch(() => '');
    const parts = text.split('\n');
    parts.pop(); // after the last newline: empty, or a torn line
    lines.push(...parts.filter((l) => l.trim()));
  }
  return lines;
}

/** Removes all but the newest `keep` files of `dir` whose names match (by modification time, then name). */
export async function keepNewest(dir: string, keep: number, match: (name: string) => boolean): Promise<string[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter(match);
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await fs.lstat(path.join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.t - a.t || b.n.localeCompare(a.n));
  const gone = dated.slice(keep).map((d) => path.join(dir, d.n));
  for (const p of gone) await fs.rm(p, { recursive: true, force: true });
  return gone;
}
