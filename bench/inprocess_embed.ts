// npx tsx bench/inprocess_embed.ts [--rounds 2] [--min-ms 1200]: embedding throughput of the in-process worker
// (WorkerEmbedder, fp32 ONNX) vs the real sidecar over HTTP, on the same texts, and the effect of onnxruntime's
// graph optimisation level. Needs models/ (npm run build:model) and the dev venv. Writes the
// "## In-process embeddings" section of bench/RESULTS.md.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphOptimizationLevel } from '../src/inference/inprocess/messages';
import { WorkerEmbedder } from '../src/inference/inprocess/workerEmbedder';
import { embedWorkerScript, MODELS_DIR, requireModel } from '../test/unit/embedWorker';
import { ROOT, startSidecar, tempDir } from '../test/unit/helpers';
import { replaceSection } from './resultsMd';

const BATCHES = [1, 8, 32, 64];
const WORDS = ('button form submit table modal card header footer input select dropdown list grid navigation sidebar menu ' +
  'dialog tooltip badge avatar chart pagination search filter sort toggle checkbox radio slider progress spinner alert ' +
  'toast banner tabs accordion carousel').split(' ');
// Deterministic and distinct per index: the same texts every run, and no two requests alike.
const KINDS = {
  'short (~10 words)': (i: number) => Array.from({ length: 10 }, (_, j) => WORDS[(i * 7 + j * 11) % WORDS.length]).join(' ') + ` ${i}`,
  'code (~90 word pieces)': (i: number) =>
    `export function List${i}({ items, onSelect }) { return (<ul className="list-${i % 7}" aria-label="Items">` +
    `{items.map((item) => <li key={item.id} onClick={() => onSelect(item)}>{item.label}</li>)}</ul>); }`,
} as const;
type Kind = keyof typeof KINDS;
type Embed = (texts: string[]) => Promise<unknown>;

interface Row {
  tier: string;
  embed: Embed;
  best: Map<string, number>; // `${kind}|${batch}` → sentences/s, best of the rounds
}

