/** .gitignore rules of a folder tree, root and nested, applied as git applies them (the `ignore` package): the workspace index and the CLI both use them. */
import ignore, { type Ignore } from 'ignore';
import * as path from 'node:path';

export class GitignoreRules {
  private readonly byDir = new Map<string, Ignore>();

  /** `dir` is relative to the folder root ('' for the root); `text` is that folder's .gitignore. */
  add(dir: string, text: string): void {
    this.byDir.set(dir, ignore().add(text));
  }

  /** Whether `rel` (relative to the folder root, '/'-separated) is ignored by any .gitignore above it. */
  ignores(rel: string): boolean {
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const rules = this.byDir.get(dir);
      if (!rules) continue;
      const below = parts.slice(i).join('/');
      // a directory rule ("build/") must see the directories on the way down as directories
      for (let j = 1; j < parts.length - i; j++) if (rules.ignores(`${parts.slice(i, i + j).join('/')}/`)) return true;
      if (rules.ignores(below)) return true;
    }
    return false;
  }
}

/** The folder (relative, '/'-separated, '' for the root) a .gitignore at `rel` governs. */
export function gitignoreDir(rel: string): string {
  const dir = path.posix.dirname(rel);
  return dir === '.' ? '' : dir;
}
