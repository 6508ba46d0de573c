// npx tsx bench/venv_bootstrap.ts: the lean base and its extras (issue 18), from Install to ready, with the pip
// cache as it is here (warm: a second install on this machine). For the base alone: python -m venv + pip install of
// python/requirements.txt + verify (ensureEnvironment, as the extension runs it), then the real sidecar started
// from that venv until /health answers and until the first /embed is answered. Then each extra installed into the
// same venv (installExtra, as on a feature's first use), and the sidecar started again. RSS from /ready: idle
// (before the model), with the model loaded, after embedding 512 code-like texts (/embed/batch). Writes the
// "## Lean base: install to ready and memory" section of bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureEnvironment } from '../src/sidecar/bootstrap';
import { EXTRA_PARTS, installExtra, type ExtraName } from '../src/sidecar/extras';
import { choosePort } from '../src/sidecar/port';
import { findPython } from '../src/sidecar/python';
import { SidecarClient } from '../src/sidecar/client';
import { nullLogger } from '../src/core/logger';
import { replaceSection } from './resultsMd';

const ROOT = path.resolve(__dirname, '..');
const HEADING = '## Lean base: install to ready and memory';
const PIP = { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: false };
const TOKEN = 'bench-token';

function codeTexts(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `export function Card${i}({ title, onClick }: Props) { const [open, setOpen] = useState(false); return (<div className="card card-${i}"><button onClick={() => setOpen(!open)}>{title}</button></div>); }`);
}

interface Run {
  healthS: number;
  firstEmbedS: number;
  rss: { idle: number; loaded: number; working: number };
  runtime: string | null;
  extras: Record<string, boolean>;
}

async function serve(venvPython: string, started: number): Promise<Run> {
  const port = await choosePort(0);
  const data = mkdtempSync(path.join(tmpdir(), 'siza-bench-data-'));
  const proc = spawn(venvPython, ['-m', 'siza_ml', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, HF_HUB_OFFLINE: '1', PYTHONPATH: path.join(ROOT, 'python'), PYTHONSAFEPATH: '1', SIZA_ML_TOKEN: TOKEN, SIZA_ML_DATA_DIR: data },
    stdio: 'ignore',
  });
  const client = new SidecarClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN });
  try {
    for (;;) {
      if (await client.health({ timeoutMs: 1_000 }).then(() => true, () => false)) break;
      if (proc.exitCode !== null) throw new Error(`the sidecar exited (${proc.exitCode})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const healthS = (Date.now() - started) / 1000;
    const idle = (await client.ready()).memory.rss_mb;
    await client.embed('a submit button');
    const firstEmbedS = (Date.now() - started) / 1000;
    const ready = await client.ready();
    await client.embedBatch(codeTexts(512), { timeoutMs: 900_000 });
    const after = await client.ready();
    return { healthS, firstEmbedS, rss: { idle, loaded: ready.memory.rss_mb, working: after.memory.rss_mb }, runtime: after.embedding_runtime, extras: after.extras };
  } finally {
    proc.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const found = await findPython('');
  if (!found.ok) throw new Error(found.message);
  const work = mkdtempSync(path.join(tmpdir(), 'siza-bench-'));
  const loadBefore = loadavg()[0]!;
  let t = Date.now();
  const env = await ensureEnvironment({
    python: found.python.executable,
    pythonVersion: found.python.version,
    venvsDir: path.join(work, 'venvs'),
    requirements: [{ path: path.join(ROOT, 'python', 'requirements.txt') }],
    extensionVersion: 'bench',
    pip: PIP,
    log: nullLogger,
  });
  const baseInstallS = env.durationMs / 1000;
  const base = await serve(env.venvPython, t);
  console.log('base', baseInstallS, base);
  const extraS: Partial<Record<ExtraName, number>> = {};
  for (const name of Object.keys(EXTRA_PARTS) as ExtraName[]) {
    const r = await installExtra({
      venvDir: env.venvDir,
      pythonDir: path.join(ROOT, 'python'),
      name,
      pythonVersion: found.python.version,
      extensionVersion: 'bench',
      pip: PIP,
      log: nullLogger,
    });
    extraS[name] = r.durationMs / 1000;
    console.log(name, extraS[name]);
  }
  t = Date.now();
  const all = await serve(env.venvPython, t);
  console.log('all', all);
  rmSync(work, { recursive: true, force: true });
  const f = (x: number) => x.toFixed(1);
  const row = (label: string, install: string, r: Run) =>
    `| ${label} | ${install} | ${f(r.healthS)} | ${f(r.firstEmbedS)} | ${r.runtime} | ${Object.entries(r.extras).filter(([, v]) => v).map(([k]) => k).join(', ') || 'none'} | ${r.rss.idle.toFixed(0)} | ${r.rss.loaded.toFixed(0)} | ${r.rss.working.toFixed(0)} |`;
  const extraList = (Object.keys(extraS) as ExtraName[]).map((k) => `${k} ${f(extraS[k]!)} s`).join(', ');
  replaceSection(
    HEADING,
    [
      HEADING,
      '',
      `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- machine: ${cpus().length} CPUs (shared with other work; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after), Python ${found.python.version}`,
      '- command: `npx tsx bench/venv_bootstrap.ts`; pip\'s cache as it is on this machine (warm: every wheel cached), so these are a second install\'s times, not a first download\'s',
      '- base: `ensureEnvironment` (python -m venv, pip install -r python/requirements.txt, verify), then the real sidecar from that venv; "+ extras": `installExtra` for each extra into the same venv (in the order of `EXTRA_PARTS`), then the sidecar again',
      '- to /health and to the first /embed: the base\'s from Install (the install included), the second row\'s from the sidecar\'s start on the finished venv',
      '- RSS (MiB, from /ready): idle before the model; the model loaded (first /embed); after one /embed/batch of 512 code-like texts',
      '',
      '| venv | install (s) | to /health (s) | to first /embed (s) | encoder | extras | RSS idle | loaded | after 512 texts |',
      '|---|---:|---:|---:|---|---|---:|---:|---:|',
      row('base only', f(baseInstallS), base),
      row('base + every extra', `+${f(Object.values(extraS).reduce((a, b) => a + b, 0))} (${extraList})`, all),
      '',
      `From Install to ready with every extra: ${f(baseInstallS + Object.values(extraS).reduce((a, b) => a + b, 0) + all.healthS)} s (the base's install, each extra's, then the sidecar's start to /health).`,
      '',
    ].join('\n'),
  );
}

void main();
