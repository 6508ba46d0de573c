import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../core/logger';
import { ignoresCase, isInsidePath, pathKey } from '../core/paths';
import { withDirLock } from './lock';
import { isAlive } from './process';
import { isCurrent, readStamp, stampHash, type StampInputs } from './stamp';

/**
 * The sidecar's venvs: one folder per install, `<storage>/venvs/<hash12>-<ms>`, each with the claims of the windows
 * using it. A venv is removed only when no live claim and no process uses it, so a Reinstall or a window with another
 * Python never deletes the venv under another window's running sidecar.
 */
export const VENVS_FOLDER = 'venvs';
/** Where versions before per-install folders kept their one venv. */
export const LEGACY_VENV = 'venv';
const CLAIMS = '.siza-claims';
const TRASH = '.trash-';

export interface Claim {
  host: string;
  /** The extension host that uses the venv. */
  pid: number;
  /** Its sidecar, once running (it may outlive the host for a moment). */
  sidecarPid?: number;
  at: string;
}

export function venvsRoot(storageDir: string): string {
  return path.join(storageDir, VENVS_FOLDER);
}

/** Folders of one set of inputs start with the same 12 hex digits. */
export function venvPrefix(inputs: StampInputs): string {
  return stampHash(inputs).slice(0, 12);
}

async function venvFolders(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
}

/** The newest finished install made from exactly these inputs. */
export async function findCurrentVenv(root: string, inputs: StampInputs): Promise<string | undefined> {
  const prefix = `${venvPrefix(inputs)}-`;
  const names = (await venvFolders(root))
    .filter((n) => n.startsWith(prefix))
    .sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)));
  for (const name of names) {
    const dir = path.join(root, name);
    if (await isCurrent(dir, inputs)) return dir;
  }
  return undefined;
}

/**
 * Whether any finished install is here (another version's or another Python's, or the `venv/` of versions before
 * per-install folders): the sidecar was installed before, so updating it needs no new consent (consent.ts).
 */
export async function hasFinishedInstall(storageDir: string): Promise<boolean> {
  const root = venvsRoot(storageDir);
  const dirs = [...(await venvFolders(root)).map((n) => path.join(root, n)), path.join(storageDir, LEGACY_VENV)];
  for (const dir of dirs) if (await readStamp(dir)) return true;
  return false;
}

/** Claims and removals of venvs happen under this short lock, so a venv is never claimed while it is removed. */
export function withVenvsLock<T>(root: string, log: Logger, fn: () => Promise<T>): Promise<T> {
  return withDirLock(path.join(root, '.gc.lock'), log, undefined, fn, { pollMs: 100, what: 'cleaning up sidecar environments' });
}

