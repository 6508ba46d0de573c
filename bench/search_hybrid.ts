// npx tsx bench/search_hybrid.ts [--components 10000]: the latency of the sidebar's hybrid search in-process, as
// ComponentSearch.search runs it for the workspace (the library's five suggestions left out): the query embedded by
// the WorkerEmbedder and searched in the VectorStore (k = HYBRID_POOL), the LexicalIndex searched, the two fused.
// The components are the retrieval benchmark's real cards (bench/retrieval/corpora), copied with numbered names up
// to N; their vectors are the real cards' embeddings (a copy's vector is its original's, nudged: latency does not
// depend on which vectors they are). The queries are the benchmark's 153 descriptions, twice each after a warm-up.
// Writes "## Hybrid search latency" in bench/RESULTS.md.
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../src/core/inference';
import { nullLogger } from '../src/core/logger';
import { fuseHits, HYBRID_POOL, LexicalIndex } from '../src/core/similar/hybrid';
import { EXTENSION_ONNX_THREADS, WorkerEmbedder } from '../src/inference/inprocess/workerEmbedder';
import { InferenceService } from '../src/inference/service';
import { VectorStore } from '../src/store/store';
import { embedWorkerScript, MODELS_DIR, requireModel } from '../test/unit/embedWorker';
import { tempDir } from '../test/unit/helpers';
import { loadCorpus } from './retrieval';
import { percentile, replaceSection } from './resultsMd';

const HEADING = '## Hybrid search latency';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { components: { type: 'string', default: '10000' } } });
  const n = Number(values.components);
  requireModel();
  const corpora = ['carbon-components-svelte', 'patternfly-react-core'].map(loadCorpus);
  const originals = corpora.flatMap((c) => c.items.map((i) => ({ name: i.name, card: i.card })));
  const queries = corpora.flatMap((c) => c.queries.map((q) => q.query));

  const embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('bench-hybrid'), workerScript: await embedWorkerScript(), maxBatch: 64, intraOpThreads: EXTENSION_ONNX_THREADS });
  const store = new VectorStore(path.join(tempDir('bench-hybrid-store'), 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
  const inference = new InferenceService({ sidecar: () => undefined, embedder, store: () => store, log: nullLogger });
  try {
    const vectors: Float32Array[] = [];
    for (let i = 0; i < originals.length; i += 64) vectors.push(...(await embedder.embed(originals.slice(i, i + 64).map((o) => o.card))));
    const lexical = new LexicalIndex();
    const t0 = performance.now();
    const items = Array.from({ length: n }, (_, i) => {
      const o = originals[i % originals.length]!;
      const copy = Math.floor(i / originals.length);
      const card = copy ? o.card.replace(/^[^\n(]*/, (first) => `${first.trim()} ${copy} `) : o.card;
      const metadata = { name: copy ? `${o.name}${copy}` : o.name, rel: `copy${copy}/${o.name}` };
      lexical.set(String(i), card, metadata);
      const v = vectors[i % originals.length]!.map((x) => x + (copy ? (Math.random() - 0.5) * 0.01 : 0));
      return { id: String(i), vector: v, metadata };
    });
    const lexicalBuild = performance.now() - t0;
    for (let i = 0; i < items.length; i += 256) await store.upsert('bench', items.slice(i, i + 256));

    const one = async (q: string) => {
      const a = performance.now();
      const [dense, words] = await Promise.all([inference.search('bench', { text: q, k: HYBRID_POOL }), Promise.resolve(lexical.search(q, HYBRID_POOL))]);
      const b = performance.now();
      fuseHits(q, dense.hits, words);
      return { total: performance.now() - a, parts: b - a };
    };
    for (const q of queries.slice(0, 20)) await one(q); // warm-up
    const total: number[] = [];
    const lex: number[] = [];
    const dense: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        total.push((await one(q)).total);
        const a = performance.now();
        lexical.search(q, HYBRID_POOL);
        lex.push(performance.now() - a);
        const b = performance.now();
        await inference.search('bench', { text: q, k: HYBRID_POOL });
        dense.push(performance.now() - b);
      }
    }
    const json = JSON.stringify(lexical).length;
    const section = [
      HEADING,
      '',
      `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}; shared with other work), Linux ${release()}, Node ${process.version}; load average (1 min) ${loadavg()[0]!.toFixed(2)} at the end`,
      `- command: \`npx tsx bench/search_hybrid.ts --components ${n}\`: ${originals.length} real cards from bench/retrieval's corpora, copied with numbered names to ${n.toLocaleString('en-US')}; ${queries.length} benchmark descriptions, twice each after 20 warm-up queries, one at a time`,
      `- what is timed: the workspace half of ComponentSearch.search in-process — the query embedded (WorkerEmbedder, ${EXTENSION_ONNX_THREADS} onnxruntime threads as the extension runs it) and searched in the VectorStore (k = ${HYBRID_POOL}), the LexicalIndex searched (k = ${HYBRID_POOL}), the two fused by RRF`,
      '',
      '| components | hybrid search p50 / p95 (ms) | lexical alone p50 / p95 (ms) | dense alone (embed + store) p50 / p95 (ms) | lexical index built (ms) | lexical.json (MB) |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${n.toLocaleString('en-US')} | ${percentile(total, 50).toFixed(1)} / ${percentile(total, 95).toFixed(1)} | ${percentile(lex, 50).toFixed(1)} / ${percentile(lex, 95).toFixed(1)} | ${percentile(dense, 50).toFixed(1)} / ${percentile(dense, 95).toFixed(1)} | ${lexicalBuild.toFixed(0)} | ${(json / 1e6).toFixed(1)} |`,
      '',
    ].join('\n');
    console.log(section);
    replaceSection(HEADING, section);
  } finally {
    await embedder.dispose();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
