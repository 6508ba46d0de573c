// npx tsx bench/index_workspace.ts [--files 1000]: the workspace index on a generated workspace of N component
// files (React, Vue, Svelte, Angular, HTML): full-index time and components/s on the in-process tier and on the
// sidecar, in one run; the code-lens work for a 500-line file (parse + score); search latency p50/p95 on both
// tiers. Needs models/ (npm run build:model) and the dev venv. Writes "## Workspace index" in bench/RESULTS.md.
import { promises as fs } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Analysis } from '../src/analysis/client';
import { nullLogger } from '../src/core/logger';
import { scoreHeuristic } from '../src/core/quality/index';
import { WorkspaceIndexer, type SourceFile } from '../src/workspaceIndex/indexer';
import { WorkerEmbedder } from '../src/inference/inprocess/workerEmbedder';
import { InferenceService } from '../src/inference/service';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../src/core/inference';
import type { SidecarClient } from '../src/sidecar/client';
import { VectorStore } from '../src/store/store';
import { analysisWorkerScript } from '../test/unit/analysisWorker';
import { embedWorkerScript, MODELS_DIR, requireModel } from '../test/unit/embedWorker';
import { startSidecar, tempDir } from '../test/unit/helpers';
import { percentile, replaceSection } from './resultsMd';

const NOUNS = ['Button', 'Card', 'Modal', 'Table', 'Navbar', 'Form', 'Pricing', 'Hero', 'Footer', 'Sidebar', 'Tabs', 'Toast'];

