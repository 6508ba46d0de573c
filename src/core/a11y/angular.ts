import angularTemplate from '@angular-eslint/eslint-plugin-template';
import * as templateParser from '@angular-eslint/template-parser';
import type { ESLint, Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint/universal';
import ts from 'typescript';
import { calleeName, parseScript, property } from '../extract/script';
import { LineIndex } from '../extract/types';
import { elementAt, loadAxeMap } from './axeMap';
import { eslintFinding, ownMessages, verify } from './eslint';
import angularAxeJson from './angular.axe.json';
import { PREFIXES, type A11yFinding, type A11yLint, type ReadSibling } from './finding';

const PREFIX = PREFIXES.angular;
/** Each rule's axe-core counterpart or judged impact (angular.axe.json); its rules are the ones run. */
export const ANGULAR_AXE = loadAxeMap(angularAxeJson, 'angular');
/** The plugin's accessibility rules: the map's keys without their `:element` / `:messageId` refinements. */
export const ANGULAR_A11Y_RULES: readonly string[] = [...new Set(ANGULAR_AXE.rules.map((k) => k.split(':')[0]!))];

// the plugin is typed with @typescript-eslint's RuleModule, which ESLint's own Plugin type does not accept as is
const plugin = angularTemplate as unknown as ESLint.Plugin;

const CONFIG: LinterTypes.Config[] = [
  {
    name: 'siza/angular-template-a11y',
    files: ['**/*.html'],
    plugins: { 'angular-template': plugin },
    languageOptions: { parser: templateParser as unknown as LinterTypes.Parser },
    // The score judges the code, not its author's suppressions: `eslint-disable` comments are ignored.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    rules: Object.fromEntries(ANGULAR_A11Y_RULES.map((r) => [PREFIX + r, 'error' as const])),
  },
];

let linter: Linter | undefined;

/** A finding in the template's own coordinates, with its offset there (to map it into the component's file). */
export interface TemplateFinding extends A11yFinding {
  offset: number;
}

function helpUrl(rule: string): string {
  return plugin.rules?.[rule]?.meta?.docs?.url ?? 'https://github.com/angular-eslint/angular-eslint/tree/main/packages/eslint-plugin-template#rules';
}

/** Offsets of each 1-based line's start in `text`, as ESLint counts lines. */
function lineStarts(text: string): number[] {
  const starts = [0, 0];
  for (const m of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) starts.push(m.index + m[0].length);
  return starts;
}

export interface TemplateLint {
  findings: TemplateFinding[];
  /** The parser's message and where, in the template's 1-based lines and columns and as an offset. */
  parseError?: { message: string; line: number; column: number; offset: number };
  error?: string;
}

/** The template's findings in its own 1-based lines and columns; a parse failure or a crash as in `A11yLint`. */
export function lintTemplateFindings(template: string): TemplateLint {
  linter ??= new Linter();
  const run = verify(linter, template, CONFIG, 'component.html');
  if ('error' in run) return { findings: [], error: run.error };
  const starts = lineStarts(template);
  const offsetOf = (line: number, column: number) => Math.min((starts[line] ?? template.length) + column - 1, template.length);
  const fatal = run.messages.find((m) => m.fatal);
  if (fatal) return { findings: [], parseError: { message: fatal.message, line: fatal.line, column: fatal.column, offset: offsetOf(fatal.line, fatal.column) } };
  const findings = ownMessages(run.messages, PREFIX).map((m): TemplateFinding => {
    const rule = m.ruleId.slice(PREFIX.length);
    const offset = offsetOf(m.line, m.column);
    // element-level reports start at `<element`: their element says which axe-core rule applies
    return { ...eslintFinding(m, helpUrl(rule), ANGULAR_AXE.lookup(rule, [m.messageId, elementAt(template, offset)])), offset };
  });
  return { findings };
}

/**
 * @angular-eslint/eslint-plugin-template's accessibility rules over one Angular template, through ESLint's
 * `Linter` with @angular-eslint/template-parser. `lineOffset`: the lines before the template's first line in
 * the file; `columnOffset`: the 0-based column its first line starts at (both 0 for a templateUrl file).
 */
export function lintAngularTemplateA11y(template: string, opts: { lineOffset?: number; columnOffset?: number } = {}): A11yLint {
  const { lineOffset = 0, columnOffset = 0 } = opts;
  const move = (line: number, column: number) => ({ line: line + lineOffset, column: line === 1 ? column + columnOffset : column });
  const r = lintTemplateFindings(template);
  if (r.error !== undefined) return { findings: [], error: r.error };
  if (r.parseError) {
    const at = move(r.parseError.line, r.parseError.column);
    return { findings: [], parseError: `${r.parseError.message} (${at.line}:${at.column})` };
  }
  return { findings: r.findings.map(({ offset: _offset, ...f }) => ({ ...f, ...move(f.line, f.column) })) };
}

/**
 * For each UTF-16 unit of a literal's value (and one past its end), its offset in the literal's source text
 * (between the quotes): JavaScript escapes and a template literal's CRLF make the two differ.
 */
function sourceOffsets(raw: string, cooked: string, template: boolean): number[] {
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const at = i;
    let units = 1;
    if (raw[i] === '\\') {
      const esc = /^\\(?:u\{([0-9A-Fa-f]+)\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[0-3][0-7]{0,2}|[4-7][0-7]?|\r\n|[\s\S])/.exec(raw.slice(i))![0];
      i += esc.length;
      const braced = /^\\u\{([0-9A-Fa-f]+)\}$/.exec(esc);
      // a line continuation yields nothing, a code point beyond the BMP two units
      units = /^\\(?:\r\n|[\r\n\u2028\u2029])$/.test(esc) ? 0 : braced && parseInt(braced[1]!, 16) > 0xffff ? 2 : 1;
    } else if (template && raw.startsWith('\r\n', i)) i += 2;
    else i += 1;
    for (let u = 0; u < units; u++) map.push(at);
  }
  map.push(raw.length);
  // the decoding above is a model of the scanner's: where it disagrees, offsets are taken as they are
  return map.length === cooked.length + 1 ? map : Array.from({ length: cooked.length + 1 }, (_, k) => Math.min(k, raw.length));
}

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;

/** The inline `template` and the `templateUrl` of each `@Component({…})` (also `@ng.Component`). */
function componentTemplates(sf: ts.SourceFile): { literals: Literal[]; urls: Literal[] } {
  const literals: Literal[] = [];
  const urls: Literal[] = [];
  const isLiteral = (n: ts.Node | undefined): n is Literal => n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node)) {
      for (const d of ts.getDecorators(node) ?? []) {
        const call = d.expression;
        const meta = ts.isCallExpression(call) && calleeName(call) === 'Component' ? call.arguments[0] : undefined;
        if (!meta || !ts.isObjectLiteralExpression(meta)) continue;
        const t = property(meta, 'template');
        const url = property(meta, 'templateUrl');
        if (isLiteral(t)) literals.push(t);
        else if (isLiteral(url)) urls.push(url);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, urls };
}