let counter = 0;
async function throughput(embed: Embed, kind: Kind, batch: number, minMs: number): Promise<number> {
  const next = (): string[] => Array.from({ length: batch }, () => KINDS[kind](counter++));
  await embed(next()); // warm: shapes of this batch size
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || n < 2 * batch) {
    await embed(next());
    n += batch;
  }
  return n / ((performance.now() - t0) / 1000);
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' }, 'min-ms': { type: 'string', default: '1200' } } });
  const rounds = Number(values.rounds);
  const minMs = Number(values['min-ms']);
  requireModel();
  const loadBefore = loadavg();
  const script = await embedWorkerScript();
  // The WorkerEmbedder default first ('basic'), then the other levels; 'onnxruntime default' passes none at all.
  const workers: [string, number, GraphOptimizationLevel | 'onnxruntime default'][] = [
    ['in-process', 1, 'basic'],
    ['in-process', 2, 'basic'],
    ['in-process', 1, 'all'],
    ['in-process', 1, 'disabled'],
    ['in-process', 1, 'onnxruntime default'],
  ];
  const embedders = workers.map(([, threads, graph]) =>
    new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('bench-tjs'), workerScript: script, intraOpThreads: threads, maxBatch: 64,
      ...(graph === 'onnxruntime default' ? { graphOptimization: undefined } : { graphOptimization: graph }) }));
  const precision: string[] = [];
  const sidecars = await Promise.all([1, 2].map(async (threads) => {
    const s = await startSidecar({ SIZA_ML_TORCH_THREADS: String(threads) });
    // The sidecar logs its precision at load (bf16 where the CPU has it natively and it agrees with fp32).
    s.proc.stderr?.on('data', (d: Buffer) => {
      const m = /\(384-d, (\w+), torch threads (\d+)\)/.exec(d.toString());
      if (m) precision.push(`${m[1]} with ${m[2]} torch thread(s)`);
    });
    return s;
  }));
  const rows: Row[] = [
    ...workers.map(([tier, threads, graph], i) => ({
      tier: `${tier}, ${threads} intra-op thread(s), graph opt. ${graph}`,
      embed: (t: string[]) => embedders[i]!.embed(t),
      best: new Map<string, number>(),
    })),
    ...sidecars.map((s, i) => ({
      tier: `sidecar over HTTP, ${i + 1} torch thread(s)`,
      embed: (t: string[]) => (t.length === 1 ? s.client.embed(t[0]!) : s.client.embedBatch(t)),
      best: new Map<string, number>(),
    })),
  ];
  for (const r of rows) await r.embed(['warm up the model']);
  // Rounds alternate over every row, so a neighbour's load spike hits one round, not one tier; each round
  // starts one row later, so no row always runs first (the first ran measurably slower in trials).
  for (let round = 0; round < rounds; round++) {
    for (const r of [...rows.slice(round % rows.length), ...rows.slice(0, round % rows.length)]) {
      for (const kind of Object.keys(KINDS) as Kind[]) {
        for (const b of BATCHES) {
          const v = await throughput(r.embed, kind, b, minMs);
          const key = `${kind}|${b}`;
          r.best.set(key, Math.max(v, r.best.get(key) ?? 0));
        }
      }
      console.log(`round ${round + 1}: ${r.tier} done`);
    }
  }
  await Promise.all(embedders.map((e) => e.dispose()));
  for (const s of sidecars) s.proc.kill('SIGTERM');

  const header = `| tier | texts | ${BATCHES.map((b) => `batch ${b}`).join(' | ')} |\n|---|---|${BATCHES.map(() => '---:').join('|')}|`;
  const lines = rows.flatMap((r) =>
    (Object.keys(KINDS) as Kind[]).map((k) => `| ${r.tier} | ${k} | ${BATCHES.map((b) => Math.round(r.best.get(`${k}|${b}`)!)).join(' | ')} |`));
  // Geometric mean of per-cell ratios: one number per question, every text kind and batch size weighted alike.
  const ratio = (a: Row, b: Row, batches = BATCHES): string => {
    const keys = (Object.keys(KINDS) as Kind[]).flatMap((k) => batches.map((bs) => `${k}|${bs}`));
    return Math.exp(keys.reduce((s, key) => s + Math.log(a.best.get(key)! / b.best.get(key)!), 0) / keys.length).toFixed(2);
  };
  const [w1, w2, wAll, wOff, wOrt, s1, s2] = rows as [Row, Row, Row, Row, Row, Row, Row];
  const findings = [
    `- graph optimisation, 1 thread (ratio of sentences/s, geometric mean over all cells): "all" / "basic" ${ratio(wAll, w1)}, "disabled" / "basic" ${ratio(wOff, w1)}, onnxruntime default / "all" ${ratio(wOrt, wAll)}`,
    `- in-process / sidecar at equal threads: 1 thread ${ratio(w1, s1)} (batch 1 only: ${ratio(w1, s1, [1])}), 2 threads ${ratio(w2, s2)} (batch 1 only: ${ratio(w2, s2, [1])}); in-process 2 / 1 threads ${ratio(w2, w1)}`,
  ];
  const loadAfter = loadavg();
  const section = [
    '## In-process embeddings',
    '',
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}; shared with other work), Linux ${release()}, Node ${process.version}`,
    `- load average (1 min) before / after: ${loadBefore[0]!.toFixed(2)} / ${loadAfter[0]!.toFixed(2)}`,
    `- command: \`npx tsx bench/inprocess_embed.ts --rounds ${rounds} --min-ms ${minMs}\`; sentences/s, best of ${rounds} rounds (rounds alternate over the rows, each starting one row later); each cell sends requests of one batch size one at a time for at least ${minMs} ms, every text distinct`,
    `- in-process: \`WorkerEmbedder\` (dist/embed-worker.js as built by esbuild), Transformers.js ${version('@huggingface/transformers')}, onnxruntime-node ${version('onnxruntime-node')}, the fp32 ONNX from \`npm run build:model\`, one worker thread, \`interOpNumThreads\` 1; \`graphOptimizationLevel\` "basic" is the WorkerEmbedder default, "onnxruntime default" sets none`,
    `- sidecar: the real \`python -m siza_ml\` (SIZA_ML_TORCH_THREADS 1 and 2), \`POST /embed\` for batch 1, else \`POST /embed/batch\`, through \`SidecarClient\` (undici, keep-alive); its model ran in ${[...new Set(precision)].join(', ') || 'an unreported precision'}`,
    '- code texts: a one-line React component, about 91 word pieces with the model\'s tokenizer; short texts: 10 component words + a number (about 17 word pieces)',
    '',
    header,
    ...lines,
    '',
    ...findings,
    '',
  ].join('\n');
  console.log(`\n${section}`);
  replaceSection('## In-process embeddings', section);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
