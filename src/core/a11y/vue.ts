import * as tsParser from '@typescript-eslint/parser';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint/universal';
// The plugin's rules one by one, not its index: the index also loads its legacy config, whose
// `require.resolve('vue-eslint-parser')` runs on load and fails in the .vsix (no node_modules there).
import { rules as recommendedRules } from 'eslint-plugin-vuejs-accessibility/dist/configs/rules';
import altText from 'eslint-plugin-vuejs-accessibility/dist/rules/alt-text';
import anchorHasContent from 'eslint-plugin-vuejs-accessibility/dist/rules/anchor-has-content';
import ariaProps from 'eslint-plugin-vuejs-accessibility/dist/rules/aria-props';
import ariaRole from 'eslint-plugin-vuejs-accessibility/dist/rules/aria-role';
import ariaUnsupportedElements from 'eslint-plugin-vuejs-accessibility/dist/rules/aria-unsupported-elements';
import clickEventsHaveKeyEvents from 'eslint-plugin-vuejs-accessibility/dist/rules/click-events-have-key-events';
import formControlHasLabel from 'eslint-plugin-vuejs-accessibility/dist/rules/form-control-has-label';
import headingHasContent from 'eslint-plugin-vuejs-accessibility/dist/rules/heading-has-content';
import iframeHasTitle from 'eslint-plugin-vuejs-accessibility/dist/rules/iframe-has-title';
import interactiveSupportsFocus from 'eslint-plugin-vuejs-accessibility/dist/rules/interactive-supports-focus';
import labelHasFor from 'eslint-plugin-vuejs-accessibility/dist/rules/label-has-for';
import mediaHasCaption from 'eslint-plugin-vuejs-accessibility/dist/rules/media-has-caption';
import mouseEventsHaveKeyEvents from 'eslint-plugin-vuejs-accessibility/dist/rules/mouse-events-have-key-events';
import noAccessKey from 'eslint-plugin-vuejs-accessibility/dist/rules/no-access-key';
import noAutofocus from 'eslint-plugin-vuejs-accessibility/dist/rules/no-autofocus';
import noDistractingElements from 'eslint-plugin-vuejs-accessibility/dist/rules/no-distracting-elements';
import noRedundantRoles from 'eslint-plugin-vuejs-accessibility/dist/rules/no-redundant-roles';
import noStaticElementInteractions from 'eslint-plugin-vuejs-accessibility/dist/rules/no-static-element-interactions';
import roleHasRequiredAriaProps from 'eslint-plugin-vuejs-accessibility/dist/rules/role-has-required-aria-props';
import tabindexNoPositive from 'eslint-plugin-vuejs-accessibility/dist/rules/tabindex-no-positive';
import * as vueParser from 'vue-eslint-parser';
import { elementAt, loadAxeMap } from './axeMap';
import { eslintFinding, fatalOf, keyboardDelegation, ownMessages, startTagAt, verify } from './eslint';
import { PREFIXES, type A11yLint } from './finding';
import axeJson from './vue.axe.json';

export type { A11yFinding, A11yLint } from './finding';

const PREFIX = PREFIXES.vue;

/** The plugin's recommended rules (configs/rules: the set its flat/recommended config turns on). */
export const VUE_A11Y_RULES: Readonly<Record<string, Rule.RuleModule>> = {
  'alt-text': altText,
  'anchor-has-content': anchorHasContent,
  'aria-props': ariaProps,
  'aria-role': ariaRole,
  'aria-unsupported-elements': ariaUnsupportedElements,
  'click-events-have-key-events': clickEventsHaveKeyEvents,
  'form-control-has-label': formControlHasLabel,
  'heading-has-content': headingHasContent,
  'iframe-has-title': iframeHasTitle,
  'interactive-supports-focus': interactiveSupportsFocus,
  'label-has-for': labelHasFor,
  'media-has-caption': mediaHasCaption,
  'mouse-events-have-key-events': mouseEventsHaveKeyEvents,
  'no-access-key': noAccessKey,
  'no-autofocus': noAutofocus,
  'no-distracting-elements': noDistractingElements,
  'no-redundant-roles': noRedundantRoles,
  'no-static-element-interactions': noStaticElementInteractions,
  'role-has-required-aria-props': roleHasRequiredAriaProps,
  'tabindex-no-positive': tabindexNoPositive,
};

/** Each rule's axe-core counterpart or judged impact (vue.axe.json). */
export const VUE_A11Y_AXE = loadAxeMap(axeJson, 'vue');

