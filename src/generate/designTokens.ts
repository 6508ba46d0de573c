/**
 * The workspace's design tokens, read with bounds: tailwind.config.* at each folder's root (parsed
 * as text, never executed) and the custom properties of the stylesheets found by a shallow walk
 * that skips dependency and build folders. Pure parsing is core/generate/designTokens.ts.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { cssCustomProperties, tailwindThemeTokens, type DesignToken } from '../core/generate/designTokens';
import type { Logger } from '../core/logger';

const TAILWIND_CONFIGS = ['tailwind.config.ts', 'tailwind.config.js', 'tailwind.config.mjs', 'tailwind.config.cjs'];
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', 'coverage', 'vendor', '.turbo', '.cache']);
const STYLE = /\.(css|scss|pcss|postcss)$/i;
/** Bounds: folders visited, stylesheets read, bytes per file, depth below the folder. */
export const LIMITS = { dirs: 400, styles: 40, bytes: 256 * 1024, depth: 5 } as const;

export async function readDesignTokens(roots: readonly string[], log?: Logger): Promise<DesignToken[]> {
  const out: DesignToken[] = [];
  for (const root of roots) {
    for (const name of TAILWIND_CONFIGS) {
      const text = await small(path.join(root, name));
      if (text !== undefined) out.push(...tailwindThemeTokens(text, name));
    }
    for (const file of await styleFiles(root, log)) {
      const text = await small(file);
      if (text !== undefined) out.push(...cssCustomProperties(text, path.relative(root, file).split(path.sep).join('/')));
    }
  }
  // one per name: the first declaration wins (a root's :root before a component's override)
  const seen = new Set<string>();
  return out.filter((t) => (seen.has(`${t.kind}:${t.name}`) ? false : (seen.add(`${t.kind}:${t.name}`), true)));
}

async function small(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file);
    if (!s.isFile() || s.size > LIMITS.bytes) return undefined;
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Stylesheets breadth-first (a project's global stylesheet is usually shallow), within LIMITS. */
async function styleFiles(root: string, log?: Logger): Promise<string[]> {
  const found: string[] = [];
  let queue: string[] = [root];
  let visited = 0;
  for (let depth = 0; depth <= LIMITS.depth && queue.length; depth++) {
    const next: string[] = [];
    for (const dir of queue) {
      if (++visited > LIMITS.dirs || found.length >= LIMITS.styles) return found;
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        log?.debug(`design tokens: cannot list ${dir}: ${(e as Error).message}`);
        continue;
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) next.push(path.join(dir, e.name));
        else if (e.isFile() && STYLE.test(e.name) && found.length < LIMITS.styles) found.push(path.join(dir, e.name));
      }
    }
    queue = next;
  }
  return found;
}
