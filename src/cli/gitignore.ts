/** The CLI's .gitignore reading: nested files loaded lazily, applied by core/gitignore.ts's GitignoreRules (the workspace index's too). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitignoreRules } from '../core/gitignore';

/** The root .gitignore files are read from: the enclosing git work tree, else `cwd` itself. */
export function gitRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/** Each folder's .gitignore, read the first time a file below it is asked about (no walk of the whole tree). */
export class LazyGitignores {
  private readonly rules = new GitignoreRules();
  private readonly seen = new Set<string>();

  constructor(readonly root: string) {}

  /** Whether the file at `abs` is ignored; files outside the root are not. */
  ignores(abs: string): boolean {
    const rel = path.relative(this.root, abs).split(path.sep).join('/');
    if (rel.startsWith('../') || path.isAbsolute(rel)) return false;
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) this.load(parts.slice(0, i).join('/'));
    return this.rules.ignores(rel);
  }

  private load(dir: string): void {
    if (this.seen.has(dir)) return;
    this.seen.add(dir);
    try {
      this.rules.add(dir, fs.readFileSync(path.join(this.root, dir, '.gitignore'), 'utf8'));
    } catch {
      // no .gitignore here (or an unreadable one, which git too reads as none)
    }
  }
}
