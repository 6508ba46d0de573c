import { compile } from 'svelte/compiler';
import { elementAt, loadAxeMap } from './axeMap';
import { PREFIXES, type A11yFinding, type A11yLint } from './finding';
import axeJson from './svelte.axe.json';

const PREFIX = PREFIXES.svelte;
/** Each a11y_* warning's axe-core counterpart or judged impact (svelte.axe.json). */
export const SVELTE_AXE = loadAxeMap(axeJson, 'svelte');

interface SvelteDiagnostic {
  code?: string;
  message: string;
  start?: { line: number; column: number; character: number };
}

/** Keeps every offset: a style body becomes spaces (newlines kept), so `lang="scss"` cannot fail the a11y pass. */
function blankStyles(code: string): string {
  return code.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/g, (_m, open: string, body: string, close: string) => open + body.replace(/[^\r\n]/g, ' ') + close);
}

/** The score judges the code, not its author's suppressions: `svelte-ignore` comments stop working (same length). */
function dropIgnores(code: string): string {
  return code.replace(/(<!--\s*)svelte-ignore(?=\s)/g, '$1svelte_ignore');
}

function firstLine(message: string): string {
  // Svelte's messages end with a link to the warning's page after a newline
  return message.split('\n')[0] ?? message;
}

/**
 * The static-element-interactions warnings for drag and drop handlers alone: jsx-a11y's and
 * vuejs-accessibility's recommended rules check click, mouse and key handlers only (a drop zone
 * offers its keyboard path through a real button or input, which those rules then check).
 */
function dragOnly(w: SvelteDiagnostic): boolean {
  if (w.code !== 'a11y_no_static_element_interactions' && w.code !== 'a11y_no_noninteractive_element_interactions') return false;
  const handlers = /with an? ((?:[a-z]+(?:, | or )?)+) handlers?/.exec(firstLine(w.message))?.[1]?.split(/, | or /) ?? [];
  return handlers.length > 0 && handlers.every((h) => /^(?:drag\w*|drop)$/.test(h));
}

/**
 * Svelte's compiler's own accessibility warnings over one .svelte source (`compile` with `generate: false`:
 * parse and analyse, no code generated). Lines and columns are 1-based in `code`. Never throws.
 */
export function lintSvelteA11y(code: string): A11yLint {
  let warnings: SvelteDiagnostic[];
  try {
    warnings = compile(dropIgnores(blankStyles(code)), { filename: 'Component.svelte', generate: false }).warnings;
  } catch (e) {
    const d = e as Partial<SvelteDiagnostic>;
    // the compiler's own errors carry a code and a position; anything else is the analyser failing
    if (typeof d.code === 'string' && d.start) return { findings: [], parseError: `${firstLine(d.message ?? '')} (${d.start.line}:${d.start.column + 1})` };
    return { findings: [], error: e instanceof Error ? e.message : String(e) };
  }
  const findings: A11yFinding[] = [];
  for (const w of warnings) {
    if (!w.code?.startsWith('a11y') || dragOnly(w)) continue;
    const start = w.start ?? { line: 1, column: 0, character: 0 };
    findings.push({
      ruleId: PREFIX + w.code,
      message: firstLine(w.message),
      line: start.line,
      // Svelte's columns are 0-based
      column: start.column + 1,
      // the same defect costs the same in every framework: jsx-a11y's recommended rules are errors
      severity: 'error',
      helpUrl: /\n(https:\/\/\S+)/.exec(w.message)?.[1] ?? `https://svelte.dev/e/${w.code}`,
      ...SVELTE_AXE.lookup(w.code, [elementAt(code, start.character)]),
    });
  }
  return { findings };
}
