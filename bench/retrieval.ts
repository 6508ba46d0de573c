// npx tsx bench/retrieval.ts [--corpus NAME]: the public retrieval benchmark (bench/retrieval/README.md). For each
// corpus in bench/retrieval/corpora/ with a bench/retrieval/<name>.queries.json, the components found by the project's
// own extractor are ranked for each description, by the in-process embedder, the real sidecar's embeddings (both
// cosine over componentText, a file ranked by its best component) and a lexical BM25+ baseline (minisearch) over the
// same text; recall@5 and MRR@10 over distinct files. Needs models/ (npm run build:model) and the dev venv. Writes
// the "## Retrieval" section of bench/RESULTS.md.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, release } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { extractComponents, isComponentFile } from '../src/core/extract/index';
import { WorkerEmbedder } from '../src/inference/inprocess/workerEmbedder';
import { componentCard } from '../src/core/similar/card';
import { fuseRankings, LexicalIndex, HYBRID_POOL } from '../src/core/similar/hybrid';
import type { Component } from '../src/core/extract/types';
import { embedWorkerScript, MODELS_DIR, requireModel } from '../test/unit/embedWorker';
import { startSidecar, tempDir } from '../test/unit/helpers';
import { replaceSection } from './resultsMd';

const HERE = path.join(__dirname, 'retrieval');
export const CORPORA = path.join(HERE, 'corpora');
const HEADING = '## Retrieval';

/** What the index embedded before component cards (kept here to measure against). */
function codeText(c: Pick<Component, 'name' | 'framework' | 'code'>): string {
  return `${c.name} (${c.framework} component)\n${c.code}`.slice(0, 4_000);
}
const BATCH = 64;

interface Query {
  query: string;
  expected: string[];
}
interface Item {
  file: string; // relative to the corpus
  name: string;
  /** componentText before cards: the name, the framework, then the code */
  code: string;
  /** the component card (src/core/similar/card.ts), with the file's path in the corpus */
  card: string;
}
type TextKind = 'code' | 'card';
interface Corpus {
  name: string;
  files: string[];
  items: Item[];
  queries: Query[];
  /** expected files in which the extractor found no component: no method can rank them */
  unreachable: string[];
}
/** For one query: the distinct files, best first. */
type Ranking = string[];
type Method = { name: string; rank(c: Corpus): Promise<Ranking[]> };

export function walk(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? walk(dir, r) : isComponentFile(r) ? [r] : [];
    });
}

export function loadCorpus(name: string): Corpus {
  const dir = path.join(CORPORA, name);
  const files = walk(dir);
  const items: Item[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const { components } = extractComponents(file, text);
    for (const c of components) items.push({ file, name: c.name, code: codeText(c), card: componentCard({ ...c, path: file, fileText: text }) });
  }
  const queries = JSON.parse(readFileSync(path.join(HERE, `${name}.queries.json`), 'utf8')) as Query[];
  const fileSet = new Set(files);
  const withComponents = new Set(items.map((i) => i.file));
  const unreachable = new Set<string>();
  for (const q of queries) {
    if (!q.query.trim() || q.expected.length === 0) throw new Error(`${name}: a query without text or expected files: ${JSON.stringify(q)}`);
    for (const e of q.expected) {
      if (!fileSet.has(e)) throw new Error(`${name}: expected file not in the corpus: ${e} (query "${q.query}")`);
      if (!withComponents.has(e)) unreachable.add(e);
    }
  }
  return { name, files, items, queries, unreachable: [...unreachable].sort() };
}

