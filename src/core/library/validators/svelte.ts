import { compile } from 'svelte/compiler';
import type { ValidationResult } from './result';

interface SvelteDiagnostic {
  code?: string;
  message: string;
  start?: { line: number; column: number };
}

/** Svelte through `svelte/compiler`'s `compile` (runes, `lang="ts"`): errors fail; a11y_* warnings are listed apart. */
export function validateSvelte(code: string, fileName = 'Component.svelte'): ValidationResult {
  const warnings: string[] = [];
  const a11y: string[] = [];
  try {
    const result = compile(code, { filename: fileName, generate: 'client' });
    for (const w of result.warnings as SvelteDiagnostic[]) (w.code?.startsWith('a11y') ? a11y : warnings).push(format(w));
  } catch (e) {
    return { ok: false, errors: [format(e as SvelteDiagnostic)], warnings, a11y };
  }
  return { ok: true, errors: [], warnings, a11y };
}

function format(d: SvelteDiagnostic): string {
  // Svelte's messages carry a link after a newline
  const message = `${d.message.split('\n')[0]}${d.code ? ` (${d.code})` : ''}`;
  return d.start ? `${d.start.line}:${d.start.column + 1}: ${message}` : message;
}
