import * as assert from 'node:assert/strict';
import { hybridMethod, loadCorpus, score } from '../../bench/retrieval';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { tempDir } from './helpers';

/**
 * The public retrieval benchmark (bench/retrieval/) as a floor: the product's hybrid search (component cards,
 * the in-process model, the lexical index, RRF) over two real npm packages' components, with descriptions that
 * never name the component. The floors sit a little under what it reaches now (bench/RESULTS.md "Retrieval"), so
 * a change that loses search quality fails here; the issue's targets (0.95 / 0.80) are not met yet and are not
 * pretended to be.
 */
const FLOORS: Record<string, { recall5: number; mrr10: number }> = {
  'carbon-components-svelte': { recall5: 0.8, mrr10: 0.63 },
  'patternfly-react-core': { recall5: 0.69, mrr10: 0.53 },
};

describe('retrieval benchmark floor (real corpora, real model, the product\'s hybrid search)', function () {
  this.timeout(600_000);
  let embedder: WorkerEmbedder;
  before(async () => {
    requireModel();
    embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('retrieval-floor'), workerScript: await embedWorkerScript(), maxBatch: 64 });
  });
  after(() => embedder.dispose());

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: recall@5 ≥ ${floor.recall5}, MRR@10 ≥ ${floor.mrr10}`, async () => {
      const corpus = loadCorpus(name);
      assert.ok(corpus.files.length >= 100 && corpus.queries.length >= 40, `${corpus.files.length} files, ${corpus.queries.length} queries`);
      const s = score(corpus, await hybridMethod('in-process', (t) => embedder.embed(t)).rank(corpus));
      assert.ok(s.recall5 >= floor.recall5, `recall@5 ${s.recall5.toFixed(3)}`);
      assert.ok(s.mrr10 >= floor.mrr10, `MRR@10 ${s.mrr10.toFixed(3)}`);
    });
  }
});
