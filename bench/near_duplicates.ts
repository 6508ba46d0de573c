// npx tsx bench/near_duplicates.ts: Find Similar from a component (code → code), as ComponentSearch.similarTo runs
// it: the component's card embedded in-process and searched among every other component, near-copies flagged by
// MinHash (core/similar/minhash.ts, Jaccard ≥ DUPLICATE_JACCARD). On the retrieval benchmark's two real corpora, one
// component in four gets a generated copy of one of four kinds — renamed (the name and its props type, the file
// moved to legacy/), re-commented and re-indented, lightly changed (a string literal edited and a line added), and
// renamed + re-commented — written into the corpus as a new file. Measured: how often a copy's original ranks first
// among its neighbours (and in the top 3), how often the pair is flagged a duplicate, and how many flags in the top
// 15 of every component are not its copy or original (false flags; listed, since a real library can hold real
// near-copies: the ones listed were read, and are copy-pasted code in the library itself). Writes "## Near-duplicates (code → code)" in bench/RESULTS.md.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import * as path from 'node:path';
import { extractComponents } from '../src/core/extract/index';
import { componentCard } from '../src/core/similar/card';
import { codeTokens, isNearCopy, signature, SMALL_COMPONENT_TOKENS } from '../src/core/similar/minhash';
import { WorkerEmbedder } from '../src/inference/inprocess/workerEmbedder';
import { embedWorkerScript, MODELS_DIR, requireModel } from '../test/unit/embedWorker';
import { tempDir } from '../test/unit/helpers';
import { CORPORA, walk } from './retrieval';
import { replaceSection } from './resultsMd';

const HEADING = '## Near-duplicates (code → code)';
const TOP = 15;
type Kind = 'renamed' | 're-commented' | 'lightly changed' | 'renamed + re-commented';
const KINDS: Kind[] = ['renamed', 're-commented', 'lightly changed', 'renamed + re-commented'];