/** Component scores → distinct files by their best component, best first. */
function filesByBest(items: Item[], scores: ArrayLike<number>): Ranking {
  const order = Array.from({ length: items.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of order) {
    const f = items[i]!.file;
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}

/** filesByBest over the components a method scored at all (-Infinity: no term matched): the rest are not ranked. */
function matchedFiles(items: Item[], scores: Float64Array): Ranking {
  const scored = new Set(items.filter((_, i) => scores[i]! > -Infinity).map((it) => it.file));
  return filesByBest(items, scores).filter((f) => scored.has(f));
}

function unit(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return v.map((x) => x / n);
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Component-level dense scores, per tier, corpus and text kind: computed once, shared by the dense and hybrid methods. */
const denseMemo = new Map<string, Promise<{ docs: Float32Array[]; queries: Float32Array[] }>>();
function denseVectors(tier: string, kind: TextKind, c: Corpus, embed: (texts: string[]) => Promise<Float32Array[]>): Promise<{ docs: Float32Array[]; queries: Float32Array[] }> {
  const key = `${tier}\n${kind}\n${c.name}`;
  let v = denseMemo.get(key);
  if (!v) {
    v = (async () => {
      const all: Float32Array[] = [];
      const texts = [...c.items.map((i) => i[kind]), ...c.queries.map((q) => q.query)];
      for (let i = 0; i < texts.length; i += BATCH) all.push(...(await embed(texts.slice(i, i + BATCH))));
      const vecs = all.map(unit);
      return { docs: vecs.slice(0, c.items.length), queries: vecs.slice(c.items.length) };
    })();
    denseMemo.set(key, v);
  }
  return v;
}

function denseMethod(name: string, kind: TextKind, embed: (texts: string[]) => Promise<Float32Array[]>): Method {
  return {
    name: `${name} over ${kind}`,
    async rank(c) {
      const { docs, queries } = await denseVectors(name, kind, c, embed);
      return queries.map((q) => filesByBest(c.items, docs.map((d) => dot(q, d))));
    },
  };
}

const lexical = (kind: TextKind): Method => ({
  name: `lexical BM25+ (minisearch, defaults) over ${kind}`,
  rank(c) {
    const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    ms.addAll(c.items.map((it, id) => ({ id, text: it[kind] })));
    return Promise.resolve(c.queries.map((q) => {
      const scores = new Float64Array(c.items.length).fill(-Infinity);
      for (const r of ms.search(q.query)) scores[r.id as number] = r.score;
      return matchedFiles(c.items, scores);
    }));
  },
});

/** The product's lexical half (core/similar/hybrid.ts: card fields, stop words, boosts) over the cards. */
function lexicalIndexOf(c: Corpus): LexicalIndex {
  const ix = new LexicalIndex();
  c.items.forEach((it, i) => ix.set(String(i), it.card));
  return ix;
}

/** The lexical half alone, as the product runs it: components it matched, best first; unmatched files unranked. */
const productLexical: Method = {
  name: 'lexical BM25+ (core LexicalIndex) over card',
  rank(c) {
    const ix = lexicalIndexOf(c);
    return Promise.resolve(c.queries.map((q) => {
      const scores = new Float64Array(c.items.length).fill(-Infinity);
      for (const h of ix.search(q.query, c.items.length)) scores[Number(h.id)] = h.score;
      return matchedFiles(c.items, scores);
    }));
  },
};

/** Hybrid as the product runs it: the dense tier's best HYBRID_POOL and the lexical index's best HYBRID_POOL, fused by RRF. */
export function hybridMethod(name: string, embed: (texts: string[]) => Promise<Float32Array[]>): Method {
  return {
    name: `hybrid (RRF of ${name} and LexicalIndex) over card`,
    async rank(c) {
      const { docs, queries } = await denseVectors(name, 'card', c, embed);
      const ix = lexicalIndexOf(c);
      return queries.map((q, qi) => {
        const cos = docs.map((d) => dot(q, d));
        const dense = cos.map((_, i) => i).sort((a, b) => cos[b]! - cos[a]!).slice(0, HYBRID_POOL).map(String);
        const lexical = ix.search(c.queries[qi]!.query, HYBRID_POOL).map((h) => h.id);
        const fused = fuseRankings([dense, lexical]);
        const scores = new Float64Array(c.items.length).fill(-Infinity);
        for (const f of fused) scores[Number(f.id)] = f.score;
        return matchedFiles(c.items, scores);
      });
    },
  };
}

interface Scored {
  recall5: number;
  mrr10: number;
  rr: number[]; // per query, reciprocal rank within the top 10 (0 if absent)
  rankings: Ranking[];
}

export function score(c: Corpus, rankings: Ranking[]): Scored {
  const rr = c.queries.map((q, i) => {
    const r = rankings[i]!.slice(0, 10).findIndex((f) => q.expected.includes(f));
    return r < 0 ? 0 : 1 / (r + 1);
  });
  const hit5 = c.queries.map((q, i) => rankings[i]!.slice(0, 5).some((f) => q.expected.includes(f)));
  return {
    recall5: hit5.filter(Boolean).length / c.queries.length,
    mrr10: rr.reduce((a, b) => a + b, 0) / c.queries.length,
    rr,
    rankings,
  };
}

function rankOf(q: Query, r: Ranking): string {
  const i = r.findIndex((f) => q.expected.includes(f));
  return i < 0 ? 'unranked' : String(i + 1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, quick: { type: 'boolean', default: false } } });
  const names = readdirSync(CORPORA, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(HERE, `${e.name}.queries.json`)))
    .map((e) => e.name)
    .filter((n) => !values.corpus || n === values.corpus)
    .sort();
  if (!names.length) throw new Error('no corpus with a queries file');
  const corpora = names.map(loadCorpus);

  requireModel();
  const embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('bench-retrieval'), workerScript: await embedWorkerScript(), maxBatch: BATCH });
  const sidecar = await startSidecar();
  let precision = '';
  sidecar.proc.stderr?.on('data', (d: Buffer) => {
    const m = /384-d, (\w+), torch threads (\d+)\)/.exec(d.toString());
    if (m) precision = `${m[1]}, ${m[2]} torch thread(s)`;
  });
  const inProcess = (t: string[]) => embedder.embed(t);
  const bySidecar = async (t: string[]) => (await sidecar.client.embedBatch(t)).vectors;
  const methods: Method[] = [
    denseMethod('dense, in-process (WorkerEmbedder)', 'code', inProcess),
    denseMethod('dense, sidecar (POST /embed/batch)', 'code', bySidecar),
    lexical('code'),
    denseMethod('dense, in-process (WorkerEmbedder)', 'card', inProcess),
    denseMethod('dense, sidecar (POST /embed/batch)', 'card', bySidecar),
    lexical('card'),
    productLexical,
    hybridMethod('dense, in-process (WorkerEmbedder)', inProcess),
    hybridMethod('dense, sidecar (POST /embed/batch)', bySidecar),
  ].filter((m) => !values.quick || (m.name.includes('in-process') && m.name.endsWith('card')) || m === productLexical);
  if (values.quick) {
    // a quick look while changing the card: in-process over cards only, nothing written
    for (const c of corpora) for (const m of methods) { const s = score(c, await m.rank(c)); console.log(`${c.name}: ${m.name}: recall@5 ${s.recall5.toFixed(3)}, MRR@10 ${s.mrr10.toFixed(3)}`); }
    await embedder.dispose();
    sidecar.proc.kill('SIGTERM');
    return;
  }

  const results = new Map<string, Map<string, Scored>>();
  try {
    for (const c of corpora) {
      const m = new Map<string, Scored>();
      for (const method of methods) {
        const t0 = performance.now();
        m.set(method.name, score(c, await method.rank(c)));
        console.log(`${c.name}: ${method.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      results.set(c.name, m);
    }
  } finally {
    await embedder.dispose();
    sidecar.proc.kill('SIGTERM');
  }

  const table = [
    '| corpus | method | files | components | queries | recall@5 | MRR@10 |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...corpora.flatMap((c) =>
      methods.map((m) => {
        const s = results.get(c.name)!.get(m.name)!;
        return `| ${c.name} | ${m.name} | ${c.files.length} | ${c.items.length} | ${c.queries.length} | ${s.recall5.toFixed(3)} | ${s.mrr10.toFixed(3)} |`;
      })),
  ];
  // the worst misses of the hybrid methods (what the product runs), with the product's lexical half beside them
  const [lex, inproc, side] = methods.slice(6).map((m) => m.name) as [string, string, string];
  const worst = corpora.flatMap((c) => {
    const r = results.get(c.name)!;
    const a = r.get(inproc)!;
    const b = r.get(side)!;
    const l = r.get(lex)!;
    // worst for the dense tiers together: the first expected file ranked lowest (summed over both tiers)
    const pos = (q: Query, r: Ranking): number => {
      const i = r.findIndex((f) => q.expected.includes(f));
      return i < 0 ? r.length + 1 : i + 1;
    };
    const badness = (i: number): number => pos(c.queries[i]!, a.rankings[i]!) + pos(c.queries[i]!, b.rankings[i]!);
    const order = c.queries.map((_, i) => i).sort((x, y) => badness(y) - badness(x)).slice(0, 5);
    return [
      '',
      `Worst-missed queries, ${c.name}: the 5 whose first expected file the hybrid ranked lowest on both tiers (rank of the first expected file, hybrid in-process / hybrid sidecar / lexical alone; first-ranked file in-process):`,
      '',
      '| query | expected | rank | ranked first (in-process) |',
      '|---|---|---|---|',
      ...order.map((i) => {
        const q = c.queries[i]!;
        return `| ${q.query} | ${q.expected.map((e) => `\`${path.basename(e)}\``).join(', ')} | ${rankOf(q, a.rankings[i]!)} / ${rankOf(q, b.rankings[i]!)} / ${rankOf(q, l.rankings[i]!)} | \`${path.basename(a.rankings[i]![0] ?? '-')}\` |`;
      }),
    ];
  });
  const unreachable = corpora.filter((c) => c.unreachable.length).map((c) => `- ${c.name}: expected files in which the extractor found no component (no method can rank them): ${c.unreachable.map((u) => `\`${u}\``).join(', ')}`);
  const noComponent = corpora.map((c) => {
    const found = new Set(c.items.map((i) => i.file));
    const missed = c.files.filter((f) => !found.has(f));
    return `- ${c.name}: ${missed.length} of ${c.files.length} files with no extracted component${missed.length ? `: ${missed.map((f) => `\`${f}\``).join(', ')}` : ''}`;
  });
  const section = [
    HEADING,
    '',
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}; shared with other work), Linux ${release()}, Node ${process.version}`,
    `- command: \`npx tsx bench/retrieval.ts\`; corpora and queries in \`bench/retrieval/\` (README.md there): real npm packages, descriptions of what a component does, never its name`,
    '- text ranked, for every component `extractComponents` finds: "code" is what the index embedded before cards (name, framework, then the code, 4,000 characters); "card" is `componentCard` (src/core/similar/card.ts: name and path words, terms of art, doc comments, labels, visible text, elements, props, events, the rendered markup); the query as typed',
    `- dense: cosine similarity of the query's and each component's embedding (all-MiniLM-L6-v2); in-process: \`WorkerEmbedder\`, fp32 ONNX from \`npm run build:model\`; sidecar: the real \`python -m siza_ml\`${precision ? ` (${precision})` : ''}`,
    '- lexical: minisearch 7.2.0 (BM25+), OR of the query terms, no prefix or fuzzy match; "defaults": its default tokenizer over the whole text; "core LexicalIndex": the product\'s lexical half (src/core/similar/hybrid.ts: the card\'s fields, name ×2 and means ×1.5, stop words out, Porter stems from `stemmer` 2.0.1)',
    `- hybrid: the product's fusion (core/similar/hybrid.ts): the dense tier's best ${HYBRID_POOL} components and the lexical index's best ${HYBRID_POOL}, reciprocal rank fusion (k = 60, equal weights)`,
    '- cards carry a "means:" line from src/core/similar/vocabulary.json (UI terms of art and their plain descriptions) when the name or path holds a term: written from the vocabulary design systems share, after the worst misses of an earlier run were seen (so these corpora are not unseen by it; the issue\'s independent check is)',
    '- a file ranks by its best component; recall@5: share of queries with an expected file among the first 5 distinct files; MRR@10: mean reciprocal rank of the first expected file within the first 10 (0 if absent)',
    '',
    ...table,
    ...worst,
    '',
    ...noComponent,
    ...unreachable,
    '',
  ].join('\n');
  console.log(`\n${section}`);
  replaceSection(HEADING, section);
}

// the unit tier imports the corpus loader and the hybrid method for its floor (test/unit/retrievalFloor.test.ts)
if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
