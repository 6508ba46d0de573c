/**
 * Which files extraction handles. Kept apart from the parsers (index.ts), which take ~0.4 s to
 * load: a file watcher or a glob can import this alone.
 */

const EXTENSIONS = ['tsx', 'jsx', 'ts', 'js', 'mjs', 'cjs', 'vue', 'svelte', 'html', 'htm'] as const;

/** The files extraction handles, as a VS Code glob (lower-case extensions). */
export const COMPONENT_FILE_GLOB = `**/*.{${EXTENSIONS.join(',')}}`;

/** By extension, case-insensitively; declaration files (`.d.ts`) are not components. */
export function isComponentFile(path: string): boolean {
  const ext = extensionOf(path);
  return ext !== undefined && (EXTENSIONS as readonly string[]).includes(ext.slice(1)) && !/\.d\.[mc]?ts$/i.test(path);
}

/** `.tsx` for `src/A.TSX`; undefined without an extension. */
export function extensionOf(path: string): string | undefined {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? m[0].toLowerCase() : undefined;
}
