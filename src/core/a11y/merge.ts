import type { ScoreResponse, Violation } from '../protocol/score';
import { pyMax, pyMin, pyRound, pySum } from '../pycompat/builtins';
import { blend, explain, penalty, ruleset, type RuleSet } from '../quality/index';
import type { Severity } from '../quality/schema';
import coverage from './coverage.json';
import { isAnalyserRule, PREFIXES, type A11yFinding, type A11yLint } from './finding';

/** The factor the analysers' findings belong to, and the prefix of jsx-a11y's rule ids. */
export const A11Y_FACTOR = 'accessibility';
export const LINT_PREFIX = PREFIXES.jsx;

/** Heuristic rule id → the jsx-a11y rules that check the same thing (coverage.json). */
export const COVERED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(coverage.covered));

const EXPLANATION = 'JSX checked with eslint-plugin-jsx-a11y (recommended rules), plus the heuristics it does not cover.';

export interface MergeOptions {
  /**
   * Every hit of each heuristic accessibility rule on the scored code (scoring's ruleHitCounts). Without it the
   * response's violations are counted, which is exact unless max_violations cut the list short.
   */
  heuristicCounts?: ReadonlyMap<string, number>;
  /** The heuristic rules the analyser checks for real (they give way to it); jsx-a11y's COVERED by default. */
  covered?: ReadonlyMap<string, readonly string[]>;
  /** The factor's explanation's last sentence: which analyser checked the code. */
  explanation?: string;
}

