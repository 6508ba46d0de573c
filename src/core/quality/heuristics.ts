import type { Framework } from '../frameworks';
import type { Violation } from '../protocol/score';
import { hasNonSpace, oneUnitPerCodePoint, pyMax, pyMin, pyRound, pySum } from '../pycompat/builtins';
import { compilePattern } from '../pycompat/pattern';
import { axeReferences } from './references';
import type { Rule, RuleSet } from './ruleset';
import type { Severity } from './schema';
import { adherence, confidence, detectFramework } from './signals';

/** The rule-based scorer (python/siza_ml/services/scoring/heuristics.py), step for step. */
export interface FactorResult {
  score: number;
  weight: number;
  explanation: string;
}

export interface HeuristicResult {
  score: number;
  confidence: number;
  framework: Framework;
  factors: Record<string, FactorResult>;
  violations: Violation[];
}

/** 1-based line of a position: one more than the newlines before it (bisect_right over line starts). */
function lineOf(newlines: readonly number[], pos: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newlines[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function gateOpen(rule: Rule, text: string): boolean {
  if (rule.when) {
    const matches = rule.when.finditer(text);
    let count = 0;
    while (count < rule.whenMinCount && !matches.next().done) count++;
    if (count < rule.whenMinCount) return false;
  }
  return !rule.unlessCode.some((p) => p.search(text));
}

const PLAIN_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Whether the id the match declares is referred to elsewhere in the code (a label's for=). */
function referenced(rule: Rule, matched: string, text: string): boolean {
  if (!rule.unlessReferenced) return false;
  const id = rule.unlessReferenced.capture.search(matched)?.[1];
  if (id === undefined || !PLAIN_ID.test(id)) return false;
  const { regex, flags } = rule.unlessReferenced.ref;
  return compilePattern({ regex: regex.replace('@ID@', id), flags }).search(text) !== null;
}

/** Lines of every violation of one rule (one null for an 'absent' rule that fires). */
function hits(rule: Rule, text: string, newlines: readonly number[]): (number | null)[] {
  if (!gateOpen(rule, text)) return [];
  if (rule.kind === 'absent') return rule.pattern.search(text) ? [] : [null];
  const lines: (number | null)[] = [];
  for (const m of rule.pattern.finditer(text)) {
    const matched = m[0];
    if (rule.require.every((r) => r.search(matched)) && !rule.unless.some((u) => u.search(matched)) && !referenced(rule, matched, text)) {
      lines.push(lineOf(newlines, m.index));
    }
  }
  return lines;
}

/** What a rule with `count` violations costs its factor. */
export function penalty(severity: Severity, count: number, rs: RuleSet): number {
  const cfg = rs.scoring;
  const counted = Math.min(count, cfg.max_counted_matches);
  return cfg.severity_penalty[severity] * (1 + cfg.repeat_factor * (counted - 1));
}

/** A factor's explanation: its reported violations' distinct messages (exported for src/core/a11y's merge). */
export function explain(violations: readonly Violation[], extra = ''): string {
  if (violations.length === 0) return extra || 'No issues found.';
  const messages = [...new Set(violations.map((v) => v.message))];
  const more = messages.length > 3 ? ` (+${messages.length - 3} more)` : '';
  const text = `${violations.length} issue(s): ${messages.slice(0, 3).join('; ')}${more}.`;
  return extra ? `${extra} ${text}` : text;
}

function adherenceViolations(
  code: string,
  text: string,
  prompt: string | null,
  componentType: string | null,
  rs: RuleSet,
): { score: number; found: Violation[]; summary: string } {
  const result = adherence(code, text, prompt, componentType, rs);
  const cfg = rs.adherence;
  const found: Violation[] = [];
  let score = result.coverageScore;
  if (result.missing.length > 0 && score < 10) {
    const r = cfg.missing_rule;
    const message = `${r.message}: ${result.missing.slice(0, 6).join(', ')}`;
    found.push({ rule: r.id, factor: 'prompt_adherence', severity: r.severity, message, line: null, hint: r.hint });
  }
  if (result.structureOk === false) {
    const r = cfg.structure_rule;
    const message = `${r.message} (${componentType})`;
    found.push({ rule: r.id, factor: 'prompt_adherence', severity: r.severity, message, line: null, hint: r.hint });
    score -= penalty(r.severity, 1, rs);
  }
  const covered = result.keywords.length - result.missing.length;
  const summary = result.keywords.length ? `Covers ${covered} of ${result.keywords.length} key terms of the prompt.` : '';
  return { score: pyMax(0, score), found, summary };
}

export function scoreCode(
  code: string,
  rs: RuleSet,
  framework: Framework | null = null,
  prompt: string | null = null,
  componentType: string | null = null,
): HeuristicResult {
  // Regexes run over one unit per code point, so counts, classes and positions are Python's.
  const text = oneUnitPerCodePoint(code);
  const fw = framework || detectFramework(text, rs);
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const cfg = rs.scoring;
  const maxScore = cfg.max_score;
  const digits = cfg.round_digits;

  const wantsAdherence = hasNonSpace(prompt ?? '') || hasNonSpace(componentType ?? '');
  const active = rs.factors.filter((f) => wantsAdherence || !f.requiresPrompt);
  const totalWeight = pySum(active.map((f) => f.weight));
  const penalties = new Map(active.map((f) => [f.id, 0]));
  const perFactor = new Map<string, Violation[]>(active.map((f) => [f.id, []]));
  for (const rule of rs.rules) {
    const found = perFactor.get(rule.factor);
    if (!rule.frameworks.has(fw) || found === undefined) continue;
    const lines = hits(rule, text, newlines);
    if (lines.length === 0) continue;
    penalties.set(rule.factor, penalties.get(rule.factor)! + penalty(rule.severity, lines.length, rs));
    // the same key order as the sidecar's JSON; `reference` only where axe_references.json maps the rule
    const reference = axeReferences().get(rule.id);
    for (const line of lines.slice(0, cfg.max_reports_per_rule)) {
      const v: Violation = { rule: rule.id, factor: rule.factor, severity: rule.severity, message: rule.message, line, hint: rule.hint };
      found.push(reference ? { ...v, reference: { ...reference } } : v);
    }
  }

  const factors: [string, FactorResult][] = [];
  let overall = 0;
  for (const f of active) {
    const found = perFactor.get(f.id)!;
    let raw = maxScore;
    let extra = '';
    if (f.requiresPrompt) {
      const a = adherenceViolations(code, text, prompt, componentType, rs);
      found.push(...a.found);
      raw = a.score;
      extra = a.summary;
    }
    const value = pyMin(maxScore, pyMax(0, raw - penalties.get(f.id)!));
    const weight = f.weight / totalWeight;
    overall += weight * value;
    factors.push([f.id, { score: pyRound(value, digits), weight: pyRound(weight, 4), explanation: explain(found, extra) }]);
  }

  const violations = active.flatMap((f) => perFactor.get(f.id)!).slice(0, cfg.max_violations);
  return {
    score: pyRound(overall, digits),
    confidence: confidence(code, text, rs),
    framework: fw,
    // fromEntries: own keys in the factors' order, as Python's dict (and safe for any id).
    factors: Object.fromEntries(factors),
    violations,
  };
}

/**
 * How often each rule that applies to `framework` fires on the code (optionally of one factor only): every
 * hit, where a response reports at most max_reports_per_rule of them. scoreCode's own counting, output untouched.
 */
export function ruleHitCounts(code: string, rs: RuleSet, framework: Framework, factor?: string): Map<string, number> {
  const text = oneUnitPerCodePoint(code);
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const counts = new Map<string, number>();
  for (const rule of rs.rules) {
    if (!rule.frameworks.has(framework) || (factor !== undefined && rule.factor !== factor)) continue;
    const n = hits(rule, text, newlines).length;
    if (n > 0) counts.set(rule.id, n);
  }
  return counts;
}