/** A new, claimed, empty folder for an install. */
export async function createVenvFolder(root: string, inputs: StampInputs, log: Logger): Promise<string> {
  await fs.mkdir(root, { recursive: true });
  return withVenvsLock(root, log, async () => {
    for (let now = Date.now(); ; now++) {
      const dir = path.join(root, `${venvPrefix(inputs)}-${now}`);
      try {
        await fs.mkdir(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw e;
      }
      await writeClaim(dir);
      return dir;
    }
  });
}

/** Claims an existing venv; false when it was removed in the meantime. */
export async function claimVenv(root: string, venvDir: string, log: Logger): Promise<boolean> {
  return withVenvsLock(root, log, async () => {
    if (!(await fs.stat(venvDir).then((s) => s.isDirectory(), () => false))) return false;
    await writeClaim(venvDir);
    return true;
  });
}

function claimFile(venvDir: string, pid = process.pid): string {
  return path.join(venvDir, CLAIMS, `${pid}.json`);
}

/** Writes (or updates) this process's claim, atomically. */
export async function writeClaim(venvDir: string, extra: { sidecarPid?: number } = {}): Promise<void> {
  const file = claimFile(venvDir);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const claim: Claim = { host: hostname(), pid: process.pid, ...extra, at: new Date().toISOString() };
  const tmp = `${file}.${randomUUID()}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(claim));
  await fs.rename(tmp, file);
}

export async function removeClaim(venvDir: string): Promise<void> {
  await fs.rm(claimFile(venvDir), { force: true });
}

/** A claim from another machine (a shared home folder) cannot be checked, so it counts as live. */
export function isLiveClaim(c: Claim): boolean {
  if (c.host !== hostname()) return true;
  return isAlive(c.pid) || (c.sidecarPid !== undefined && isAlive(c.sidecarPid));
}

/** The venv's live claims; the files of dead ones are removed. */
export async function liveClaims(venvDir: string): Promise<Claim[]> {
  const dir = path.join(venvDir, CLAIMS);
  const live: Claim[] = [];
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    const claim = await fs.readFile(file, 'utf8').then((t) => JSON.parse(t) as Claim, () => undefined);
    if (claim && typeof claim.pid === 'number' && isLiveClaim(claim)) live.push(claim);
    else await fs.rm(file, { force: true });
  }
  return live;
}

export interface ProcessInfo {
  pid: number;
  /** argv, or on systems without /proc the whole command line as one string. */
  args: string[];
  exe?: string;
}

/** Every process's command line; undefined where they cannot be listed (then nothing in use may be removed). */
async function listProcesses(): Promise<ProcessInfo[] | undefined> {
  if (process.platform === 'linux') {
    const entries = await fs.readdir('/proc').catch(() => undefined);
    if (!entries) return undefined;
    const all = await Promise.all(
      entries.filter((e) => /^\d+$/.test(e)).map(async (e) => {
        const cmdline = await fs.readFile(`/proc/${e}/cmdline`, 'utf8').catch(() => '');
        const exe = await fs.readlink(`/proc/${e}/exe`).catch(() => undefined);
        return { pid: Number(e), args: cmdline.split('\0').filter(Boolean), exe };
      }),
    );
    return all;
  }
  // Windows refuses to rename a folder whose files a process has open, which guards the same case below
  if (process.platform === 'win32') return [];
  try {
    const { stdout } = await promisify(execFile)('ps', ['-A', '-o', 'pid=,args='], { maxBuffer: 16 * 1024 * 1024 });
    return stdout.split('\n').flatMap((line) => {
      const m = /^\s*(\d+)\s+(.*)$/.exec(line);
      return m ? [{ pid: Number(m[1]), args: [m[2]!] }] : [];
    });
  } catch {
    return undefined;
  }
}

/** The pids of processes started from a folder (its python) or naming it (`python -m venv <dir>`). */
/** `platform` decides whether case counts when paths are compared (win32 and darwin ignore it by default). */
export async function processesUsing(dir: string, processes?: ProcessInfo[], platform: NodeJS.Platform = process.platform): Promise<number[] | undefined> {
  const list = processes ?? (await listProcesses());
  if (!list) return undefined;
  const roots = [...new Set([path.resolve(dir), await fs.realpath(dir).catch(() => path.resolve(dir))])];
  const inside = (p: string) => roots.some((r) => isInsidePath(p, r, platform));
  // a whole command line (ps) names the folder somewhere inside it, in whatever case it was typed
  const fold = (s: string) => (ignoresCase(platform) ? s.toLowerCase() : s);
  const names = (a: string) => roots.some((r) => fold(a).includes(fold(r + path.sep)));
  return list
    .filter((p) => p.pid !== process.pid)
    .filter((p) => (p.exe !== undefined && inside(p.exe)) || p.args.some((a) => inside(a) || names(a)))
    .map((p) => p.pid);
}

export interface GcResult {
  removed: string[];
  kept: { dir: string; why: string }[];
}

/**
 * Removes the venvs nobody uses: no live claim, no process running from them, not in `keep`; and the venv of
 * versions before per-install folders once no process runs from it. Folders are renamed aside before they are
 * deleted, so a half-deleted venv is never mistaken for a finished one.
 */
export async function collectGarbage(storageDir: string, keep: string[], log: Logger): Promise<GcResult> {
  const root = venvsRoot(storageDir);
  await fs.mkdir(root, { recursive: true });
  const result: GcResult = { removed: [], kept: [] };
  const keepSet = new Set(keep.map((k) => pathKey(path.resolve(k), process.platform)));
  const trash: string[] = [];
  await withVenvsLock(root, log, async () => {
    const processes = await listProcesses();
    const candidates = (await venvFolders(root)).map((n) => path.join(root, n));
    const legacy = path.join(storageDir, LEGACY_VENV);
    if (await fs.stat(legacy).then((s) => s.isDirectory(), () => false)) candidates.push(legacy);
    for (const dir of candidates) {
      const why = await inUse(dir, dir === legacy, keepSet, processes);
      if (why) {
        result.kept.push({ dir, why });
        continue;
      }
      const aside = path.join(root, `${TRASH}${path.basename(dir)}-${randomUUID().slice(0, 8)}`);
      try {
        await fs.rename(dir, aside);
      } catch (e) {
        result.kept.push({ dir, why: `could not be moved aside (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
        continue;
      }
      trash.push(aside);
      result.removed.push(dir);
    }
    for (const name of await fs.readdir(root).catch(() => [] as string[])) {
      if (name.startsWith(TRASH) && !trash.includes(path.join(root, name))) trash.push(path.join(root, name));
    }
  });
  // the slow part, outside the lock: nobody can claim a folder under its trash name
  for (const dir of trash) await fs.rm(dir, { recursive: true, force: true }).catch((e: unknown) => log.warn(`Could not remove ${dir}: ${(e as Error).message}`));
  for (const dir of result.removed) log.info(`Removed the unused sidecar environment ${dir}`);
  return result;
}

async function inUse(dir: string, legacy: boolean, keep: Set<string>, processes: ProcessInfo[] | undefined): Promise<string | undefined> {
  if (keep.has(pathKey(path.resolve(dir), process.platform))) return 'current';
  if (!legacy) {
    const claims = await liveClaims(dir);
    if (claims.length) return `claimed by ${claims.map((c) => `pid ${c.pid}${c.host === hostname() ? '' : ` on ${c.host}`}`).join(', ')}`;
  } else {
    // older versions lock `<storage>/venv.lock` ("pid nonce") while installing
    const owner = Number.parseInt(await fs.readFile(`${dir}.lock`, 'utf8').catch(() => ''), 10);
    if (Number.isFinite(owner) && isAlive(owner)) return `being installed by pid ${owner}`;
  }
  const users = await processesUsing(dir, processes);
  if (!users) return 'the processes using it cannot be listed here';
  if (users.length) return `in use by pid ${users.join(', ')}`;
  return undefined;
}
