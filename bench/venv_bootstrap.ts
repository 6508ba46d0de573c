// npx tsx bench/venv_bootstrap.ts: times the sidecar venv bootstrap (python -m venv + pip install of the
// real python/requirements.txt + verify) with a cold pip cache (a first run on a new machine) and a warm
// one (a Reinstall), and writes bench/results/venv-bootstrap.md.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureEnvironment } from '../src/sidecar/bootstrap';
import { findPython } from '../src/sidecar/python';
import { nullLogger } from '../src/core/logger';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const found = await findPython('');
  if (!found.ok) throw new Error(found.message);
  const work = mkdtempSync(path.join(tmpdir(), 'siza-bench-'));
  process.env.PIP_CACHE_DIR = path.join(work, 'pip-cache'); // empty: nothing cached yet
  const run = async (name: string) => {
    const r = await ensureEnvironment({
      python: found.python.executable,
      pythonVersion: found.python.version,
      venvsDir: path.join(work, name), // a root of its own: the second run may not reuse the first's venv
      requirements: [
        { path: path.join(ROOT, 'python', 'requirements.txt') },
        { path: path.join(ROOT, 'python', 'requirements-nodeps.txt'), noDeps: true },
      ],
      extensionVersion: 'bench',
      pip: { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: false },
      log: nullLogger,
    });
    console.log(`${name}: ${(r.durationMs / 1000).toFixed(1)} s`);
    return r.durationMs / 1000;
  };
  const cold = await run('cold');
  const warm = await run('warm');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench', 'results', 'venv-bootstrap.md'),
    `# Sidecar venv bootstrap\n\n` +
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, Python ${found.python.version}, ` +
      `with \`npx tsx bench/venv_bootstrap.ts\` (python -m venv, pip install -r python/requirements.txt, then requirements-nodeps.txt with --no-deps, verify).\n` +
      `torch comes from the machine's local wheel; everything else from PyPI.\n\n` +
      `| pip cache | seconds |\n| --- | --- |\n| cold (first run on a new machine) | ${cold.toFixed(1)} |\n` +
      `| warm (Reinstall) | ${warm.toFixed(1)} |\n| warm / cold | ${(warm / cold).toFixed(2)} |\n`,
  );
}

void main();
