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
