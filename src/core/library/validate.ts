import type { Framework } from '../frameworks';
import { validateAngular } from './validators/angular';
import { validateHtml } from './validators/html';
import { validateReact } from './validators/react';
import type { ValidationResult } from './validators/result';
import { validateSvelte } from './validators/svelte';
import { validateVue } from './validators/vue';

export type { ValidationResult } from './validators/result';

export interface ValidateOptions {
  /** Used in messages and to pick the TSX/TS flavour; defaults to the framework's usual name. */
  fileName?: string;
  /** React and Angular: type-check with a small in-memory program (default true; parsing alone is ~10x faster). */
  typeCheck?: boolean;
  /** React: run jsx-a11y (default true). */
  a11y?: boolean;
}

/**
 * Checks source code with its framework's own compiler: library renders and, later, LLM output.
 * Never throws: a compiler that crashes is reported as an error.
 * - react: TypeScript syntax + a type-check against @types/react; jsx-a11y findings in `a11y`
 * - vue: @vue/compiler-sfc parse, compileScript, compileTemplate
 * - svelte: svelte/compiler compile; its a11y warnings in `a11y`
 * - angular: TypeScript (class, decorators, against Angular stubs) + @angular/compiler parseTemplate
 * - html: parse5
 */
export function validate(framework: Framework, code: string, options: ValidateOptions = {}): ValidationResult {
  try {
    switch (framework) {
      case 'react':
        return validateReact(code, options.fileName ?? 'Component.tsx', options);
      case 'vue':
        return validateVue(code, options.fileName ?? 'Component.vue');
      case 'svelte':
        return validateSvelte(code, options.fileName ?? 'Component.svelte');
      case 'angular':
        return validateAngular(code, options.fileName ?? 'component.ts', options);
      case 'html':
        return validateHtml(code);
    }
  } catch (e) {
    return { ok: false, errors: [`the ${framework} validator failed: ${e instanceof Error ? e.message : String(e)}`], warnings: [], a11y: [] };
  }
}
