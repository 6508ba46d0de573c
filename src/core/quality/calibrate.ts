import { z } from 'zod';
import { IMPACTS, isAnalyserRule, type Impact } from '../a11y/finding';
import type { ScoreResponse, Violation } from '../protocol/score';
import calibrationJson from './calibration.json';

/**
 * The score follows a written scale (calibration.json): 9–10 no known problem; 7–9 minor issues;
 * 4–7 a serious problem a user will hit; below 4 broken for some users. The factors' weighted mean
 * alone cannot keep to it (one unlabelled button is averaged away by nine good factors), so the worst
 * accessibility or security finding caps the score at its impact's ceiling. Applied last, on the
 * host, to either tier's answer: the same code gets the same number whichever tier scored it.
 */

const impact = z.enum(IMPACTS);
const calibrationSchema = z.object({
  caps: z.record(impact, z.number().min(0).max(10)),
  factors: z.array(z.string()).min(1),
  rule_impact: z.record(z.string(), impact),
});
const CALIBRATION = calibrationSchema.parse(calibrationJson);

/** What drives a capped score: the gravest finding, as a person reads it. */
export interface ScoreDriver {
  rule: string;
  impact: Impact;
  /** Short: axe-core's help text for the rule where it has one, else the finding's message. */
  label: string;
  line: number | null;
  /** The ceiling its impact sets, and the score the factors give without it. */
  cap: number;
  uncapped: number;
}

export type CalibratedScore = ScoreResponse & { driver?: ScoreDriver };

/** The ceiling of each impact (critical lowest). */
export const CAPS: Readonly<Record<Impact, number>> = CALIBRATION.caps;

/**
 * A violation's impact on axe-core's scale, or undefined when it does not cap: an analyser's finding
 * always does (its axe-core rule's impact, or the one its map judges); a heuristic rule only when
 * calibration.json trusts it (a pattern precise enough that a false positive is rare).
 */
export function violationImpact(v: Violation): Impact | undefined {
  if (!CALIBRATION.factors.includes(v.factor)) return undefined;
  // an analyser's finding carries its own (merge.ts); one its map does not list is a real finding of unknown weight
  if (isAnalyserRule(v.rule)) return v.impact ?? 'moderate';
  return CALIBRATION.rule_impact[v.rule];
}

const rank = (i: Impact) => IMPACTS.indexOf(i);

/** The gravest violation (the earliest line among equals), with its impact. */
function gravest(violations: readonly Violation[]): { v: Violation; impact: Impact } | undefined {
  let best: { v: Violation; impact: Impact } | undefined;
  for (const v of violations) {
    const i = violationImpact(v);
    if (i === undefined) continue;
    if (!best || rank(i) > rank(best.impact) || (rank(i) === rank(best.impact) && (v.line ?? Infinity) < (best.v.line ?? Infinity))) best = { v, impact: i };
  }
  return best;
}

function label(v: Violation): string {
  const help = v.reference?.help?.trim();
  const text = help || v.message.trim();
  return text.replace(/\.+$/, '');
}

/** The score with its cap applied, and what drives it; a score already within its cap is returned as it was (plus the driver). */
export function calibrate(score: ScoreResponse): CalibratedScore {
  const plain: ScoreResponse = { ...score };
  const earlier = (score as CalibratedScore).driver;
  delete (plain as CalibratedScore).driver; // recomputed, never trusted as it was
  const g = gravest(plain.violations);
  if (!g) return plain;
  const cap = CAPS[g.impact];
  // an already calibrated score: its own pre-cap value, so calibrating twice changes nothing
  const uncapped = earlier && plain.score === Math.min(earlier.uncapped, earlier.cap) ? earlier.uncapped : plain.score;
  const driver: ScoreDriver = { rule: g.v.rule, impact: g.impact, label: label(g.v), line: g.v.line, cap, uncapped };
  return { ...plain, score: Math.min(uncapped, cap), driver };
}
