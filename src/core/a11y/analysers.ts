import type { Framework } from '../frameworks';
import coverage from './coverage.json';
import type { AxeMap } from './axeMap';
import type { A11yLint } from './finding';
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
  lint(code: string): A11yLint | Promise<A11yLint>;
}

const prefixed = (prefix: string, covers: Record<string, string[]>) =>
  new Map(Object.entries(covers).map(([h, ids]) => [h, ids.map((id) => (id.startsWith(prefix) ? id : prefix + id))]));

export const JSX: Analyser & { lintDialect(code: string, tsx: boolean): A11yLint } = {
  label: 'eslint-plugin-jsx-a11y (recommended rules)',
  prefix: 'jsx-a11y/',
  map: JSX_A11Y_AXE,
  covered: new Map(Object.entries(coverage.covered)),
  lint: (code) => lintJsxA11y(code, { tsx: true }),
  lintDialect: (code, tsx) => lintJsxA11y(code, { tsx }),
};

export const VUE: Analyser = {
  label: 'eslint-plugin-vuejs-accessibility (recommended rules)',
  prefix: 'vuejs-accessibility/',
  map: VUE_A11Y_AXE,
  covered: prefixed('vuejs-accessibility/', vueJson.covers),
  lint: lintVueA11y,
};

export const SVELTE: Analyser = {
  label: "Svelte's compiler (its a11y warnings)",
  prefix: 'svelte/',
  map: SVELTE_AXE,
  covered: prefixed('svelte/', svelteJson.covers),
  lint: lintSvelteA11y,
};

export const ANGULAR: Analyser = {
  label: "@angular-eslint/eslint-plugin-template's accessibility rules",
  prefix: 'angular-template/',
  map: ANGULAR_AXE,
  covered: prefixed('angular-template/', angularJson.covers),
  lint: lintAngularComponentA11y,
};

/** axe-core itself on a DOM (happy-dom), the rules that need no layout; asynchronous. */
export const HTML: Analyser = {
  label: 'axe-core (the rules that need no layout)',
  prefix: 'axe/',
  map: HTML_AXE,
  covered: prefixed('axe/', htmlJson.covers),
  lint: lintHtmlA11y,
};

export const ANALYSERS: readonly Analyser[] = [JSX, VUE, SVELTE, ANGULAR, HTML];

/** The analyser for code of `framework` in `file` other than JSX/TSX (jsxDialect decides that), if one exists. */
export function analyserFor(framework: Framework, file: string | undefined): Analyser | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file ?? '')?.[1]?.toLowerCase();
  if (ext === 'vue' || (framework === 'vue' && ext === undefined)) return VUE;
  if (ext === 'svelte' || (framework === 'svelte' && ext === undefined)) return SVELTE;
  if (framework === 'angular' && (ext === 'ts' || ext === undefined)) return ANGULAR;
  if (ext === 'html' || ext === 'htm' || (framework === 'html' && ext === undefined)) return HTML;
  return undefined;
}
