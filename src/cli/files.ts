/** The files a run checks: the patterns' matches (tinyglobby), less .gitignore'd and non-component files; each read as UTF-8 text or skipped. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { isComponentFile } from '../core/extract/files';
import { gitRoot, LazyGitignores } from './gitignore';

/** Never searched, whatever a .gitignore says: dependencies and git's own folder. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Found {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** How many matches a .gitignore excluded. */
  gitignored: number;
}

/** The component files matching any of `patterns` (relative to `cwd`, or absolute), honouring every .gitignore from the git root down. */
export async function findFiles(patterns: readonly string[], cwd: string, opts: { gitignore?: boolean } = {}): Promise<Found> {
  const matches = await glob([...patterns], { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED });
  const rules = opts.gitignore === false ? undefined : new LazyGitignores(gitRoot(cwd));
  const files: string[] = [];
  let gitignored = 0;
  for (const abs of new Set(matches.map((m) => path.resolve(m)))) {
    if (!isComponentFile(abs)) continue;
    if (rules?.ignores(abs)) gitignored++;
    else files.push(abs);
  }
  return { files: files.sort(), gitignored };
}

export type Source = { text: string } | { skipped: string };

/** How far git looks for a NUL byte to call a file binary. */
const BINARY_PROBE = 8000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file as text, or why it is skipped: unreadable, binary (a NUL byte, as git decides), or not UTF-8. */
export function readSource(abs: string): Source {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: 'binary (contains NUL bytes)' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { skipped: 'binary (not valid UTF-8)' };
  }
}

/** `abs` relative to `cwd`, '/'-separated: what reports and SARIF's artifactLocation.uri show. */
export function displayPath(abs: string, cwd: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/');
}
