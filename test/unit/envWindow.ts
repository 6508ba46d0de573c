// Another VS Code window, for environments.test.ts: bootstraps its venv with its own Python (real venv + pip), starts a
// long-running "sidecar" from that venv, claims the venv for both, prints {venvDir, sidecarPid} and stays alive.
import { spawn } from 'node:child_process';
import { nullLogger } from '../../src/core/logger';
import { ensureEnvironment } from '../../src/sidecar/bootstrap';
import { writeClaim } from '../../src/sidecar/environments';

const [venvsDir, python, pythonVersion, requirements, extensionVersion] = process.argv.slice(2) as [string, string, string, string, string];

async function main(): Promise<void> {
  const env = await ensureEnvironment({
    python,
    pythonVersion,
    venvsDir,
    requirements: [{ path: requirements }],
    extensionVersion,
    pip: { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: true },
    log: nullLogger,
    verify: 'import json',
  });
  // detached, as the real sidecar may outlive its host for a moment
  const sidecar = spawn(env.venvPython, ['-c', 'import time; time.sleep(600)'], { detached: true, stdio: 'ignore' });
  sidecar.unref();
  await writeClaim(env.venvDir, { sidecarPid: sidecar.pid });
  console.log(JSON.stringify({ venvDir: env.venvDir, sidecarPid: sidecar.pid }));
  setInterval(() => undefined, 1000);
}

void main();
