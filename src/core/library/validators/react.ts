import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { lintJsxA11y } from '../../a11y/lint';
import type { ValidationResult } from './result';
import { baseOptions, checkInMemory, formatDiagnostic, splitDiagnostics, typeFilesRoot } from './tsprogram';

/**
 * TSX: `ts.transpileModule` for syntax, then a type-check against @types/react (pinned devDependency)
 * in an in-memory program, so props, state setters and event handlers are really checked; and
 * eslint-plugin-jsx-a11y's recommended rules (the project's own a11y linter) for accessibility.
 */

const OPTIONS = baseOptions({ jsx: ts.JsxEmit.ReactJSX, isolatedModules: true });

let reactRoot: string | null | undefined;

/** The folder whose node_modules has @types/react, or null when it is not installed. */
function findReactRoot(): string | null {
  const bundled = typeFilesRoot();
  if (bundled) return bundled;
  if (reactRoot === undefined) {
    try {
      const req = createRequire(__filename);
      // …/node_modules/@types/react/package.json → the folder holding node_modules
      reactRoot = path.resolve(path.dirname(req.resolve('@types/react/package.json')), '..', '..', '..');
    } catch {
      reactRoot = null;
    }
  }
  return reactRoot;
}

export function validateReact(code: string, fileName = 'Component.tsx', opts: { typeCheck?: boolean; a11y?: boolean } = {}): ValidationResult {
  const transpiled = ts.transpileModule(code, { compilerOptions: OPTIONS, fileName, reportDiagnostics: true });
  const syntax = transpiled.diagnostics ?? [];
  if (syntax.length > 0) return { ok: false, errors: syntax.map(formatDiagnostic), warnings: [], a11y: [] };
  let errors: string[] = [];
  const warnings: string[] = [];
  if (opts.typeCheck !== false) {
    const root = findReactRoot();
    if (root === null) {
      warnings.push('@types/react is not installed: the TSX was parsed, not type-checked');
    } else {
      const checked = splitDiagnostics(checkInMemory(root, fileName.endsWith('.tsx') ? fileName : `${fileName}.tsx`, code, OPTIONS).diagnostics);
      errors = checked.errors;
      warnings.push(...checked.warnings);
    }
  }
  const a11y: string[] = [];
  if (opts.a11y !== false) {
    const lint = lintJsxA11y(code, { tsx: true });
    if (lint.parseError ?? lint.error) warnings.push(`jsx-a11y did not run: ${lint.parseError ?? lint.error}`);
    for (const f of lint.findings) a11y.push(`${f.line}:${f.column}: ${f.message} (${f.ruleId})`);
  }
  return { ok: errors.length === 0, errors, warnings, a11y };
}
