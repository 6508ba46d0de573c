import { parse } from 'svelte/compiler';
import { type ExtractResult, type LineIndex, baseName, component, errorMessage } from './types';

/**
 * A Svelte component: one per file, the whole file, named after the file (Svelte components have
 * no name of their own). The file is parsed with Svelte's own parser (modern AST, runes and
 * `<script lang="ts">` included) to report syntax errors; a file that does not parse still yields
 * its component, with the error.
 */
export function extractSvelte(file: string, lines: LineIndex): ExtractResult {
  const errors: string[] = [];
  try {
    parse(lines.text, { filename: file, modern: true });
  } catch (e) {
    errors.push(lines.located(file, errorOffset(e), errorMessage(e).replace(/\s*\n\s*/g, ' ')));
  }
  const comp = component(file, lines, 0, lines.text.length, {
    name: baseName(file),
    framework: 'svelte',
    kind: 'sfc',
    exported: 'default',
  });
  return { components: [comp], errors };
}

/** Svelte's CompileError carries `position: [start, end]` offsets. */
function errorOffset(e: unknown): number {
  const position = (e as { position?: unknown }).position;
  return Array.isArray(position) && typeof position[0] === 'number' ? position[0] : 0;
}
