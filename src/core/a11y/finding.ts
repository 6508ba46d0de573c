/**
 * What every accessibility analyser gives (jsx-a11y, vuejs-accessibility, Svelte's compiler, Angular's
 * template rules, axe-core on a DOM): findings in the scored code's own 1-based lines and columns, each
 * mapped to the axe-core rule that checks the same thing where one does. Never thrown: a source that
 * does not parse is reported as `parseError`, a crashing analyser as `error`.
 */

/** Each analyser's rule-id prefix, declared once (analysers.ts, merge.ts and the calibration read them). */
export const PREFIXES = { jsx: 'jsx-a11y/', vue: 'vuejs-accessibility/', svelte: 'svelte/', angular: 'angular-template/', html: 'axe/' } as const;

/** Whether a violation's rule is an analyser's finding (not a heuristic pattern). */
export function isAnalyserRule(rule: string): boolean {
  return Object.values(PREFIXES).some((p) => rule.startsWith(p));
}

/**
 * Reads a file a component names beside itself (an Angular `templateUrl`), by the path as written there;
 * undefined when it cannot be read. src/core does no I/O: the worker and the CLI pass one in.
 */
export type ReadSibling = (relativePath: string) => string | undefined;

/** What an analyser may be given besides the code. */
export interface LintContext {
  readSibling?: ReadSibling;
}

/** axe-core's impact levels, lowest first. */
export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface AxeRef {
  /** The axe-core rule id, e.g. `image-alt`. */
  id: string;
  impact: Impact;
  /** axe-core's one-line help, e.g. "Images must have alternative text". */
  help: string;
  /** Deque's page for the rule (axe-core's own helpUrl). */
  helpUrl: string;
}

export interface A11yFinding {
  /** `<analyser>/<rule>`: `jsx-a11y/alt-text`, `vuejs-accessibility/alt-text`, `svelte/a11y_missing_attribute`, `angular-template/alt-text`, `axe/image-alt`. */
  ruleId: string;
  message: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** The analyser's documentation of the rule. */
  helpUrl: string;
  /** The axe-core rule checking the same thing, when there is one. */
  axe?: AxeRef;
  /** Without an axe-core counterpart: the impact the analyser's map (`<name>.axe.json`) gives the rule. */
  impact?: Impact;
}

/** What an analyser gave: findings, or none and why. */
export interface A11yLint {
  findings: A11yFinding[];
  parseError?: string;
  error?: string;
}