const CONFIG: LinterTypes.Config[] = [
  {
    name: 'siza/vuejs-accessibility',
    files: ['**/*.vue'],
    plugins: { 'vuejs-accessibility': { rules: VUE_A11Y_RULES } },
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parser: vueParser,
      // <script> and template expressions: TypeScript's parser reads JS and TS alike (<script setup lang="ts">)
      parserOptions: { parser: tsParser, warnOnUnsupportedTypeScriptVersion: false },
    },
    // The score judges the code, not its author's suppressions: `eslint-disable` comments are ignored.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    rules: {
      ...recommendedRules,
      // The default demands both nesting and for=; either one associates a label (the rule's documented option).
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
    },
  },
];

/** The template's HTML and expression errors: vue-eslint-parser records them instead of failing the parse. */
interface TemplateError {
  message: string;
  lineNumber: number;
  /** 0-based, as ESLint's parsers count. */
  column: number;
  /** The HTML spec's parse-error code; none for a template expression's syntax error. */
  code?: string;
}
interface VueAst {
  templateBody?: { errors?: TemplateError[] } | null;
}

let linter: Linter | undefined;

function helpUrl(ruleId: string): string {
  const rule = VUE_A11Y_RULES[ruleId.slice(PREFIX.length)];
  return rule?.meta?.docs?.url ?? 'https://vue-a11y.github.io/eslint-plugin-vuejs-accessibility/rule-overview/';
}

function templateBody(l: Linter): VueAst['templateBody'] {
  return (l.getSourceCode()?.ast as VueAst | undefined)?.templateBody;
}

/** Off as in eslint-plugin-vue's no-parsing-error: Vue supports `<div />`, the HTML spec does not. */
const VUE_ALLOWS = new Set(['non-void-html-element-start-tag-with-trailing-solidus']);

function templateError(l: Linter): string | undefined {
  const e = templateBody(l)?.errors?.find((x) => x.code === undefined || !VUE_ALLOWS.has(x.code));
  return e ? `${e.message} (${e.lineNumber}:${e.column + 1})` : undefined;
}

/**
 * Where the plugin departs from jsx-a11y's recommended semantics (the same component should pass in Vue as
 * in React), its finding on that element is not one: form-control-has-label also demands a label on
 * <output>, a status live region that needs none (axe-core's label rule checks input, select and textarea);
 * no-static-element-interactions flags a <dialog>'s key handler (Escape to close), which jsx-a11y allows.
 */
const NOT_FINDINGS: Readonly<Record<string, string>> = { 'form-control-has-label': 'output', 'no-static-element-interactions': 'dialog' };

/**
 * mouse-events-have-key-events also flags @mouseenter/@mouseleave; jsx-a11y's recommended config checks
 * only mouseover/mouseout, the handlers a wrapper uses to act on its own content. Kept to those, so the
 * same Tooltip passes in Vue as in React (its button has the focus handler).
 */
function enterLeaveOnly(rule: string, tag: string): boolean {
  return rule === 'mouse-events-have-key-events' && !/(?:@|v-on:)mouse(?:over|out)\b/.test(tag);
}

function departs(m: LinterTypes.LintMessage & { ruleId: string }, lines: readonly string[]): boolean {
  const rule = m.ruleId.slice(PREFIX.length);
  const tag = startTagAt(lines, m);
  const element = NOT_FINDINGS[rule];
  return (element !== undefined && elementAt(tag, 0) === element) || enterLeaveOnly(rule, tag) || keyboardDelegation(rule, tag);
}

/** A template in another language (pug): vue-eslint-parser leaves it out, so nothing was checked. */
const FOREIGN_TEMPLATE = /<template\b[^>]*\slang\s*=\s*["']?(?!html\b)[\w-]+/i;

/**
 * eslint-plugin-vuejs-accessibility's recommended rules over one Vue SFC, through vue-eslint-parser and ESLint's
 * `Linter` (no files, no config lookup): the `<template>` is checked, `<script>` (TS or JS) only has to parse.
 * Lines and columns are the SFC's own, 1-based.
 */
export function lintVueA11y(code: string): A11yLint {
  linter ??= new Linter();
  const run = verify(linter, code, CONFIG, 'component.vue');
  if ('error' in run) return { findings: [], error: run.error };
  const parseError = fatalOf(run.messages);
  if (parseError) return { findings: [], parseError };
  const templateFailed = templateError(linter);
  if (templateFailed !== undefined) return { findings: [], parseError: `Template: ${templateFailed}` };
  if (!templateBody(linter) && FOREIGN_TEMPLATE.test(code)) return { findings: [], error: 'the <template> is not HTML (lang=…): not analysed' };
  const lines = code.split(/\r\n|\r|\n/);
  const findings = ownMessages(run.messages, PREFIX)
    .filter((m) => !departs(m, lines))
    .map((m) => eslintFinding(m, helpUrl(m.ruleId), VUE_A11Y_AXE.lookup(m.ruleId.slice(PREFIX.length))));
  return { findings };
}
