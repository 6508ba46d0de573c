import type { Framework } from '../frameworks';
import type { ScoreResponse } from '../protocol/score';
import { calibrate, type CalibratedScore } from '../quality/calibrate';
import { ruleHitCounts, ruleset, scoreHeuristic } from '../quality/index';
import { analyserFor, JSX, type Analyser } from './analysers';

export { jsxDialect } from './analysers';
import type { A11yFinding, A11yLint, ReadSibling } from './finding';

export type { ReadSibling } from './finding';
export { siblingReader } from './sibling';

/** Where the scored code lives, and how to read what it names beside itself (an Angular templateUrl). */
export interface ScoredFile {
  file?: string;
  readSibling?: ReadSibling;
}
import { A11Y_FACTOR, mergeA11y } from './merge';

export { JSX_A11Y, lintJsxA11y, type A11yFinding, type A11yLint } from './lint';
export { A11Y_FACTOR, COVERED, LINT_PREFIX, mergeA11y, type MergeOptions } from './merge';

export interface A11yAnalysis {
  /** The score with the analyser's findings merged in, or the given one untouched when no analyser ran. */
  score: ScoreResponse;
  /** Whether the framework's analyser linted the code (and so replaced the heuristics it covers). */
  ran: boolean;
  findings: A11yFinding[];
  /** Why it did not run: no analyser for the code, a parse error, or the analyser failing. */
  skipped?: string;
}

/** One analyser's lint merged into the score: its covered heuristics give way to it (merge.ts). */
function merged(a: Analyser, lint: A11yLint, score: ScoreResponse, code: string): A11yAnalysis {
  const failed = lint.parseError ?? lint.error;
  if (failed !== undefined) return { score, ran: false, findings: [], skipped: failed };
  const heuristicCounts = ruleHitCounts(code, ruleset(), score.framework, A11Y_FACTOR);
  const explanation = a === JSX ? undefined : `Checked with ${a.label}, plus the heuristics it does not cover.`;
  return { score: mergeA11y(score, lint, { heuristicCounts, covered: a.covered, explanation }), ran: true, findings: lint.findings };
}

/**
 * The framework's own analyser over the code (jsx-a11y for React/JSX, vuejs-accessibility for Vue, …), merged
 * into the score either tier gave for the same code (the heuristic counts come from the code, so a sidecar's
 * and the in-process tier's responses merge to the same result). Synchronous: an analyser that is not
 * (axe-core, for HTML) is left to `analyse`.
 */
export function analyseA11y(score: ScoreResponse, code: string, opts: ScoredFile = {}): A11yAnalysis {
  const chosen = analyserFor(score.framework, opts.file);
  if (!chosen) return { score, ran: false, findings: [], skipped: `no analyser for ${score.framework} code` };
  const lint = chosen.lint(code, { readSibling: opts.readSibling });
  if (lint instanceof Promise) return { score, ran: false, findings: [], skipped: `${chosen.analyser.label} runs asynchronously` };
  return merged(chosen.analyser, lint, score, code);
}

/** analyseA11y for every framework, the asynchronous analysers included. */
export async function analyse(score: ScoreResponse, code: string, opts: ScoredFile = {}): Promise<A11yAnalysis> {
  const chosen = analyserFor(score.framework, opts.file);
  if (!chosen) return analyseA11y(score, code, opts);
  return merged(chosen.analyser, await chosen.lint(code, { readSibling: opts.readSibling }), score, code);
}

/**
 * The score a person sees, from either tier's answer: the analysers merged in (analyseA11y), then
 * calibrated: the gravest accessibility or security finding caps it and is named as its driver
 * (core/quality/calibrate.ts). The same code gets the same number whichever tier scored it.
 */
export async function scoreAsShown(score: ScoreResponse, code: string, opts: ScoredFile = {}): Promise<A11yAnalysis & { score: CalibratedScore }> {
  const a = await analyse(score, code, opts);
  return { ...a, score: calibrate(a.score) };
}

/**
 * The score a person sees when no sidecar answers: the heuristic scorer's, through scoreAsShown.
 * The analysis worker's per-component quality, the calibration bench and the CLI all call this one.
 */
export async function inProcessScore(code: string, framework: Framework, file?: string, readSibling?: ReadSibling): Promise<CalibratedScore> {
  return (await scoreAsShown(scoreHeuristic({ code, framework }), code, { file, readSibling })).score;
}
