// npx tsx bench/cli_check.ts [--files 1000] [--runs 1] [--profile] [--no-write]: the built siza-gen-check
// (scripts/build-cli.mjs) timed on N generated files, the library's components rendered in turn for each framework
// under new names; --profile adds a run under node --cpu-prof that says where the time goes. Writes "## CLI quality gate".
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FRAMEWORKS } from '../src/core/frameworks';
import { LIBRARY } from '../src/core/library/components';
import { render } from '../src/core/library/render';
import { replaceSection } from './resultsMd';

const HEADING = '## CLI quality gate';
const GLOB = 'src/**/*.{tsx,ts,vue,svelte,html}';

/** N files: file i is LIBRARY[i/5] in FRAMEWORKS[i%5], renamed so no two files share a component name. */
function generate(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const framework = FRAMEWORKS[i % FRAMEWORKS.length]!;
    const c = LIBRARY[Math.floor(i / FRAMEWORKS.length) % LIBRARY.length]!;
    const r = render(c, framework, { name: `${c.name}V${i}` });
    const file = path.join(dir, 'src', framework, r.fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, r.code);
  }
}

/** The commit the bundle was built from, and whether src/ differed from it (others' work in progress is bundled too). */
function sourceVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', '../src', '../python/siza_ml/rules') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ', with uncommitted changes in src/ or the rules' : ', src/ as committed'}`;
  } catch {
    return 'unknown (no git)';
  }
}

interface Timed {
  seconds: number;
  code: number | null;
  stderr: string;
}

function timed(args: string[], cwd: string): Timed {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { seconds: (performance.now() - t0) / 1000, code: r.status, stderr: r.stderr };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** Self time by bundled source (esbuild's `// node_modules/<pkg>/…` markers), from a .cpuprofile's samples. */
function whereTimeGoes(profileFile: string, bundle: string): { top: [string, number][]; totalMs: number } {
  const prof = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const lines = fs.readFileSync(bundle, 'utf8').split('\n');
  // the line where each bundled module starts, and its package (or src/ folder)
  const starts: { line: number; owner: string }[] = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:node_modules\/((?:@[^/]+\/)?[^/]+))|(src\/[^/]+\/[^/]+))/.exec(l);
    if (m) starts.push({ line: i, owner: m[2] ?? m[3]! });
  });
  const ownerAt = (line: number): string => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = 'bundle prologue';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.owner;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const lineOf = new Map<number, number>();
  for (const n of prof.nodes) lineOf.set(n.id, (n.callFrame as { lineNumber?: number }).lineNumber ?? -1);
  const totals = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const url = n.callFrame.url;
    const key = url.endsWith(path.basename(bundle))
      ? ownerAt(lineOf.get(id)!)
      : url === ''
        ? `(${n.callFrame.functionName || 'native'})`
        : url.startsWith('evalmachine.')
          ? "axe-core (evaluated into happy-dom's window by core/a11y/html.ts)"
          : `node: ${url.replace(/^node:(internal\/)?/, '')}`;
    // timeDeltas are in microseconds
    totals.set(key, (totals.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1e3);
  });
  const sorted = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  return { top: sorted.slice(0, 8), totalMs: sorted.reduce((a, [, ms]) => a + ms, 0) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, profile: { type: 'boolean' }, 'no-write': { type: 'boolean' } } });
  const n = Number(values.files);
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'siza-cli-bench-'));
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    const bin = await buildCli({ outDir: path.join(dir, 'cli') });
    const ws = path.join(dir, 'ws');
    generate(ws, n);
    const load0 = loadavg()[0]!;
    const startup = timed([bin, '--version'], ws);
    const runs = Array.from({ length: Number(values.runs) }, () => timed([bin, GLOB, '--format', 'json', '--output', 'report.json'], ws));
    const load1 = loadavg()[0]!;
    const bad = runs.find((r) => r.code !== 0 && r.code !== 1);
    if (bad) throw new Error(`siza-gen-check exited ${bad.code}: ${bad.stderr}`);
    const run = [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1]!;
    const report = JSON.parse(fs.readFileSync(path.join(ws, 'report.json'), 'utf8')) as { summary: { files: number; components: number; below: number; findings: number } };
    const s = report.summary;
    let profile: string[] = [];
    if (values.profile) {
      // the unminified build keeps esbuild's per-module markers, which say what each line belongs to
      const devBin = await buildCli({ outDir: path.join(dir, 'cli-dev'), dev: true });
      const profDir = path.join(dir, 'prof');
      timed(['--cpu-prof', '--cpu-prof-dir', profDir, devBin, GLOB, '--format', 'json', '--output', 'report2.json'], ws);
      const file = path.join(profDir, fs.readdirSync(profDir)[0]!);
      const { top, totalMs } = whereTimeGoes(file, devBin);
      profile = ['', `Where the time goes (node --cpu-prof on the unminified build, self time by bundled package; ${(totalMs / 1000).toFixed(1)} s sampled in all, the top 8):`, '', '| source | self time (s) |', '|---|---:|', ...top.map(([k, ms]) => `| ${k} | ${(ms / 1000).toFixed(1)} |`)];
    }
    const section = [
      HEADING,
      '',
      `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}, shared with other work), Linux ${release()}, Node ${process.version}; load average (1 min) ${load0.toFixed(2)} before, ${load1.toFixed(2)} after`,
      `- command: \`npx tsx bench/cli_check.ts --files ${n} --runs ${runs.length}${values.profile ? ' --profile' : ''}\`: the production bundle (\`scripts/build-cli.mjs\`) run ${runs.length === 1 ? 'once' : `${runs.length} times`} as \`siza-gen-check "${GLOB}" --format json\` on ${n} generated files (the ${LIBRARY.length} library components rendered in turn for React, Vue, Svelte, Angular and HTML, each under a new name); one process, one thread`,
      `- built from: ${sourceVersion()}`,
      '- target: ≤ 30 s on 2 cores',
      '',
      `| files | components | below 7 | findings | run (s)${runs.length > 1 ? `, median of ${runs.length}` : ''} | files/s | start-up alone, \`--version\` (s) |`,
      '|---:|---:|---:|---:|---:|---:|---:|',
      `| ${s.files} | ${s.components} | ${s.below} | ${s.findings} | ${run.seconds.toFixed(1)} | ${(s.files / run.seconds).toFixed(0)} | ${startup.seconds.toFixed(2)} |`,
      ...(runs.length > 1 ? ['', `Each run (s): ${runs.map((r) => r.seconds.toFixed(1)).join(', ')}; the machine's 2 cores are shared, so the load average above moves them.`] : []),
      ...profile,
    ].join('\n');
    console.log(section);
    if (!values['no-write']) replaceSection(HEADING, section);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
