import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { Analysis } from '../../src/analysis/client';
import { readSettings, type Settings } from '../../src/config';
import { LIBRARY, validate, type LibraryComponent } from '../../src/core/library';
import { MemoryLogger } from './memoryLogger';
import { FeedbackLog } from '../../src/generate/feedback';
import { Generator, TOP_K } from '../../src/generate/generator';
import { LIBRARY_COLLECTION, LibraryIndex } from '../../src/generate/libraryIndex';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import { InferenceService } from '../../src/inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../src/core/inference';
import { ComponentScorer } from '../../src/quality/scorer';
import { VectorStore } from '../../src/store/store';
import { analysisWorkerScript } from './analysisWorker';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { tempDir } from './helpers';

/**
 * The generator on the in-process tier with the real model, the real library collection, the real
 * analysis worker (validation with the frameworks' compilers) and the real scorer. Only the LLM's
 * reply is scripted, at the InferenceService.chat boundary, to drive the parse/repair/fallback logic;
 * the real LLM (SmolLM2 in the sidecar) runs in the VS Code suite.
 */

/** Descriptions people type, and the library category that must be among the top 3. */
const RETRIEVAL: [string, string][] = [
  ['a primary call to action button', 'button'],
  ['delete button that is red', 'button'],
  ['email field with a label and validation error', 'input'],
  ['a checkbox to accept the terms', 'checkbox'],
  ['pricing plan card with features and a subscribe button', 'pricing'],
  ['a dialog asking the user to confirm', 'modal'],
  ['top navigation bar with links and a mobile menu', 'navbar'],
  ['table of users with columns', 'table'],
  ['landing page hero section with a headline', 'hero'],
  ['frequently asked questions that expand', 'accordion'],
  ['a warning message box', 'alert'],
  ['card with an image, a title and text', 'card'],
];

