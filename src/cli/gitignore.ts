/**
 * .gitignore rules, root and nested, applied as git applies them (the `ignore` package). The same idea as
 * src/workspaceIndex/gitignore.ts, kept apart: the CLI sits on core/ alone and may not import the workspace index.
 */
import ignore, { type Ignore } from 'ignore';
import * as fs from 'node:fs';
import * as path from 'node:path';

export class GitignoreRules {
  private readonly byDir = new Map<string, Ignore>();

  /** `dir` is relative to the root ('' for the root), '/'-separated; `text` is that folder's .gitignore. */
  add(dir: string, text: string): void {
    this.byDir.set(dir, ignore().add(text));
  }

  /** Whether `rel` (relative to the root, '/'-separated) is ignored by any .gitignore above it. */
  ignores(rel: string): boolean {
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) {
      const rules = this.byDir.get(parts.slice(0, i).join('/'));
      if (!rules) continue;
      // a directory rule ("build/") must see the directories on the way down as directories
      for (let j = 1; j < parts.length - i; j++) if (rules.ignores(`${parts.slice(i, i + j).join('/')}/`)) return true;
      if (rules.ignores(parts.slice(i).join('/'))) return true;
    }
    return false;
  }
}

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