/**
 * The accessibility rules over every template of an Angular component's .ts source, in that source's 1-based
 * lines and columns. An inline template's findings sit where they are in it; a `templateUrl` file, read with
 * `readSibling`, has its findings placed on the templateUrl's line, each naming its file and line there. A
 * templateUrl that cannot be read (no reader, a missing file; sibling.ts reads .html only) is the lint's `error` when nothing
 * else was linted: the score then says the analyser did not run, rather than that the template is clean.
 */
export function lintAngularComponentA11y(code: string, readSibling?: ReadSibling): A11yLint {
  try {
    const sf = parseScript('component.ts', code, ts.ScriptKind.TS);
    const syntax = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics?.[0];
    const lines = new LineIndex(code);
    if (syntax) {
      const p = lines.position(syntax.start ?? 0);
      return { findings: [], parseError: `${ts.flattenDiagnosticMessageText(syntax.messageText, ' ')} (${p.line + 1}:${p.character + 1})` };
    }
    const { literals, urls } = componentTemplates(sf);
    const findings: A11yFinding[] = [];
    for (const literal of literals) {
      const start = literal.getStart(sf) + 1; // after the opening quote
      const raw = code.slice(start, literal.getEnd() - 1);
      const offsets = sourceOffsets(raw, literal.text, ts.isNoSubstitutionTemplateLiteral(literal));
      // a template offset → the file's 1-based line and column
      const at = (offset: number) => {
        const p = lines.position(start + offsets[offset]!);
        return { line: p.line + 1, column: p.character + 1 };
      };
      const r = lintTemplateFindings(literal.text);
      if (r.error !== undefined) return { findings: [], error: r.error };
      if (r.parseError) {
        const p = at(r.parseError.offset);
        return { findings: [], parseError: `${r.parseError.message} (${p.line}:${p.column})` };
      }
      for (const { offset, ...f } of r.findings) findings.push({ ...f, ...at(offset) });
    }
    const unread: string[] = [];
    for (const url of urls) {
      const text = readSibling?.(url.text);
      if (text === undefined) {
        unread.push(url.text);
        continue;
      }
      const p = lines.position(url.getStart(sf));
      const here = { line: p.line + 1, column: p.character + 1 };
      const r = lintTemplateFindings(text);
      if (r.error !== undefined) return { findings: [], error: r.error };
      if (r.parseError) return { findings: [], parseError: `${r.parseError.message} (${url.text} ${r.parseError.line}:${r.parseError.column})` };
      findings.push(...r.findings.map(({ offset: _offset, ...f }) => ({ ...f, message: `${f.message} (${url.text}, line ${f.line})`, ...here })));
    }
    if (literals.length === 0 && unread.length === urls.length) {
      return { findings: [], error: urls.length > 0 ? `templateUrl not read: ${unread.join(', ')}` : 'no inline Angular template' };
    }
    return { findings };
  } catch (e) {
    return { findings: [], error: e instanceof Error ? e.message : String(e) };
  }
}
