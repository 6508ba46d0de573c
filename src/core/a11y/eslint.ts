import type { Linter as LinterTypes } from 'eslint';
import type { Linter } from 'eslint/universal';
import type { AxeFields } from './axeMap';
import type { A11yFinding } from './finding';

/** What the ESLint-based analysers (jsx-a11y, vuejs-accessibility, Angular's template rules) share. */

/** ESLint's messages for one source, or why there are none: a rule that crashes on odd input is reported, never thrown. */
export function verify(linter: Linter, code: string, config: LinterTypes.Config[], filename: string): { messages: LinterTypes.LintMessage[] } | { error: string } {
  try {
    return { messages: linter.verify(code, config, { filename }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** A parse failure among the messages, as `message (line:column)`. */
export function fatalOf(messages: readonly LinterTypes.LintMessage[]): string | undefined {
  const fatal = messages.find((m) => m.fatal);
  return fatal && `${fatal.message} (${fatal.line}:${fatal.column})`;
}

/** The analyser's own messages (ruleId null is ESLint's own note, e.g. an ignored eslint-disable comment). */
export function ownMessages(messages: readonly LinterTypes.LintMessage[], prefix: string): (LinterTypes.LintMessage & { ruleId: string })[] {
  return messages.filter((m): m is LinterTypes.LintMessage & { ruleId: string } => m.ruleId?.startsWith(prefix) ?? false);
}

/** One message as a finding: ESLint's own 1-based line and column, its rule's docs, its axe-core fields. */
export function eslintFinding(m: LinterTypes.LintMessage & { ruleId: string }, helpUrl: string, fields: AxeFields): A11yFinding {
  return { ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, severity: m.severity === 2 ? 'error' : 'warning', helpUrl, ...fields };
}

/**
 * The start tag a message points at, from its 1-based line and column up to its closing `>`, skipping `>`
 * inside quotes and `{…}` (a JSX arrow function, a Vue expression).
 */
export function startTagAt(lines: readonly string[], m: Pick<LinterTypes.LintMessage, 'line' | 'column'>): string {
  const text = lines.slice(m.line - 1, m.line + 20).join('\n').slice(m.column - 1);
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** The event handlers a start tag binds (JSX onKeyDown, Vue @keydown / v-on:keydown), lower-cased: keydown, click… */
function handlersOf(tag: string): string[] {
  return [...tag.matchAll(/(?:@|v-on:|\bon)([A-Za-z]+)(?=[\s.=])/g)].map((h) => h[1]!.toLowerCase());
}

/**
 * A container whose only handlers are keyboard ones (Escape to close a menu, arrow keys across its items)
 * catches the keys of the focusable controls inside it: event delegation, which keyboard users reach through
 * those controls, and which axe-core reports nothing for. jsx-a11y's and vuejs-accessibility's
 * no-static-element-interactions / no-noninteractive-element-interactions flag it as if it were a click
 * handler without a keyboard one; both analysers leave that out. A click or mouse handler keeps the finding.
 */
export function keyboardDelegation(rule: string, tag: string): boolean {
  if (rule !== 'no-static-element-interactions' && rule !== 'no-noninteractive-element-interactions') return false;
  const handlers = handlersOf(tag);
  return handlers.length > 0 && handlers.every((h) => h.startsWith('key'));
}
