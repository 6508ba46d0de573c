import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { MemoryLogger } from './memoryLogger';
import { ensureEnvironment, venvPythonPath, type BootstrapOptions } from '../../src/sidecar/bootstrap';
import { collectGarbage, LEGACY_VENV, liveClaims, removeClaim, venvsRoot, writeClaim } from '../../src/sidecar/environments';
import { isAlive } from '../../src/sidecar/process';
import { findPython } from '../../src/sidecar/python';
import { tempDir } from './helpers';

/** A python running from a venv until killed: what a sidecar, or an interrupted pip, looks like from outside. */
function runFrom(venvDir: string): ChildProcess {
  return spawn(venvPythonPath(venvDir), ['-c', 'import time; time.sleep(600)'], { stdio: 'ignore' });
}

function quickVenv(dir: string): string {
  const r = spawnSync('python3', ['-m', 'venv', '--without-pip', dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

async function kill(p: ChildProcess | number): Promise<void> {
  const pid = typeof p === 'number' ? p : p.pid!;
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGKILL');
  if (typeof p !== 'number') await once(p, 'exit').catch(() => undefined);
  else while (isAlive(pid)) await new Promise((r) => setTimeout(r, 20));
}

describe('sidecar venvs: one folder per install, claimed by the windows using it', function () {
  this.timeout(240_000);
  const strays: (ChildProcess | number)[] = [];
  after(async () => {
    for (const p of strays) await kill(p);
  });

  it('a Reinstall or a window with another Python never deletes the venv under another window\'s running sidecar', async () => {
    const storage = tempDir('venvs');
    const root = venvsRoot(storage);
    const requirements = path.join(storage, 'requirements.txt');
    writeFileSync(requirements, '# the mechanism is under test, not the download\n');
    const ours = await findPython('');
    assert.ok(ours.ok);
    // the other window's Python: Debian's own python3 where it differs from the one on PATH, else another extension version
    const debian = await findPython('/usr/bin/python3');
    const other = debian.ok && debian.python.version !== ours.python.version ? debian.python : ours.python;
    const otherVersion = other === ours.python ? '2.0.0' : '1.0.0';

    // another window: a real process that bootstraps its own venv and runs a sidecar from it
    const window = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'envWindow.ts'), root, other.executable, other.version, requirements, otherVersion], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    strays.push(window);
    const [line] = (await once(createInterface({ input: window.stdout }), 'line')) as [string];
    const theirs = JSON.parse(line) as { venvDir: string; sidecarPid: number };
    strays.push(theirs.sidecarPid);

    const log = new MemoryLogger();
    const base: BootstrapOptions = {
      python: ours.python.executable,
      pythonVersion: ours.python.version,
      venvsDir: root,
      requirements: [{ path: requirements }],
      extensionVersion: '1.0.0',
      pip: { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: true },
      log,
      verify: 'import json',
    };
    const first = await ensureEnvironment(base);
    assert.notEqual(first.venvDir, theirs.venvDir, 'each Python gets its own venv');
    assert.equal((await collectGarbage(storage, [first.venvDir], log)).removed.length, 0);

    // Reinstall: a new folder while the old one is still in use, then switch and release the old one
    const old = runFrom(first.venvDir);
    strays.push(old);
    const second = await ensureEnvironment({ ...base, force: true });
    assert.notEqual(second.venvDir, first.venvDir);
    assert.ok(existsSync(venvPythonPath(first.venvDir)), 'the running sidecar\'s venv is still there during the install');
    await kill(old); // the switch: our sidecar restarts on the new venv
    await removeClaim(first.venvDir);
    const gc = await collectGarbage(storage, [second.venvDir], log);
    assert.deepEqual(gc.removed, [first.venvDir]);
    assert.ok(existsSync(venvPythonPath(theirs.venvDir)), 'the other window\'s venv stays');
    assert.match(gc.kept.find((k) => k.dir === theirs.venvDir)!.why, new RegExp(`claimed by pid ${window.pid}`));

    // the other window's host dies; its sidecar runs on a moment longer: the venv stays while it does
    await kill(window);
    assert.deepEqual((await collectGarbage(storage, [second.venvDir], log)).removed, []);
    assert.ok(existsSync(venvPythonPath(theirs.venvDir)));
    await kill(theirs.sidecarPid);
    assert.deepEqual((await collectGarbage(storage, [second.venvDir], log)).removed, [theirs.venvDir]);
    assert.ok(existsSync(venvPythonPath(second.venvDir)), 'the current one stays');
  });

  it('a venv a process runs from stays without a claim (a pip left by a dead window); dead claims are dropped', async () => {
    const storage = tempDir('venvs');
    const root = venvsRoot(storage);
    mkdirSync(root, { recursive: true });
    const dir = quickVenv(path.join(root, '0123456789ab-1'));
    writeFileSync(path.join(dir, 'marker'), '');
    await writeClaim(dir);
    // a claim of a process that is gone
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const deadClaim = path.join(dir, '.siza-claims', `${gone.stdout.trim()}.json`);
    writeFileSync(deadClaim, JSON.stringify({ host: hostname(), pid: Number(gone.stdout.trim()), at: '' }));
    assert.equal((await liveClaims(dir)).length, 1, 'ours is live, the dead one is not');
    assert.ok(!existsSync(deadClaim));

    await removeClaim(dir);
    const user = runFrom(dir);
    strays.push(user);
    const log = new MemoryLogger();
    const kept = await collectGarbage(storage, [], log);
    assert.deepEqual(kept.removed, []);
    assert.match(kept.kept[0]!.why, new RegExp(`in use by pid ${user.pid}`));
    await kill(user);
    assert.deepEqual((await collectGarbage(storage, [], log)).removed, [dir]);
    assert.ok(!existsSync(dir));
  });

  it('removes the venv/ of earlier versions only once no process runs from it', async () => {
    const storage = tempDir('venvs');
    const legacy = quickVenv(path.join(storage, LEGACY_VENV));
    const sidecar = runFrom(legacy);
    strays.push(sidecar);
    const log = new MemoryLogger();
    assert.deepEqual((await collectGarbage(storage, [], log)).removed, []);
    assert.ok(existsSync(venvPythonPath(legacy)));
    await kill(sidecar);
    assert.deepEqual((await collectGarbage(storage, [], log)).removed, [legacy]);
    assert.ok(!existsSync(legacy));
  });
});
