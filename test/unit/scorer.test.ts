import * as assert from 'node:assert/strict';
import { Analysis } from '../../src/analysis/client';
import { MemoryLogger } from './memoryLogger';
import { InferenceService } from '../../src/inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../src/core/inference';
import { ComponentScorer, lensTitle } from '../../src/quality/scorer';
import { VectorStore } from '../../src/store/store';
import { analysisWorkerScript } from './analysisWorker';
import { tempDir } from './helpers';

const CARD = 'export function Card() {\n  return <div onClick={go}><img src="a.png" /></div>;\n}\n';

/** The code lens's scorer on the heuristic floor (no sidecar): the real analysis worker merges jsx-a11y. */
describe('ComponentScorer (cache by content hash, jsx-a11y merged)', function () {
  this.timeout(60_000);
  let analysis: Analysis;
  let scorer: ComponentScorer;
  let calls = 0;

  before(async () => {
    analysis = new Analysis(new MemoryLogger(), await analysisWorkerScript());
    const store = new VectorStore(tempDir('scorer'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    const inference = new InferenceService({ sidecar: () => undefined, embedder: undefined, store: () => store, log: new MemoryLogger(), onTiming: () => calls++ });
    scorer = new ComponentScorer(inference, analysis);
  });
  after(() => analysis.dispose());

  it('scores once per distinct code and framework and dialect, and again after clear()', async () => {
    const first = await scorer.score(CARD, 'react', '/ws/Card.tsx');
    assert.equal(first.tier, 'heuristic');
    assert.ok(first.violations.some((v) => v.rule === 'jsx-a11y/alt-text'), 'jsx-a11y ran for a .tsx file');
    assert.equal(await scorer.score(CARD, 'react', '/ws/Other.tsx'), first, 'the same code elsewhere is the same promise');
    assert.equal(calls, 1);
    assert.ok(scorer.peek(CARD, 'react', '/ws/Card.tsx'));
    const edited = await scorer.score(CARD.replace('a.png', 'b.png'), 'react', '/ws/Card.tsx');
    assert.notEqual(edited, first);
    assert.equal(calls, 2);
    await scorer.score(CARD, 'react', '/ws/card.js'); // another dialect (JSX through espree): another entry
    assert.equal(calls, 3);
    scorer.clear();
    assert.equal(scorer.peek(CARD, 'react', '/ws/Card.tsx'), undefined);
    await scorer.score(CARD, 'react', '/ws/Card.tsx');
    assert.equal(calls, 4);
  });

  it('titles the lens with the overall, the a11y factor and the weakest other factor; a grave finding names itself instead', async () => {
    // CARD's <img> has no alt (axe-core's image-alt, critical): it caps the score and drives the title
    const s = await scorer.score(CARD, 'react', '/ws/Card.tsx');
    assert.equal(s.driver?.impact, 'critical');
    assert.match(lensTitle(s), /^Quality 3\.9\/10 · Images must have alternative text \(critical\) · a11y \d+(\.\d)?\/10$/);
    const clean = await scorer.score('export function Save() {\n  return <button type="button">Save</button>;\n}\n', 'react', '/ws/Save.tsx');
    assert.equal(clean.driver, undefined);
    assert.match(lensTitle(clean), /^Quality \d+\.\d\/10 · a11y \d+(\.\d)?\/10( · weakest: [a-z ]+)?$/);
  });
});