interface RuleCost {
  severity: Severity;
  count: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The remaining heuristic rules' counts: from the code when given, else from the reported violations. */
function heuristicCosts(kept: readonly Violation[], rs: RuleSet, counts: ReadonlyMap<string, number> | undefined, covered: ReadonlyMap<string, unknown>): RuleCost[] {
  if (counts) {
    return rs.rules
      .filter((r) => r.factor === A11Y_FACTOR && !covered.has(r.id) && (counts.get(r.id) ?? 0) > 0)
      .map((r) => ({ severity: r.severity, count: counts.get(r.id)! }));
  }
  const byRule = new Map<string, RuleCost>();
  for (const v of kept) {
    const c = byRule.get(v.rule);
    if (c) c.count++;
    else byRule.set(v.rule, { severity: v.severity, count: 1 });
  }
  return [...byRule.values()];
}

/**
 * A heuristic the analyser only partly covers (Svelte's icon-button check misses icons inside a block) stays on,
 * so where both report the same thing, the same axe-core rule on the same line, the heuristic's report gives
 * way: one defect is one finding, counted once.
 */
function withoutEchoes(
  heuristics: readonly Violation[],
  findings: readonly A11yFinding[],
  counts: ReadonlyMap<string, number> | undefined,
): { kept: Violation[]; counts: ReadonlyMap<string, number> | undefined } {
  const found = new Set(findings.filter((f) => f.axe).map((f) => `${f.axe!.id}@${f.line}`));
  const kept: Violation[] = [];
  const left = counts ? new Map(counts) : undefined;
  for (const v of heuristics) {
    if (v.reference && v.line !== null && found.has(`${v.reference.id}@${v.line}`)) {
      if (left) left.set(v.rule, Math.max(0, (left.get(v.rule) ?? 1) - 1));
      continue;
    }
    kept.push(v);
  }
  return { kept, counts: left };
}

/** The findings as violations in line order (at most max_reports_per_rule per rule), and each rule's count. */
function lintViolations(findings: readonly A11yFinding[], rs: RuleSet): { reported: Violation[]; costs: RuleCost[] } {
  const sorted = [...findings].sort((a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId));
  const byRule = new Map<string, RuleCost>();
  const reported: Violation[] = [];
  for (const f of sorted) {
    const c = byRule.get(f.ruleId) ?? { severity: f.severity, count: 0 };
    byRule.set(f.ruleId, c);
    if (++c.count > rs.scoring.max_reports_per_rule) continue;
    // the axe-core rule it maps to rides along: the calibration caps by its impact, the panel links it
    const reference = f.axe ? { id: f.axe.id, help: f.axe.help, url: f.axe.helpUrl, match: 'table' as const } : undefined;
    const impact = f.axe?.impact ?? f.impact;
    reported.push({ rule: f.ruleId, factor: A11Y_FACTOR, severity: f.severity, message: f.message, line: f.line, hint: f.helpUrl, ...(reference ? { reference } : {}), ...(impact ? { impact } : {}) });
  }
  return { reported, costs: [...byRule.values()] };
}

/** The overall heuristic score as the scorer computes it (weights renormalised over the active factors), unrounded. */
function weightedMean(factors: ScoreResponse['factors'], a11yValue: number, rs: RuleSet): number {
  const value = (id: string) => (id === A11Y_FACTOR ? a11yValue : factors[id]!.score);
  const ids = Object.keys(factors);
  const active = rs.factors.filter((f) => Object.hasOwn(factors, f.id));
  if (active.length === ids.length) {
    const total = pySum(active.map((f) => f.weight));
    let overall = 0;
    for (const f of active) overall += (f.weight / total) * value(f.id);
    return overall;
  }
  // factors this ruleset does not know (another rules version): the response's own (rounded) weights
  const total = pySum(ids.map((id) => factors[id]!.weight));
  return pySum(ids.map((id) => factors[id]!.weight * value(id))) / total;
}

/**
 * jsx-a11y's findings merged into a score from either tier, deterministically: covered heuristic rules give way
 * to jsx-a11y (coverage.json); each jsx-a11y rule costs the accessibility factor what a heuristic rule with as
 * many violations would; the factor, the overall heuristic score and (for 'heuristic+llm') the blend are
 * recomputed as the scorer and judge.py's blend compute them. A lint that did not run leaves the score as it was.
 */
export function mergeA11y(score: ScoreResponse, lint: A11yLint | { findings: readonly A11yFinding[] }, opts: MergeOptions = {}): ScoreResponse {
  const factor = score.factors[A11Y_FACTOR];
  if (!factor || ('parseError' in lint && lint.parseError !== undefined) || ('error' in lint && lint.error !== undefined)) return score;
  const rs = ruleset();
  const cfg = rs.scoring;
  const digits = cfg.round_digits;

  const covered = opts.covered ?? COVERED;
  // an analyser's violations already here come from an earlier merge: this lint replaces them
  const ownHeuristics = score.violations.filter((v) => v.factor === A11Y_FACTOR && !covered.has(v.rule) && !isAnalyserRule(v.rule));
  const { kept, counts } = withoutEchoes(ownHeuristics, lint.findings, opts.heuristicCounts);
  const fromLint = lintViolations(lint.findings, rs);
  let cost = 0;
  for (const c of [...heuristicCosts(kept, rs, counts, covered), ...fromLint.costs]) cost += penalty(c.severity, c.count, rs);
  const value = pyMin(cfg.max_score, pyMax(0, cfg.max_score - cost));

  const block = [...kept, ...fromLint.reported];
  // jsx-a11y's messages are sentences; the explanation joins them with '; ' and ends with its own '.'
  const asClauses = block.map((v) => ({ ...v, message: v.message.replace(/\.+$/, '') }));
  const updated = { ...factor, score: pyRound(value, digits), explanation: explain(asClauses, opts.explanation ?? EXPLANATION) };
  const factors = Object.fromEntries(Object.entries(score.factors).map(([id, f]) => [id, id === A11Y_FACTOR ? updated : f]));

  // violations stay grouped by factor, in the factors' order, as the scorer lists them
  const violations: Violation[] = [];
  for (const id of Object.keys(factors)) violations.push(...(id === A11Y_FACTOR ? block : score.violations.filter((v) => v.factor === id)));
  violations.push(...score.violations.filter((v) => !Object.hasOwn(factors, v.factor)));

  // an unchanged factor leaves the overall as it was (the response's factor scores are rounded)
  const heuristic = updated.score === factor.score ? score.heuristic_score : pyRound(weightedMean(factors, value, rs), digits);
  let final = heuristic;
  if (score.source === 'heuristic+llm' && score.llm) {
    final = heuristic === score.heuristic_score ? score.score : blend(heuristic, 0, score.llm.score, rs).score;
  }
  return { ...score, score: final, heuristic_score: heuristic, factors, violations: violations.slice(0, cfg.max_violations) };
}
