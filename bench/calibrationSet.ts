// The calibration set (test/fixtures/calibration): loads pairs.json and the files, scores each with inProcessScore,
// and sums up how well the score ranks good over flawed; the bench prints it and a unit test can reuse it.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { inProcessScore } from '../src/core/a11y';
import { FRAMEWORKS, type Framework } from '../src/core/frameworks';
import { LIBRARY, render } from '../src/core/library';

export const CALIBRATION_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'calibration');

/** The defects the set covers; each pair's flawed file has exactly one of them. */
export const DEFECT_KINDS = [
  'div-button-no-keyboard',
  'image-no-alt',
  'redundant-alt',
  'icon-button-no-name',
  'heading-skip',
  'positive-tabindex',
  'vague-link-text',
  'aria-hidden-focusable',
  'unlabelled-control',
  'colour-only-state',
  'autoplay-media',
  'missing-html-lang',
  'link-as-button',
  'autofocus',
  'outline-none',
  'unsafe-html',
  'blank-target-no-rel',
  'eval',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

import type { Impact } from '../src/core/a11y/finding';

export { IMPACTS, type Impact } from '../src/core/a11y/finding';

/** One entry of pairs.json; `good` and `flawed` are paths relative to CALIBRATION_DIR. */
export interface Pair {
  id: string;
  framework: Framework;
  kind: DefectKind;
  good: string;
  flawed: string;
  defect: string;
  impact: Impact;
  axe: string | null;
  wcag: string | null;
}

export function loadPairs(dir: string = CALIBRATION_DIR): Pair[] {
  return JSON.parse(readFileSync(path.join(dir, 'pairs.json'), 'utf8')) as Pair[];
}

export function readPairFile(rel: string, dir: string = CALIBRATION_DIR): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

export interface ScoredPair extends Pair {
  goodScore: number;
  flawedScore: number;
}

export interface Summary {
  pairs: number;
  /** Share of pairs where good scores strictly above flawed, 0–100. */
  rankedRight: number;
  goodMedian: number;
  flawedMedian: number;
  flawedMax: number;
  /** Flawed files scored 8.5 or more (the "no real problem" end of the scale). */
  flawedAtLeast85: number;
}

export interface LibraryScore {
  name: string;
  framework: Framework;
  score: number;
}

export interface Calibration {
  overall: Summary;
  byFramework: Record<Framework, Summary>;
  scored: ScoredPair[];
  /** The 10 highest-scoring flawed files, highest first. */
  worstFlawed: ScoredPair[];
  /** The library's components rendered in each framework: known-good code. */
  library: LibraryScore[];
  librarySummary: { count: number; median: number; min: number; below85: number };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarise(scored: readonly ScoredPair[]): Summary {
  const flawed = scored.map((p) => p.flawedScore);
  return {
    pairs: scored.length,
    rankedRight: scored.length === 0 ? NaN : (100 * scored.filter((p) => p.goodScore > p.flawedScore).length) / scored.length,
    goodMedian: median(scored.map((p) => p.goodScore)),
    flawedMedian: median(flawed),
    flawedMax: flawed.length === 0 ? NaN : Math.max(...flawed),
    flawedAtLeast85: flawed.filter((s) => s >= 8.5).length,
  };
}

/** The score a person sees without a sidecar; the file's name picks the dialect (tsx, or none). */
export async function scoreFile(code: string, framework: Framework, file: string): Promise<number> {
  return (await inProcessScore(code, framework, file)).score;
}

export async function calibrate(dir: string = CALIBRATION_DIR, opts: { library?: boolean } = {}): Promise<Calibration> {
  const scored: ScoredPair[] = [];
  for (const p of loadPairs(dir)) {
    const goodScore = await scoreFile(readPairFile(p.good, dir), p.framework, p.good);
    scored.push({ ...p, goodScore, flawedScore: await scoreFile(readPairFile(p.flawed, dir), p.framework, p.flawed) });
  }
  const byFramework = Object.fromEntries(FRAMEWORKS.map((fw) => [fw, summarise(scored.filter((p) => p.framework === fw))])) as Record<Framework, Summary>;
  const worstFlawed = [...scored].sort((a, b) => b.flawedScore - a.flawedScore || a.id.localeCompare(b.id)).slice(0, 10);
  const library: LibraryScore[] = [];
  for (const c of opts.library === false ? [] : LIBRARY) {
    for (const fw of FRAMEWORKS) {
      const r = render(c, fw);
      library.push({ name: c.name, framework: fw, score: await scoreFile(r.code, fw, r.fileName) });
    }
  }
  const libScores = library.map((l) => l.score);
  return {
    overall: summarise(scored),
    byFramework,
    scored,
    worstFlawed,
    library,
    librarySummary: { count: library.length, median: median(libScores), min: Math.min(...libScores), below85: libScores.filter((s) => s < 8.5).length },
  };
}
