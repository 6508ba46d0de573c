import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { calibrate, CALIBRATION_DIR, type Calibration } from '../../bench/calibrationSet';

/**
 * The scores on the public calibration set (test/fixtures/calibration), as a person sees them without a
 * sidecar (the same numbers with one: test/unit/calibrate.test.ts). Issue 13's targets, asserted as they are:
 * ≥ 95 % of pairs ranked right, flawed median ≤ 6.5 and none ≥ 8.5, good median ≥ 9 (bench/RESULTS.md
 * "Calibration (after)" has today's numbers). The set is the project's own and fixed; the scorer is also
 * measured on a held-out set written without its rules in view (bench/calibration.ts --set holdout).
 */
describe('calibration set: the scores keep to the scale', function () {
  this.timeout(180_000);
  let c: Calibration;
  before(async () => {
    c = await calibrate();
  });

  it('ranks the good version above the flawed one in at least 95 % of the pairs', () => {
    assert.ok(c.overall.rankedRight >= 95, `${c.overall.rankedRight.toFixed(1)} %: ${JSON.stringify(c.scored.filter((p) => p.goodScore <= p.flawedScore).map((p) => p.id))}`);
  });

  it('keeps the flawed median at or below 6.5 and the good median at 9 or more (both targets)', () => {
    assert.ok(c.overall.flawedMedian <= 6.5, String(c.overall.flawedMedian));
    assert.ok(c.overall.goodMedian >= 9, String(c.overall.goodMedian));
  });

  it('lets no flawed component score 8.5 or more', () => {
    assert.equal(c.overall.flawedAtLeast85, 0, JSON.stringify(c.worstFlawed.slice(0, 3).map((p) => [p.id, p.flawedScore])));
  });

  it("scores every one of the library's own components (known-good, in all five frameworks) 8.5 or more", () => {
    assert.equal(c.librarySummary.below85, 0, JSON.stringify(c.library.filter((l) => l.score < 8.5)));
    assert.ok(c.librarySummary.count >= 300);
  });

  it('catches every image without alt text, positive tabindex, missing lang and eval as a grave problem', () => {
    for (const kind of ['image-no-alt', 'positive-tabindex', 'missing-html-lang', 'eval']) {
      const pairs = c.scored.filter((p) => p.kind === kind);
      assert.ok(pairs.length >= 3, kind);
      for (const p of pairs) assert.ok(p.flawedScore <= 5.9 && p.goodScore > p.flawedScore, `${p.id}: ${p.flawedScore} vs ${p.goodScore}`);
    }
  });
});

/**
 * The two held-out sets (test/fixtures/calibration-holdout, -b), written by people who did not see the rules.
 * Each was measured once as it came (bench/RESULTS.md: 73.3 % and 83.3 % ranked right); the fixes that made
 * general what they showed narrow were made after, so these are floors at what the scorer reaches now,
 * below the targets the project's own set meets: raise them as the scorer improves, never lower them.
 */
describe('calibration, held-out sets: floors', function () {
  this.timeout(180_000);
  for (const name of ['calibration-holdout', 'calibration-holdout-b']) {
    it(`${name}: at least 90 % ranked right, flawed median ≤ 6.7, good median ≥ 9, at most 3 flawed ≥ 8.5`, async () => {
      const c = await calibrate(path.join(path.dirname(CALIBRATION_DIR), name), { library: false });
      const o = c.overall;
      assert.ok(o.pairs === 30 && o.rankedRight >= 90, `${o.rankedRight.toFixed(1)} %`);
      assert.ok(o.flawedMedian <= 6.7 && o.goodMedian >= 9, `${o.flawedMedian} / ${o.goodMedian}`);
      assert.ok(o.flawedAtLeast85 <= 3, String(o.flawedAtLeast85));
    });
  }
});
