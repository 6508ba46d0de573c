import { type CompilerError, compileScript, compileTemplate, parse } from '@vue/compiler-sfc';
import type { ValidationResult } from './result';

/**
 * A Vue SFC through @vue/compiler-sfc as a bundler would: `parse`, `compileScript` (the
 * `<script setup>` macros, props types resolved) and `compileTemplate` with the script's bindings
 * (every template error, not only the first); template tips are warnings.
 */
export function validateVue(code: string, fileName = 'Component.vue'): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { descriptor, errors: parseErrors } = parse(code, { filename: fileName, sourceMap: false });
  for (const e of parseErrors) errors.push(located(e, 0));
  if (errors.length > 0) return { ok: false, errors, warnings, a11y: [] };
  if (!descriptor.template && !descriptor.script && !descriptor.scriptSetup) {
    return { ok: false, errors: ['no <template> and no <script>: not a component'], warnings, a11y: [] };
  }
  let bindings: ReturnType<typeof compileScript>['bindings'];
  let isTS = false;
  if (descriptor.script || descriptor.scriptSetup) {
    const lang = (descriptor.scriptSetup ?? descriptor.script)!.lang;
    isTS = lang === 'ts' || lang === 'tsx';
    try {
      bindings = compileScript(descriptor, { id: 'siza-validate', sourceMap: false }).bindings;
    } catch (e) {
      errors.push(located(e, 0));
      return { ok: false, errors, warnings, a11y: [] };
    }
  }
  const template = descriptor.template;
  if (template && template.src === undefined) {
    const result = compileTemplate({
      source: template.content,
      filename: fileName,
      id: 'siza-validate',
      compilerOptions: { isTS, ...(bindings ? { bindingMetadata: bindings } : {}) },
    });
    // template locations count from the template's content
    const line = template.loc.start.line - 1;
    for (const e of result.errors) errors.push(located(e, line));
    warnings.push(...result.tips);
  }
  return { ok: errors.length === 0, errors, warnings, a11y: [] };
}

function located(e: unknown, lineOffset: number): string {
  if (typeof e === 'string') return e;
  const err = e as Partial<CompilerError> & { message?: string };
  const full = err.message ?? String(e);
  const message = full.split('\n')[0]!.replace(/^\[@vue\/compiler-sfc\] /, '');
  const start = err.loc?.start ?? frameStart(full);
  return start ? `${start.line + lineOffset}:${start.column}: ${message}` : message;
}

/** compileScript throws with a code frame only (`17 |  code` then `   |  ^^^`): the marked line and column. */
function frameStart(message: string): { line: number; column: number } | undefined {
  const lines = message.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const marker = /^\s*\|(\s*)\^/.exec(lines[i]!);
    const code = /^\s*(\d+) \|/.exec(lines[i - 1]!);
    // the frame pads code with two spaces after the bar; Vue columns are 1-based
    if (marker && code) return { line: Number(code[1]), column: marker[1]!.length - 1 };
  }
  return undefined;
}
