import * as assert from 'node:assert/strict';
import { scoreAsShown } from '../../src/core/a11y';
import { CAPS, calibrate, violationImpact } from '../../src/core/quality/calibrate';
import { scoreHeuristic } from '../../src/core/quality/index';
import { scoreResponseSchema, type ScoreRequest } from '../../src/core/protocol/index';
import { pythonScores } from './pythonTier';

/** The written scale (core/quality/calibration.json) and its caps: one grave problem is never averaged away. */

const shown = async (code: string, framework: ScoreRequest['framework'], file: string) => (await scoreAsShown(scoreHeuristic({ code, framework }), code, { file })).score;

const CLEAN = 'export function Save() {\n  return <button type="button" className="rounded px-3 py-2">Save</button>;\n}\n';
const NO_ALT = 'export function Avatar() {\n  return <img src="/me.png" className="h-8 w-8 rounded-full" />;\n}\n';
const EVAL = 'export function Calc({ expr }: { expr: string }) {\n  return <output>{String(eval(expr))}</output>;\n}\n';
const RAW = '<template>\n  <article v-html="post.body"></article>\n</template>\n<script setup lang="ts">\ndefineProps<{ post: { body: string } }>();\n</script>\n';
const VAGUE = '<ul>\n  <li>Pricing <a href="/pricing">read more</a></li>\n</ul>\n';
const ORPHAN_ID = 'export function Qty() {\n  return (\n    <div>\n      <label htmlFor="email">Email</label>\n      <input id="email" type="email" />\n      <input id="qty" type="number" />\n    </div>\n  );\n}\n';

describe('calibration: the worst finding caps the score and says so', () => {
  it('leaves a component with no known problem as the factors score it', async () => {
    const s = await shown(CLEAN, 'react', 'Save.tsx');
    assert.equal(s.driver, undefined);
    assert.ok(s.score >= 9, String(s.score));
  });

  it('an image without alt text (axe-core image-alt, critical) caps below 4, whatever the other factors', async () => {
    const s = await shown(NO_ALT, 'react', 'Avatar.tsx');
    assert.ok(s.driver);
    assert.equal(s.driver.impact, 'critical');
    assert.equal(s.driver.label, 'Images must have alternative text');
    assert.equal(s.driver.line, 2);
    assert.equal(s.driver.cap, CAPS.critical);
    assert.ok(s.driver.uncapped > CAPS.critical, `the factors alone give ${s.driver.uncapped}`);
    assert.equal(s.score, CAPS.critical);
  });

  it('security findings cap too: eval is critical, raw HTML from data serious', async () => {
    assert.equal((await shown(EVAL, 'react', 'Calc.tsx')).driver?.rule, 'security/eval');
    assert.ok((await shown(EVAL, 'react', 'Calc.tsx')).score <= CAPS.critical);
    const raw = await shown(RAW, 'vue', 'Post.vue');
    assert.equal(raw.driver?.rule, 'security/raw-html');
    assert.equal(raw.driver?.impact, 'serious');
    assert.ok(raw.score <= CAPS.serious);
  });

  it('a moderate problem keeps the score out of the "no known problem" band', async () => {
    const s = await shown(VAGUE, 'html', 'list.html');
    assert.equal(s.driver?.rule, 'a11y/vague-link-text');
    assert.equal(s.driver?.impact, 'moderate');
    assert.ok(s.score <= CAPS.moderate && s.score < 9);
  });

  it('a control whose id no <label for> names is unlabelled (critical); the labelled one beside it is not', async () => {
    const s = await shown(ORPHAN_ID, 'react', 'Qty.tsx');
    const hits = s.violations.filter((v) => v.rule === 'a11y/label-for-missing');
    assert.deepEqual(hits.map((v) => v.line), [6]);
    assert.equal(s.driver?.rule, 'a11y/label-for-missing');
    assert.equal(s.driver?.impact, 'critical');
  });

  it('orders the caps with the scale: critical < 4 ≤ serious < 7 ≤ moderate, minor < 8.5', () => {
    assert.ok(CAPS.critical < 4 && CAPS.serious >= 4 && CAPS.serious < 7 && CAPS.moderate >= 7 && CAPS.minor < 8.5 && CAPS.moderate < CAPS.minor);
  });

  it('an imprecise heuristic does not cap: an input a wrapping component labels is flagged by the pattern but bounds nothing', () => {
    const code = '<FormField label="Email"><input type="email" name="email" /></FormField>\n';
    const s = scoreHeuristic({ code, framework: 'react' });
    const flagged = s.violations.find((v) => v.rule === 'a11y/input-label');
    assert.ok(flagged, 'the heuristic flags it (a known false positive)');
    assert.equal(violationImpact(flagged), undefined);
    assert.equal(calibrate(s).driver, undefined);
  });

  it('calibrating twice changes nothing', async () => {
    const once = await shown(NO_ALT, 'react', 'Avatar.tsx');
    assert.deepEqual(calibrate(once), once);
  });

  it('gives the same number on both tiers: the sidecar’s own scorer and the TypeScript one', async function () {
    this.timeout(120_000);
    const requests: (ScoreRequest & { file: string })[] = [
      { code: CLEAN, framework: 'react', file: 'Save.tsx' },
      { code: NO_ALT, framework: 'react', file: 'Avatar.tsx' },
      { code: EVAL, framework: 'react', file: 'Calc.tsx' },
      { code: RAW, framework: 'vue', file: 'Post.vue' },
      { code: VAGUE, framework: 'html', file: 'list.html' },
      { code: ORPHAN_ID, framework: 'react', file: 'Qty.tsx' },
    ];
    const sidecar = pythonScores(requests.map(({ file: _f, ...r }) => r)).map((r) => scoreResponseSchema.parse(r));
    for (const [i, req] of requests.entries()) {
      assert.deepEqual((await scoreAsShown(sidecar[i]!, req.code, { file: req.file })).score, await shown(req.code, req.framework, req.file), req.file);
    }
  });
});
