import type { Framework } from '../frameworks';
import coverage from './coverage.json';
import type { AxeMap } from './axeMap';
import { PREFIXES, type A11yLint, type LintContext } from './finding';
import { JSX_A11Y_AXE, lintJsxA11y } from './lint';
import angularJson from './angular.axe.json';
import { ANGULAR_AXE, lintAngularComponentA11y } from './angular';
import { HTML_AXE, lintHtmlA11y } from './html';
import htmlJson from './html.axe.json';
import svelteJson from './svelte.axe.json';
import { lintSvelteA11y, SVELTE_AXE } from './svelte';
import vueJson from './vue.axe.json';
import { lintVueA11y, VUE_A11Y_AXE } from './vue';

/**
 * The accessibility analyser made for each framework, one entry each: what checks the code, the rule-id
 * prefix of its findings, its map to axe-core, and which heuristic rules it replaces (they give way to it
 * when it ran). Which one runs is chosen by the framework and the file's extension.
 */
export interface Analyser {
  /** Named in the accessibility factor's explanation. */
  label: string;
  prefix: string;
  map: AxeMap;
  /** Heuristic rule id → this analyser's rule ids that check the same thing. */
  covered: ReadonlyMap<string, readonly string[]>;
  lint: (code: string, ctx?: LintContext) => A11yLint | Promise<A11yLint>;
}

const prefixed = (prefix: string, covers: Record<string, string[]>) =>
  new Map(Object.entries(covers).map(([h, ids]) => [h, ids.map((id) => (id.startsWith(prefix) ? id : prefix + id))]));

export const JSX: Analyser = {
  label: 'eslint-plugin-jsx-a11y (recommended rules)',
  prefix: PREFIXES.jsx,
  map: JSX_A11Y_AXE,
  covered: new Map(Object.entries(coverage.covered)),
  // untitled React code: TypeScript's parser reads JS and TS alike (analyserFor picks espree for .jsx/.js)
  lint: (code) => lintJsxA11y(code, { tsx: true }),
};

export const VUE: Analyser = {
  label: 'eslint-plugin-vuejs-accessibility (recommended rules)',
  prefix: PREFIXES.vue,
  map: VUE_A11Y_AXE,
  covered: prefixed(PREFIXES.vue, vueJson.covers),
  lint: lintVueA11y,
};

export const SVELTE: Analyser = {
  label: "Svelte's compiler (its a11y warnings)",
  prefix: PREFIXES.svelte,
  map: SVELTE_AXE,
  covered: prefixed(PREFIXES.svelte, svelteJson.covers),
  lint: lintSvelteA11y,
};

export const ANGULAR: Analyser = {
  label: "@angular-eslint/eslint-plugin-template's accessibility rules",
  prefix: PREFIXES.angular,
  map: ANGULAR_AXE,
  covered: prefixed(PREFIXES.angular, angularJson.covers),
  lint: (code, ctx) => lintAngularComponentA11y(code, ctx?.readSibling),
};

/** axe-core itself on a DOM (happy-dom), the rules that need no layout; asynchronous. */
export const HTML: Analyser = {
  label: 'axe-core (the rules that need no layout)',
  prefix: PREFIXES.html,
  map: HTML_AXE,
  covered: prefixed(PREFIXES.html, htmlJson.covers),
  lint: lintHtmlA11y,
};

export const ANALYSERS: readonly Analyser[] = [JSX, VUE, SVELTE, ANGULAR, HTML];

const BY_EXTENSION: Readonly<Record<string, Analyser>> = { vue: VUE, svelte: SVELTE, html: HTML, htm: HTML };
const BY_FRAMEWORK: Readonly<Partial<Record<Framework, Analyser>>> = { vue: VUE, svelte: SVELTE, angular: ANGULAR, html: HTML };

/** How a source is linted: TSX (@typescript-eslint/parser), JSX (espree), or not at all (it cannot hold JSX). */
export function jsxDialect(framework: Framework, file: string | undefined): 'tsx' | 'jsx' | null {
  const ext = extension(file);
  if (ext === 'tsx') return 'tsx';
  if (ext === 'jsx') return 'jsx';
  if (framework !== 'react') return null;
  if (ext === 'js' || ext === 'mjs' || ext === 'cjs') return 'jsx';
  // untitled or extensionless React code: TypeScript's parser reads JS and TS alike
  return ext === undefined ? 'tsx' : null;
}

const extension = (file: string | undefined) => /\.([A-Za-z0-9]+)$/.exec(file ?? '')?.[1]?.toLowerCase();

/** The analyser for code of `framework` in `file`, and how it lints that code; undefined when none reads it. */
export function analyserFor(framework: Framework, file: string | undefined): { analyser: Analyser; lint: Analyser['lint'] } | undefined {
  const dialect = jsxDialect(framework, file);
  if (dialect !== null) return { analyser: JSX, lint: (code) => lintJsxA11y(code, { tsx: dialect === 'tsx' }) };
  const ext = extension(file);
  // an extension names its framework; without one (untitled code) the framework does; Angular lives in .ts
  const a = ext === undefined ? BY_FRAMEWORK[framework] : (BY_EXTENSION[ext] ?? (framework === 'angular' && ext === 'ts' ? ANGULAR : undefined));
  return a && { analyser: a, lint: a.lint };
}
