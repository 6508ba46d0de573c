/** One run's checks: each file's components extracted, scored with the analysers, and their findings placed on file lines. */
// The CLI is its own bundle (dist/cli), like the analysis worker, so it loads the parsers and ESLint itself.
import * as path from 'node:path';
import { inProcessScore, siblingReader, type ReadSibling } from '../core/a11y/index';
import { extractComponents, type ExtractResult } from '../core/extract/index';
import type { Framework } from '../core/frameworks';
import type { Violation } from '../core/protocol/score';
import type { CalibratedScore } from '../core/quality/calibrate';
import { displayPath, readSource } from './files';

export type Level = 'error' | 'warning' | 'note';

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  /** '/'-separated, relative to the working directory. */
  file: string;
  /** 1-based, in the file. */
  line: number;
  column: number;
  /** The rule's documentation, when the finding names one. */
  helpUri?: string;
  /** The component it was found in; absent for a file-level finding (parse-error). */
  component?: string;
}

export interface ComponentResult {
  file: string;
  name: string;
  framework: Framework;
  line: number;
  column: number;
  score: number;
  passed: boolean;
  /** What drives the score, for a person: the capping finding, else the weakest factors. */
  drivenBy: string;
}

export interface Skipped {
  file: string;
  reason: string;
  /** An Angular template is not skipped unchecked: the component that names it (templateUrl) checked it. */
  checkedWith?: string;
}

export interface CheckResult {
  min: number;
  /** Files read and checked (parse errors included). */
  files: number;
  components: ComponentResult[];
  findings: Finding[];
  skipped: Skipped[];
  /** Files with a parse-error finding: they fail the gate. */
  unparsable: string[];
}

export const PARSE_ERROR = 'parse-error';
const LEVEL: Record<Violation['severity'], Level> = { error: 'error', warning: 'warning', info: 'note' };

const f1 = (n: number): string => n.toFixed(1);

/** "capped by a serious finding: … (line N)", else the two weakest factors that lost points; `startLine` (0-based) maps the driver's line into the file. */
function describeDrivers(score: CalibratedScore, startLine = 0): string {
  const d = score.driver;
  if (d && d.uncapped > score.score) {
    const at = d.line !== null ? ` (line ${startLine + d.line})` : '';
    return `capped by a ${d.impact} finding: ${d.label}${at}; ${f1(d.uncapped)} before the cap`;
  }
  const weak = Object.entries(score.factors)
    .filter(([, f]) => f.score < 10)
    .sort((a, b) => a[1].score - b[1].score || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([id, f]) => `${id} ${f1(f.score)}`);
  return weak.length > 0 ? `weakest: ${weak.join(', ')}` : 'no factor lost points';
}

/** `file:line:column: message` (extraction's errors) → the line and column, when they are there. */
function parseErrorAt(error: string, file: string): { line: number; column: number; message: string } {
  const rest = error.startsWith(`${file}:`) ? error.slice(file.length + 1) : error;
  const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(rest);
  return m ? { line: Number(m[1]), column: Number(m[2]), message: m[3]! } : { line: 1, column: 1, message: rest.replace(/^\s+/, '') };
}

function helpUri(v: Violation): string | undefined {
  if (v.reference?.url) return v.reference.url;
  return /^https?:\/\/\S+$/.test(v.hint) ? v.hint : undefined;
}

type Text = { text: string } | { skipped: string };

/**
 * The Angular templates the run's components name (templateUrl), by absolute path → the component's file: each
 * is checked through its component, with Angular's template rules, never again as a page of plain HTML.
 */
function templatesNamed(files: readonly string[], cwd: string, read: (abs: string) => Text, extracted: Map<string, ExtractResult>): Map<string, string> {
  const named = new Map<string, string>();
  for (const abs of files) {
    if (!abs.endsWith('.ts')) continue;
    const source = read(abs);
    if (!('text' in source) || !source.text.includes('templateUrl')) continue;
    const result = extractComponents(displayPath(abs, cwd), source.text);
    extracted.set(abs, result);
    for (const c of result.components) if (c.template?.kind === 'url') named.set(path.resolve(path.dirname(abs), c.template.path), abs);
  }
  return named;
}

/** Checks every file: skipped ones are listed, a parse error is a finding, each component is scored against `min`. */
export async function checkFiles(files: readonly string[], cwd: string, min: number): Promise<CheckResult> {
  const result: CheckResult = { min, files: 0, components: [], findings: [], skipped: [], unparsable: [] };
  const texts = new Map<string, Text>();
  const read = (abs: string): Text => texts.get(abs) ?? texts.set(abs, readSource(abs)).get(abs)!;
  const extracted = new Map<string, ExtractResult>();
  const templates = templatesNamed(files, cwd, read, extracted);
  const readText = (abs: string) => {
    const s = read(abs);
    return 'text' in s ? s.text : undefined;
  };
  // one file at a time, in order: the report's order is the files' (the analysers are CPU-bound anyway)
  for (const abs of files) {
    const file = displayPath(abs, cwd);
    const owner = templates.get(abs);
    if (owner !== undefined) {
      const component = displayPath(owner, cwd);
      result.skipped.push({ file, reason: `the Angular template of ${component}: checked with that component`, checkedWith: component });
      continue;
    }
    const source = read(abs);
    texts.delete(abs);
    if ('skipped' in source) result.skipped.push({ file, reason: source.skipped });
    else await checkText(file, source.text, min, result, { extracted: extracted.get(abs), readSibling: siblingReader(abs, readText) });
  }
  return result;
}

async function checkText(
  file: string,
  text: string,
  min: number,
  out: CheckResult,
  opts: { extracted?: ExtractResult; readSibling?: ReadSibling },
): Promise<void> {
  out.files++;
  const { components, errors } = opts.extracted ?? extractComponents(file, text);
  for (const e of errors) {
    const at = parseErrorAt(e, file);
    out.findings.push({ ruleId: PARSE_ERROR, level: 'error', message: `Does not parse: ${at.message}`, file, line: at.line, column: at.column });
  }
  if (errors.length > 0) out.unparsable.push(file);
  for (const c of components) {
    const score = await inProcessScore(c.code, c.framework, file, opts.readSibling);
    const line = c.range.start.line + 1;
    const column = c.range.start.character + 1;
    out.components.push({ file, name: c.name, framework: c.framework, line, column, score: score.score, passed: score.score >= min, drivenBy: describeDrivers(score, c.range.start.line) });
    for (const v of score.violations) {
      // a violation's line is 1-based within the component's code, which starts at range.start
      const at = v.line === null ? { line, column } : { line: c.range.start.line + v.line, column: v.line === 1 ? column : 1 };
      const uri = helpUri(v);
      out.findings.push({ ruleId: v.rule, level: LEVEL[v.severity], message: v.message, file, ...at, ...(uri ? { helpUri: uri } : {}), component: c.name });
    }
  }
}

/** 0: every component reaches `min` and every file parses; 1: not. (2 and 3 are decided before checking.) */
export function gateExitCode(r: CheckResult): 0 | 1 {
  return r.unparsable.length > 0 || r.components.some((c) => !c.passed) ? 1 : 0;
}