interface Item {
  id: string;
  file: string;
  name: string;
  card: string;
  sig: number[];
  tokens: number;
  /** For a copy: the id of its original; for an original that was copied: the copy's id. */
  twin?: string;
  kind?: Kind;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A generated copy of a file, as a maintainer would make one. */
function copyOf(kind: Kind, file: string, text: string, name: string): { file: string; text: string; name: string } {
  const ext = path.extname(file);
  const rename = kind.startsWith('renamed');
  const newName = rename ? `Legacy${name}` : name;
  let t = rename ? text.replace(new RegExp(`\\b${escape(name)}(?=Props\\b|\\b)`, 'g'), newName) : text;
  if (kind.includes('re-commented')) {
    // comments above and inside, and the indentation changed: the code itself is the same
    const note = ext === '.svelte' || ext === '.vue' || ext === '.html' ? '<!-- copied from the design system; keep in sync -->\n' : '// copied from the design system; keep in sync\n';
    t = note + t.replace(/^( +)/gm, (s) => ' '.repeat(Math.max(0, s.length * 2)));
  }
  if (kind === 'lightly changed') {
    // one string literal edited (the first quoted word), and one line added at the end of the file
    t = t.replace(/(["'])([A-Za-z][A-Za-z -]{2,30})\1/, (_m, q: string, s: string) => `${q}${s} (v2)${q}`) + (ext === '.svelte' || ext === '.vue' ? '\n<!-- v2 -->\n' : '\n// v2\n');
  }
  const dir = path.dirname(file);
  const base = path.basename(file, ext);
  // a Svelte or Vue component is named by its file: a copy that keeps its name keeps its file name, in legacy/
  return { file: path.join(dir, 'legacy', `${rename && base === name ? newName : base}${ext}`).split(path.sep).join('/'), text: t, name: newName };
}

function loadWithCopies(corpus: string): { items: Item[]; copies: number } {
  const dir = path.join(CORPORA, corpus);
  const items: Item[] = [];
  let n = 0;
  for (const file of walk(dir)) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const found = extractComponents(file, text).components;
    const originals = found.map((c) => {
      const it: Item = { id: `${file}#${c.name}`, file, name: c.name, card: componentCard({ ...c, path: file, fileText: text }), sig: signature(c.code, c.name), tokens: codeTokens(c.code, c.name).length };
      items.push(it);
      return it;
    });
    // one file in four is copied: its first component is the one measured
    const first = found[0];
    if (!first || n++ % 4 !== 0) continue;
    const kind = KINDS[Math.floor(n / 4) % KINDS.length]!;
    const copy = copyOf(kind, file, text, first.name);
    const c = extractComponents(copy.file, copy.text).components.find((x) => x.name === copy.name);
    if (!c) continue;
    const it: Item = { id: `${copy.file}#${c.name}`, file: copy.file, name: c.name, card: componentCard({ ...c, path: copy.file, fileText: copy.text }), sig: signature(c.code, c.name), tokens: codeTokens(c.code, c.name).length, twin: originals[0]!.id, kind };
    originals[0]!.twin = it.id;
    items.push(it);
  }
  return { items, copies: items.filter((i) => i.kind).length };
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

async function main(): Promise<void> {
  requireModel();
  const embedder = new WorkerEmbedder({ modelsDir: MODELS_DIR, cacheDir: tempDir('bench-near'), workerScript: await embedWorkerScript(), maxBatch: 64 });
  const rows: string[] = [];
  const falseFlags: string[] = [];
  try {
    for (const corpus of ['carbon-components-svelte', 'patternfly-react-core']) {
      const { items, copies } = loadWithCopies(corpus);
      const vecs: Float32Array[] = [];
      for (let i = 0; i < items.length; i += 64) vecs.push(...(await embedder.embed(items.slice(i, i + 64).map((x) => x.card))));
      const perKind = new Map<Kind, { n: number; first: number; top3: number; flagged: number }>();
      let flags = 0;
      let wrongFlags = 0;
      items.forEach((q, qi) => {
        const neighbours = items
          .map((it, i) => ({ it, s: i === qi ? -Infinity : dot(vecs[qi]!, vecs[i]!) }))
          .sort((a, b) => b.s - a.s)
          .slice(0, TOP);
        for (const { it } of neighbours) {
          if (!isNearCopy(q.sig, it.sig, q.tokens)) continue;
          flags++;
          if (it.id !== q.twin) {
            wrongFlags++;
            if (wrongFlags <= 6) falseFlags.push(`\`${q.id}\` → \`${it.id}\``);
          }
        }
        if (!q.kind) return;
        const k = perKind.get(q.kind) ?? { n: 0, first: 0, top3: 0, flagged: 0 };
        const r = neighbours.findIndex((x) => x.it.id === q.twin);
        k.n++;
        if (r === 0) k.first++;
        if (r >= 0 && r < 3) k.top3++;
        if (isNearCopy(q.sig, items.find((x) => x.id === q.twin)!.sig, q.tokens) && r >= 0) k.flagged++;
        perKind.set(q.kind, k);
      });
      const all = [...perKind.values()].reduce((a, b) => ({ n: a.n + b.n, first: a.first + b.first, top3: a.top3 + b.top3, flagged: a.flagged + b.flagged }), { n: 0, first: 0, top3: 0, flagged: 0 });
      const pct = (x: number, n: number) => `${((x / n) * 100).toFixed(1)} %`;
      for (const [kind, k] of [...perKind.entries(), ['all' as const, all] as const]) {
        rows.push(`| ${corpus} | ${kind} | ${k.n} | ${pct(k.first, k.n)} | ${pct(k.top3, k.n)} | ${pct(k.flagged, k.n)} | ${kind === 'all' ? `${wrongFlags} of ${flags} (${items.length} components searched)` : ''} |`);
      }
      console.log(`${corpus}: ${items.length} components, ${copies} copies`);
    }
  } finally {
    await embedder.dispose();
  }
  const section = [
    HEADING,
    '',
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}; shared with other work), Linux ${release()}, Node ${process.version}; load average (1 min) ${loadavg()[0]!.toFixed(2)} at the end`,
    `- command: \`npx tsx bench/near_duplicates.ts\`; the corpora of bench/retrieval/, one file in four copied (the kinds in turn), the copy searched like Find Similar from a component (in-process, its card; the first 15 neighbours), flagged as the product flags (\`isNearCopy\`: MinHash Jaccard ≥ 0.8, or the same code for a component of under ${SMALL_COMPONENT_TOKENS} tokens)`,
    '- original first / in top 3: the copy\'s original among its neighbours; flagged: the pair marked duplicate; other flags: duplicate marks, over every component\'s first 15 neighbours, on a pair that is not a generated copy and its original — the library\'s own near-copies or false flags: the first 6 of each corpus are listed to be read',
    '',
    '| corpus | copy | copies | original first | original in top 3 | flagged duplicate | other flags |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows,
    '',
    ...(falseFlags.length ? ['Other flags (the first 6 of each corpus): a component → the one flagged as its duplicate:', '', ...falseFlags.map((f) => `- ${f}`), ''] : []),
  ].join('\n');
  console.log(section);
  replaceSection(HEADING, section);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
