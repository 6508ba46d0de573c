import * as tsParser from '@typescript-eslint/parser';
import type { Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint/universal';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { loadAxeMap } from './axeMap';
import { eslintFinding, fatalOf, keyboardDelegation, ownMessages, startTagAt, verify } from './eslint';
import { PREFIXES, type A11yLint } from './finding';
import axeJson from './jsx-a11y.axe.json';

export type { A11yFinding, A11yLint } from './finding';

export const JSX_A11Y = { name: jsxA11y.meta.name, version: jsxA11y.meta.version } as const;

const PREFIX = PREFIXES.jsx;
/** Each rule's axe-core counterpart or judged impact (jsx-a11y.axe.json). */
export const JSX_A11Y_AXE = loadAxeMap(axeJson, 'jsx-a11y');
const recommended = jsxA11y.flatConfigs.recommended;
const jsxFeatures = { ecmaFeatures: { jsx: true } };

const shared: LinterTypes.Config = {
  ...recommended,
  // The score judges the code, not its author's suppressions: `eslint-disable` comments are ignored.
  linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  // next/image's <Image> renders an <img>: the heuristic img-alt rule checked it too.
  settings: { 'jsx-a11y': { components: { Image: 'img' } } },
};

const CONFIG: LinterTypes.Config[] = [
  {
    ...shared,
    name: 'siza/jsx-a11y-tsx',
    files: ['**/*.tsx'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parser: tsParser,
      parserOptions: { ...jsxFeatures, warnOnUnsupportedTypeScriptVersion: false },
    },
  },
  {
    ...shared,
    name: 'siza/jsx-a11y-jsx',
    files: ['**/*.jsx'],
    // espree, ESLint's own parser
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: jsxFeatures },
  },
];

let linter: Linter | undefined;

function helpUrl(ruleId: string): string {
  const rule = jsxA11y.rules?.[ruleId.slice(PREFIX.length)];
  const url = rule && 'meta' in rule ? rule.meta?.docs?.url : undefined;
  return url ?? `https://github.com/jsx-eslint/eslint-plugin-jsx-a11y#supported-rules`;
}

/**
 * eslint-plugin-jsx-a11y's recommended rules over one JSX/TSX source, through ESLint's `Linter` (no files, no
 * config lookup): `tsx` parses with @typescript-eslint/parser (types, generics), else with espree + JSX.
 */
export function lintJsxA11y(code: string, opts: { tsx: boolean }): A11yLint {
  linter ??= new Linter();
  const run = verify(linter, code, CONFIG, opts.tsx ? 'component.tsx' : 'component.jsx');
  if ('error' in run) return { findings: [], error: run.error };
  const parseError = fatalOf(run.messages);
  if (parseError) return { findings: [], parseError };
  const lines = code.split(/\r\n|\r|\n/);
  const findings = ownMessages(run.messages, PREFIX)
    .filter((m) => !keyboardDelegation(m.ruleId.slice(PREFIX.length), startTagAt(lines, m)))
    .map((m) => eslintFinding(m, helpUrl(m.ruleId), JSX_A11Y_AXE.lookup(m.ruleId.slice(PREFIX.length))));
  return { findings };
}
