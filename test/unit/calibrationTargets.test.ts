import * as assert from 'node:assert/strict';
import { calibrate, type Calibration } from '../../bench/calibrationSet';

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
