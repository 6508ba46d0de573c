// npx tsx bench/calibration.ts [--section "## Calibration (before)"] [--dir test/fixtures/calibration-holdout] [--no-write]:
// scores every calibration pair (test/fixtures/calibration, or the set in --dir) and the library's components with inProcessScore, prints the summary and writes
// the section into bench/RESULTS.md. Deterministic (no timing), so the numbers only move when the scorer does.
import { execFileSync } from 'node:child_process';
import { cpus, release } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { FRAMEWORKS } from '../src/core/frameworks';
import { calibrate, DEFECT_KINDS, IMPACTS, summarise, type Calibration, type Summary } from './calibrationSet';
import { replaceSection } from './resultsMd';

/** The commit the scorer came from, and whether its tracked files differ from it (the numbers belong to that code). */
function scorerVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '../src/core', '../python/siza_ml/rules') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/core or the rules' : ', src/core and the rules as committed'}`;
  } catch {
    return 'unknown (no git)';
  }
}

const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '–');

function row(label: string, s: Summary): string {
  return `| ${label} | ${s.pairs} | ${s.rankedRight.toFixed(1)}% | ${f2(s.goodMedian)} | ${f2(s.flawedMedian)} | ${f2(s.flawedMax)} | ${s.flawedAtLeast85} |`;
}

/** The RESULTS.md section (also what is printed). */
export function renderSection(heading: string, c: Calibration, when: Date = new Date(), setDir = 'test/fixtures/calibration'): string {
  const lib = c.librarySummary;
  const lowest = [...c.library].sort((a, b) => a.score - b.score).slice(0, 5);
  return [
    heading,
    '',
    `- date: ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}, shared with other work), Linux ${release()}, Node ${process.version}`,
    '- command: `npx tsx bench/calibration.ts`; the score is `inProcessScore(code, framework, file)` (heuristics + the analysers merged by `src/core/a11y`), the file name picking the dialect',
    `- scorer: ${scorerVersion()}`,
    `- set: \`${setDir}/pairs.json\`, ${c.overall.pairs} (good, flawed) pairs, one defect per flawed file; "ranked right" is good > flawed, strictly`,
    '',
    '| subset | pairs | ranked right | good median | flawed median | flawed max | flawed ≥ 8.5 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('all', c.overall),
    ...FRAMEWORKS.map((fw) => row(fw, c.byFramework[fw])),
    ...IMPACTS.map((i) => row(`impact ${i}`, summarise(c.scored.filter((p) => p.impact === i)))),
    '',
    'By defect kind:',
    '',
    '| kind | pairs | ranked right | good median | flawed median | flawed max | flawed ≥ 8.5 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...DEFECT_KINDS.map((k) => row(k, summarise(c.scored.filter((p) => p.kind === k)))),
    '',
    'The 10 highest-scoring flawed files:',
    '',
    '| id | framework | flawed | good | impact | defect |',
    '|---|---|---:|---:|---|---|',
    ...c.worstFlawed.map((p) => `| ${p.id} | ${p.framework} | ${f2(p.flawedScore)} | ${f2(p.goodScore)} | ${p.impact} | ${p.defect.replace(/\|/g, '\\|')} |`),
    '',
    `Library components (known-good, \`LIBRARY\` rendered in each framework): ${lib.count} renders, median ${f2(lib.median)}, min ${f2(lib.min)}, ${lib.below85} below 8.5; lowest: ${lowest.map((l) => `${l.name}/${l.framework} ${f2(l.score)}`).join(', ')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { section: { type: 'string', default: '## Calibration (before)' }, dir: { type: 'string' }, 'no-write': { type: 'boolean', default: false } },
  });
  const c = await calibrate(values.dir === undefined ? undefined : path.resolve(values.dir));
  const section = renderSection(values.section, c, new Date(), values.dir === undefined ? undefined : path.relative(path.join(__dirname, '..'), path.resolve(values.dir)));
  console.log(section);
  if (!values['no-write']) replaceSection(values.section, section);
}

if (require.main === module) void main();
