import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../src/analysis/client';
import { MemoryLogger } from './memoryLogger';
import { scoreHeuristic } from '../../src/core/quality/index';
import { analysisWorkerScript } from './analysisWorker';
import { ROOT } from './helpers';

const SAMPLE = path.join(ROOT, 'test/fixtures/sample-workspace/src/components');

/** The analysis worker as it ships: parsers, heuristics and jsx-a11y in a worker thread. */
describe('Analysis worker (real parsers, real ESLint)', function () {
  this.timeout(60_000);
  let analysis: Analysis;
  before(async () => {
    analysis = new Analysis(new MemoryLogger(), await analysisWorkerScript());
  });
  after(() => analysis.dispose());

  it('extracts components and scores each with the heuristics and jsx-a11y', async () => {
    const file = path.join(SAMPLE, 'Card.tsx');
    const r = await analysis.extract(file, readFileSync(file, 'utf8'), { score: true });
    assert.deepEqual(r.components.map((c) => c.name), ['Card']);
    const plain = scoreHeuristic({ code: r.components[0]!.code, framework: 'react' }).score;
    assert.ok(r.components[0]!.quality! < plain, `jsx-a11y's findings lower the score (${r.components[0]!.quality} < ${plain})`);
  });

  it('merges jsx-a11y into a given score, citing the rules, and Vue through vuejs-accessibility (in the bundled worker)', async () => {
    const code = readFileSync(path.join(SAMPLE, 'Card.tsx'), 'utf8');
    const merged = await analysis.a11y('Card.tsx', code, scoreHeuristic({ code, framework: 'react' }));
    assert.equal(merged.ran, true);
    assert.ok(merged.findings >= 2);
    const rules = merged.score.violations.map((v) => v.rule);
    assert.ok(rules.includes('jsx-a11y/alt-text'), rules.join());
    const vue = readFileSync(path.join(SAMPLE, 'PricingTable.vue'), 'utf8');
    const before = scoreHeuristic({ code: vue, framework: 'vue' });
    const linted = await analysis.a11y('PricingTable.vue', vue, before);
    assert.equal(linted.ran, true);
    // the sample's table is clean for vuejs-accessibility: its factor says so, and no analyser rule is cited
    assert.match(linted.score.factors.accessibility!.explanation, /eslint-plugin-vuejs-accessibility/);
  });

  it('survives malformed input and answers the next request', async () => {
    const r = await analysis.extract('Broken.tsx', 'export function Broken() { return <div><span></div>; ');
    assert.ok(r.errors.length > 0);
    const again = await analysis.extract('Ok.tsx', 'export const Ok = () => <p>ok</p>;');
    assert.deepEqual(again.components.map((c) => c.name), ['Ok']);
  });

  it('shares one parse between callers of the same text; one caller aborting does not fail the others', async () => {
    const text = 'export const Shared = () => <p>shared</p>;\n'.repeat(3);
    const ctl = new AbortController();
    const first = analysis.extract('Shared.tsx', text, { signal: ctl.signal });
    const second = analysis.extract('Shared.tsx', text);
    ctl.abort();
    await assert.rejects(first, (e: Error) => e.name === 'AbortError');
    assert.deepEqual((await second).components.map((c) => c.name), ['Shared', 'Shared', 'Shared']);
    assert.equal(await analysis.extract('Shared.tsx', text), await second, 'a recent parse is reused');
  });
});