export function source(i: number): [string, string] {
  const name = `${NOUNS[i % NOUNS.length]}${i}`;
  const items = Array.from({ length: 3 + (i % 5) }, (_, j) => `item ${j} of ${name}`);
  switch (i % 5) {
    case 0:
      return [`src/react/${name}.tsx`, `import { useState } from 'react';\n\nexport function ${name}({ title }: { title: string }) {\n  const [open, setOpen] = useState(false);\n  return (\n    <section className="p-4 md:p-6" aria-label={title}>\n      <h2>{title}</h2>\n      <button type="button" onClick={() => setOpen(!open)}>Toggle</button>\n      {open && <ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>}\n    </section>\n  );\n}\n\nexport const ${name}Badge = ({ n }: { n: number }) => <span className="badge">{n}</span>;\n`];
    case 1:
      return [`src/vue/${name}.vue`, `<template>\n  <div class="rounded border p-4">\n    <h3>{{ title }}</h3>\n    <ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>\n  </div>\n</template>\n<script setup lang="ts">\ndefineProps<{ title: string }>();\n</script>\n`];
    case 2:
      return [`src/svelte/${name}.svelte`, `<script>\n  let { title } = $props();\n  let count = $state(0);\n</script>\n\n<div class="card">\n  <h3>{title}</h3>\n  <button onclick={() => count++}>Clicked {count}</button>\n  <ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>\n</div>\n`];
    case 3:
      return [`src/angular/${name}.component.ts`, `import { Component, Input } from '@angular/core';\n\n@Component({\n  selector: 'app-${name.toLowerCase()}',\n  standalone: true,\n  template: \`<div class="card"><h3>{{ title }}</h3><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div>\`,\n})\nexport class ${name}Component {\n  @Input() title = '';\n}\n`];
    default:
      return [`pages/${name}.html`, `<!doctype html>\n<html lang="en">\n<body>\n  <section class="component" id="${name}">\n    <h2>${name}</h2>\n    <ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>\n  </section>\n</body>\n</html>\n`];
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' } } });
  const nFiles = Number(values.files);
  requireModel();
  const loadBefore = loadavg()[0]!.toFixed(2);
  const ws = tempDir('bench-ws');
  const files: SourceFile[] = [];
  for (let i = 0; i < nFiles; i++) {
    const [rel, text] = source(i);
    const p = path.join(ws, rel);
    await fs.mkdir(path.dirname(p), { recursive: true });
    await fs.writeFile(p, text);
    const st = await fs.stat(p);
    files.push({ path: p, rel, mtimeMs: st.mtimeMs, size: st.size });
  }
  const analysis = new Analysis(nullLogger, await analysisWorkerScript());
  const embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('tjs'), workerScript: await embedWorkerScript(), intraOpThreads: 2 });
  const sidecar = await startSidecar();
  let client: SidecarClient | undefined;
  const store = new VectorStore(path.join(sidecar.dataDir, 'vectors'), EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID);
  const inference = new InferenceService({ sidecar: () => client, embedder, store: () => store, log: nullLogger });
  await analysis.extract('warm.tsx', 'export const A = () => <div />;');
  await embedder.embed(['warm up']);
  await sidecar.client.embed('warm up');

  const rows: string[] = [];
  for (const [tier, c] of [['in-process', undefined], ['sidecar', sidecar.client]] as const) {
    client = c;
    const indexer = new WorkspaceIndexer({
      collection: `bench-${tier}`,
      model: EMBEDDING_MODEL_ID,
      manifestFile: path.join(sidecar.dataDir, `manifest-${tier}.json`),
      read: (f) => fs.readFile(f, 'utf8'),
      extract: (f, t, signal) => analysis.extract(f, t, { score: true, signal }),
      upsert: (col, items, signal) => inference.upsert(col, items, signal),
      remove: (col, ids) => inference.remove(col, ids),
      clear: (col) => inference.clear(col),
      log: nullLogger,
    });
    const t0 = performance.now();
    const r = await indexer.sync(files);
    const s = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const again = await indexer.sync(files);
    const noop = performance.now() - t1;
    const lat: number[] = [];
    for (let q = 0; q < 100; q++) {
      const t = performance.now();
      await inference.search(`bench-${tier}`, { text: `a ${NOUNS[q % NOUNS.length]!.toLowerCase()} with a list of items ${q}`, k: 10 });
      lat.push(performance.now() - t);
    }
    rows.push(`| ${tier} | ${nFiles} | ${r.components} | ${s.toFixed(1)} | ${(r.components / s).toFixed(0)} | ${noop.toFixed(0)} (${again.embedded} embedded) | ${percentile(lat, 50).toFixed(1)} / ${percentile(lat, 95).toFixed(1)} |`);
    console.log(rows.at(-1));
  }

  // Code lens for a 500-line file: 25 components of 20 lines, parsed in the worker, each scored by the heuristics.
  const big = Array.from({ length: 25 }, (_, i) => {
    const body = Array.from({ length: 14 }, (_, j) => `      <li className="item-${j}" onClick={() => pick(${j})}>Entry ${j}</li>`).join('\n');
    return `export function Panel${i}({ pick }: { pick: (n: number) => void }) {\n  return (\n    <ul className="panel">\n${body}\n    </ul>\n  );\n}\n`;
  }).join('\n');
  const lines = big.split('\n').length;
  const lens: number[] = [];
  for (let k = 0; k < 10; k++) {
    const t = performance.now();
    const { components } = await analysis.extract('Big.tsx', big + `\n// ${k}\n`);
    for (const c of components) scoreHeuristic({ code: c.code, framework: c.framework });
    lens.push(performance.now() - t);
  }
  const section = [
    '## Workspace index',
    '',
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}, shared with other work), Linux ${release()}, Node ${process.version}; load average (1 min) ${loadBefore} before, ${loadavg()[0]!.toFixed(2)} after`,
    `- command: \`npx tsx bench/index_workspace.ts --files ${nFiles}\`; a generated workspace of ${nFiles} files, a fifth each React (two components per file), Vue, Svelte, Angular and HTML`,
    '- what runs: the analysis worker parses and scores each file, the tier embeds (in-process: the WorkerEmbedder with 2 intra-op threads; sidecar: POST /vectors/{c}/upsert with texts, over HTTP), the store journals each batch of 32',
    '',
    '| tier | files | components | full index (s) | components/s | second sync, nothing changed (ms) | search k=10 p50 / p95 (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Code lens for a ${lines}-line file with 25 components (parse in the worker + 25 heuristic scores, 10 runs): p50 ${percentile(lens, 50).toFixed(0)} ms, max ${Math.max(...lens).toFixed(0)} ms.`,
  ].join('\n');
  replaceSection('## Workspace index', section);
  console.log(section);
  sidecar.proc.kill('SIGTERM');
  await Promise.all([analysis.dispose(), embedder.dispose()]);
}

if (require.main === module) {
  void main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
