/** Component scores on whichever tier answers, cached by content hash until the tier changes. */
import type { Framework } from '../core/frameworks';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Analysis } from '../analysis/client';
import type { InferenceService, Tiered } from '../inference/service';
import type { ScoreResponse } from '../core/protocol/index';
import type { CalibratedScore, ScoreDriver } from '../core/quality/calibrate';

export type ComponentScore = Tiered<CalibratedScore>;

const MAX_ENTRIES = 1_000;

export class ComponentScorer {
  private readonly cache = new Map<string, Promise<ComponentScore>>();

  constructor(
    private readonly inference: InferenceService,
    private readonly analysis: Analysis,
  ) {}

  /** The cached score of this exact code, if any (no work started). */
  peek(code: string, framework: Framework, file: string): Promise<ComponentScore> | undefined {
    return this.cache.get(key(code, framework, file));
  }

  /** The tier's score with the framework's accessibility analyser merged in and calibrated (`file` picks the analyser). */
  score(code: string, framework: Framework, file: string, signal?: AbortSignal): Promise<ComponentScore> {
    const k = key(code, framework, file);
    const hit = this.cache.get(k);
    if (hit) {
      this.cache.delete(k); // most recently used goes last
      this.cache.set(k, hit);
      return hit;
    }
    const run = this.inference.score({ code, framework }, signal).then(async (tiered) => {
      const { tier, ...score } = tiered;
      const merged = await this.analysis.a11y(file, code, score, signal);
      return { ...merged.score, tier };
    });
    void run.catch(() => this.cache.delete(k)); // a failure is not remembered
    this.cache.set(k, run);
    while (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return run;
  }

  /** When the tier changes (the sidecar came or went), answers may change too: an LLM may now judge. */
  clear(): void {
    this.cache.clear();
  }
}

function key(code: string, framework: string, file: string): string {
  return createHash('sha256').update(`${framework}\0${path.extname(file).toLowerCase()}\0`).update(code).digest('hex');
}

/**
 * "Quality 3.9/10 · Images must have alternative text (critical) · a11y 4/10" when a grave finding caps the
 * score (core/quality/calibrate.ts), else "Quality 7.8/10 · a11y 6/10 · weakest: security".
 */
export function lensTitle(s: ScoreResponse & { driver?: ScoreDriver }): string {
  const a11y = s.factors.accessibility;
  const weakest = Object.entries(s.factors).sort((a, b) => a[1].score - b[1].score)[0];
  const parts = [`Quality ${s.score.toFixed(1)}/10`];
  if (s.driver) parts.push(`${s.driver.label} (${s.driver.impact})`);
  if (a11y) parts.push(`a11y ${fmt(a11y.score)}/10`);
  if (!s.driver && weakest && weakest[1].score < 10 && weakest[0] !== 'accessibility') parts.push(`weakest: ${weakest[0].replace(/_/g, ' ')}`);
  return parts.join(' · ');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
