import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../../src/analysis/client';
import { MemoryLogger } from './memoryLogger';
import { CARD_VERSION } from '../../src/core/similar/card';
import { WorkspaceIndexer, type SourceFile } from '../../src/workspaceIndex/indexer';
import { WorkerEmbedder } from '../../src/inference/inprocess/workerEmbedder';
import { InferenceService } from '../../src/inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../src/core/inference';
import { VectorStore } from '../../src/store/store';
import { analysisWorkerScript } from './analysisWorker';
import { embedWorkerScript, MODELS_DIR, requireModel } from './embedWorker';
import { tempDir } from './helpers';

const component = (name: string, body: string) => `export function ${name}() {\n  return <div className="${name.toLowerCase()}">${body}</div>;\n}\n`;

/** The workspace index over real files: the analysis worker parses, the in-process model embeds, the store keeps. */
describe('WorkspaceIndexer (real parser worker, real model, real files)', function () {
  this.timeout(180_000);
  const log = new MemoryLogger();
  let ws: string;
  let analysis: Analysis;
  let embedder: WorkerEmbedder;
  let inference: InferenceService;
  let store: VectorStore;
  let upserted: string[];
  /** What was embedded, in the order upserted. */
  let upsertedTexts: string[];
  let data: string;

  const files = async (): Promise<SourceFile[]> => {
    const out: SourceFile[] = [];
    for (const rel of (await fs.readdir(ws, { recursive: true })).sort()) {
      const p = path.join(ws, rel);
      const st = await fs.stat(p);
      if (st.isFile()) out.push({ path: p, rel, mtimeMs: st.mtimeMs, size: st.size });
    }
    return out;
  };
  const indexer = (model = EMBEDDING_MODEL_ID) =>
    new WorkspaceIndexer({
      collection: 'ws-test',
      model,
      manifestFile: path.join(data, 'manifest.json'),
      read: (f) => fs.readFile(f, 'utf8'),
      extract: (f, t, signal) => analysis.extract(f, t, { score: true, signal }),
      upsert: (c, items, signal) => {
        upserted.push(...items.map((i) => i.id));
        upsertedTexts.push(...items.map((i) => i.text));
        return inference.upsert(c, items, signal);
      },
      remove: (c, ids) => inference.remove(c, ids),
      clear: (c) => inference.clear(c),
      log,
    });

  before(async () => {
    requireModel();
    analysis = new Analysis(log, await analysisWorkerScript());
    embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs'), workerScript: await embedWorkerScript() });
    data = tempDir('index-data');
    store = new VectorStore(path.join(data, 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
    inference = new InferenceService({ sidecar: () => undefined, embedder, store: () => store, log });
    ws = tempDir('ws');
    await fs.mkdir(path.join(ws, 'src'), { recursive: true });
    await fs.writeFile(path.join(ws, 'src/Buttons.tsx'), component('PrimaryButton', '<button>Go</button>') + component('GhostButton', '<button className="ghost">Skip</button>'));
    await fs.writeFile(path.join(ws, 'src/Table.vue'), '<template><table><tr v-for="r in rows"><td>{{ r }}</td></tr></table></template>\n<script setup>\ndefineProps(["rows"])\n</script>\n');
    await fs.writeFile(path.join(ws, 'src/Modal.svelte'), '<script>let { open } = $props();</script>\n{#if open}<div role="dialog" aria-modal="true"><slot /></div>{/if}\n');
    await fs.writeFile(path.join(ws, 'src/util.ts'), 'export const add = (a: number, b: number) => a + b;\n');
  });
  beforeEach(() => {
    upserted = [];
    upsertedTexts = [];
  });
  after(async () => {
    await Promise.all([analysis.dispose(), embedder.dispose()]);
  });

  it('indexes every component once, with its metadata and quality, and finds it by description', async () => {
    const r = await indexer().sync(await files());
    assert.equal(r.components, 4, JSON.stringify(r));
    assert.deepEqual(upserted.sort(), ['src/Buttons.tsx#GhostButton', 'src/Buttons.tsx#PrimaryButton', 'src/Modal.svelte#Modal', 'src/Table.vue#Table']);
    assert.deepEqual(r.tiers, { 'in-process': 4 });
    const hit = (await inference.search('ws-test', { text: 'a data table with rows', k: 1 })).hits[0]!;
    assert.equal(hit.id, 'src/Table.vue#Table');
    assert.equal(hit.metadata.framework, 'vue');
    assert.equal(hit.metadata.rel, 'src/Table.vue');
    assert.ok(typeof hit.metadata.quality === 'number' && hit.metadata.quality >= 0 && hit.metadata.quality <= 10);
    // the lexical half, over the same cards, read back from lexical.json by a fresh indexer
    const fresh = indexer();
    assert.equal((await fresh.sync(await files())).embedded, 0);
    const words = fresh.lexicalSearch('a modal window over the page', 5);
    assert.equal(words[0]?.id, 'src/Modal.svelte#Modal', JSON.stringify(words));
    assert.ok(words[0].matched['modal']?.includes('name'), JSON.stringify(words[0].matched));
    assert.equal(words[0].metadata.rel, 'src/Modal.svelte', 'it carries what a result shows');
  });

  it('re-embeds only what changed, drops what was deleted, and does nothing when nothing changed', async () => {
    assert.equal((await indexer().sync(await files())).embedded, 0, 'a second sync of unchanged files embeds nothing');
    const buttons = path.join(ws, 'src/Buttons.tsx');
    await fs.writeFile(buttons, `// a comment above\n${component('PrimaryButton', '<button>Go</button>')}${component('GhostButton', '<button className="ghost">Skip now</button>')}`);
    const r = await indexer().sync(await files());
    assert.deepEqual(upserted, ['src/Buttons.tsx#GhostButton'], 'PrimaryButton moved but its code did not change');
    assert.equal(r.parsed, 1);
    await fs.rm(path.join(ws, 'src/Modal.svelte'));
    const gone = await indexer().sync(await files());
    assert.equal(gone.removed, 1);
    assert.equal(gone.components, 3);
    assert.equal((await store.stats('ws-test')).count, 3);
    const after = indexer();
    await after.sync(await files());
    assert.deepEqual(after.lexicalSearch('modal', 5), [], 'the lexical index dropped it too');
  });

  it('starts over when the lexical index is lost, so the two halves never disagree', async () => {
    await fs.rm(path.join(data, 'lexical.json'));
    const r = await indexer().sync(await files());
    assert.equal(r.embedded, 3, 'every component embedded again');
    const again = indexer();
    await again.sync(await files());
    assert.equal(again.lexicalSearch('ghost button', 5)[0]?.id, 'src/Buttons.tsx#GhostButton');
  });

  it('stops when cancelled, keeps what was done, and the next sync finishes the rest', async () => {
    for (let i = 0; i < 12; i++) await fs.writeFile(path.join(ws, 'src', `Card${i}.tsx`), component(`Card${i}`, `<h2>Card ${i}</h2>`));
    const ctl = new AbortController();
    const r = await indexer().sync(await files(), { signal: ctl.signal, progress: (done) => done === 6 && ctl.abort() });
    assert.equal(r.cancelled, true);
    const first = upserted.length;
    assert.ok(first < 12, `cancelled before the end (${first})`);
    const rest = await indexer().sync(await files());
    assert.equal(rest.cancelled, false);
    assert.equal(first + rest.embedded, 12, 'nothing embedded twice, nothing lost');
    assert.equal(rest.components, 15);
  });

  it('starts over from an empty collection when the model changes (never a mixed index)', async () => {
    const other = indexer('some/other-model');
    // The in-process store still writes with its own model; what matters is that the index was cleared and rebuilt whole.
    const r = await other.sync(await files());
    assert.equal(r.embedded, 15);
    assert.equal((await store.stats('ws-test')).count, 15);
  });

  it('starts over when the stored index was embedded from another card recipe, and embeds the card with the path', async () => {
    const manifest = path.join(data, 'manifest.json');
    const stored = JSON.parse(await fs.readFile(manifest, 'utf8')) as { card: number };
    assert.equal(stored.card, CARD_VERSION);
    await fs.writeFile(manifest, JSON.stringify({ ...stored, card: CARD_VERSION - 1 }));
    const r = await indexer().sync(await files());
    assert.equal(r.embedded, 15, 'every component re-embedded: none kept from the other recipe');
    const table = upsertedTexts.find((t) => t.startsWith('table (vue component)'));
    assert.ok(table?.includes('\npath: table\n') && table.includes('props: rows') && table.includes('elements: table, tr, td'), table);
  });

  it('parses malformed files without failing the index and reports them', async () => {
    await fs.writeFile(path.join(ws, 'src/Broken.tsx'), 'export function Broken() { return <div><span></div>; ');
    const r = await indexer().sync(await files(), { full: true });
    assert.ok(r.errors.some((e) => e.includes('Broken.tsx')), r.errors.join('\n'));
    assert.ok(r.components >= 15);
  });
});