describe('generator (in-process tier, real model and compilers)', function () {
  this.timeout(180_000);
  let embedder: WorkerEmbedder;
  let analysis: Analysis;
  let inference: InferenceService;
  let generator: Generator;
  let data: string;
  const log = new MemoryLogger();
  let settings: Settings;

  before(async () => {
    requireModel();
    data = tempDir('gen');
    embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs'), workerScript: await embedWorkerScript() });
    const store = new VectorStore(path.join(data, 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    inference = new InferenceService({ sidecar: () => undefined, embedder, store: () => store, log });
    analysis = new Analysis(log, await analysisWorkerScript());
    settings = readSettings({ get: () => undefined });
    generator = make(inference);
  });

  after(async () => {
    await embedder?.dispose();
    await analysis?.dispose();
  });

  function make(inf: InferenceService): Generator {
    const library = new LibraryIndex(inf, () => data, log);
    return new Generator({ inference: inf, analysis, scorer: new ComponentScorer(inf, analysis), library, settings: () => settings, log });
  }

  it('embeds the library into its collection once per version, on the tier that answers', async () => {
    const library = new LibraryIndex(inference, () => data, log);
    await library.ensure();
    const stats = await inference.stats(LIBRARY_COLLECTION);
    assert.equal(stats.count, LIBRARY.length);
    const stamp = JSON.parse(readFileSync(path.join(data, 'library-index.json'), 'utf8')) as { components: number };
    assert.equal(stamp.components, LIBRARY.length);
    const before = log.lines.filter((l) => l.includes('Embedded the component library')).length;
    await new LibraryIndex(inference, () => data, log).ensure(); // a new window: the stamp says it is there
    assert.equal(log.lines.filter((l) => l.includes('Embedded the component library')).length, before);
  });

  it('a new library version replaces only the built-in entries: records ingested from datasets stay', async () => {
    await inference.upsert(LIBRARY_COLLECTION, [{ id: 'dataset:rows.jsonl#1', text: 'a dataset button', metadata: { source: 'dataset', name: 'Button' } }]);
    const stampFile = path.join(data, 'library-index.json');
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { ids: string[] };
    writeFileSync(stampFile, JSON.stringify({ ...stamp, version: 'an older library' }));
    await new LibraryIndex(inference, () => data, log).ensure();
    assert.equal((await inference.stats(LIBRARY_COLLECTION)).count, LIBRARY.length + 1);
    const hits = await inference.search(LIBRARY_COLLECTION, { text: 'a dataset button', k: 3, filter: { source: 'dataset' } });
    assert.deepEqual(hits.hits.map((h) => h.id), ['dataset:rows.jsonl#1']);
    // and retrieval for generation never offers it
    const { ranked } = await generator.retrieve('a dataset button');
    assert.ok(ranked.every((r) => LIBRARY.includes(r.component)));
  });

  for (const [description, category] of RETRIEVAL) {
    it(`retrieval: "${description}" → a ${category} among the top ${TOP_K}`, async () => {
      const { ranked, tier } = await generator.retrieve(description);
      assert.equal(tier, 'in-process');
      const top = ranked.slice(0, TOP_K).map((r) => `${r.component.name}/${r.component.category}`);
      assert.ok(ranked.slice(0, TOP_K).some((r) => r.component.category === category), `top ${TOP_K}: ${top.join(', ')}`);
    });
  }

  it('without an LLM, composes from the best match: the name, text and variant follow the request; valid, scored', async () => {
    const g = await generator.generate({ description: 'a large danger button labelled "Delete account"', framework: 'react' });
    assert.equal(g.source, 'library');
    assert.equal(g.retrievalTier, 'in-process');
    // "large" and "danger" went to props, so they do not make a LargeDangerButton
    assert.ok(/Button$/.test(g.name) && !/Large/.test(g.name), g.name);
    assert.match(g.code, /Delete account/);
    assert.ok(g.validation.ok, g.validation.errors.join('\n'));
    assert.deepEqual(g.validation.errors, []);
    assert.ok(g.score && g.score.score > 0 && g.score.tier === 'heuristic', JSON.stringify(g.score));
    assert.ok(g.changes.some((c) => c.startsWith('label') || c.includes('Delete account')), g.changes.join('; '));
    assert.equal(g.basedOn.length, TOP_K);
  });

  it('switching framework renders the same component again, valid in each', async () => {
    const g = await generator.generate({ description: 'a login form', framework: 'react' });
    for (const fw of ['vue', 'svelte', 'angular', 'html'] as const) {
      const other = await generator.toFramework(g, fw);
      assert.equal(other.name, g.name);
      assert.equal(other.framework, fw);
      assert.ok(other.validation.ok, `${fw}: ${other.validation.errors.join('\n')}`);
      assert.notEqual(other.code, g.code);
    }
  });

  it('regenerate without an LLM moves to the next library match', async () => {
    const a = await generator.generate({ description: 'a notification message', framework: 'vue', attempt: 0 });
    const b = await generator.generate({ description: 'a notification message', framework: 'vue', attempt: 1 });
    assert.notEqual(a.component!.markup, b.component!.markup);
    assert.deepEqual(a.basedOn.map((x) => x.name), b.basedOn.map((x) => x.name));
  });

  // the LLM path (code first, repaired, streamed) runs against protocol-level test servers: generateLlm.test.ts

  it('feedback: one JSONL line per generation and verdict, with the component and code', async () => {
    const g = await generator.generate({ description: 'a pricing card', framework: 'angular' });
    const fb = new FeedbackLog(() => data);
    assert.equal(await fb.record(g, 'accepted', 'insert'), true);
    assert.equal(await fb.record(g, 'accepted', 'copy'), false);
    assert.equal(await fb.record(g, 'rejected', 'regenerate'), true);
    const lines = readFileSync(fb.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; action: string; code: string; component: LibraryComponent; description: string });
    assert.deepEqual(lines.map((l) => [l.verdict, l.action]), [['accepted', 'insert'], ['rejected', 'regenerate']]);
    assert.equal(lines[0]!.code, g.code);
    assert.equal(lines[0]!.description, 'a pricing card');
    assert.ok(validate('angular', lines[0]!.code).ok);
  });
});
