import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BootstrapError, ensureEnvironment, type BootstrapOptions } from '../../src/sidecar/bootstrap';
import { CancelledError } from '../../src/sidecar/process';
import { findPython } from '../../src/sidecar/python';
import { readStamp } from '../../src/sidecar/stamp';
import { MemoryLogger } from '../../src/core/logger';
import { tempDir } from './helpers';

// Real venvs made by the machine's Python; requirements that need no network keep them quick.
describe('venv bootstrap (real python -m venv and pip)', function () {
  this.timeout(180_000);
  let base: Omit<BootstrapOptions, 'venvDir'>;
  let dir: string;

  before(async () => {
    const found = await findPython('');
    if (!found.ok) throw new Error(found.message);
    dir = tempDir('bootstrap');
    const requirementsFile = path.join(dir, 'requirements.txt');
    writeFileSync(requirementsFile, '# no packages: the mechanism is under test, not the download\n');
    base = {
      python: found.python.executable,
      pythonVersion: found.python.version,
      requirements: [{ path: requirementsFile }, { path: requirementsFile, noDeps: true }],
      extensionVersion: '1.0.0',
      pip: { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: true },
      log: new MemoryLogger(),
      verify: 'import json',
    };
  });

  it('creates the venv, stamps it last, and reuses it while nothing changes', async () => {
    const venvDir = path.join(dir, 'fresh-storage', 'nested', 'venv-a'); // storage folders may not exist yet
    const steps: string[] = [];
    const first = await ensureEnvironment({ ...base, venvDir, onProgress: (m) => steps.push(m) });
    assert.equal(first.installed, true);
    assert.ok(existsSync(first.venvPython));
    assert.equal((await readStamp(venvDir))?.extensionVersion, '1.0.0');
    assert.ok(steps.includes('Creating the virtual environment'));

    const second = await ensureEnvironment({ ...base, venvDir });
    assert.equal(second.installed, false, 'a current stamp means no reinstall');

    const upgraded = await ensureEnvironment({ ...base, venvDir, extensionVersion: '1.0.1' });
    assert.equal(upgraded.installed, true, 'a new extension version reinstalls');
    const forced = await ensureEnvironment({ ...base, venvDir, extensionVersion: '1.0.1', force: true });
    assert.equal(forced.installed, true, 'Reinstall rebuilds a current venv');
  });

  it('a cancelled install leaves no stamp, so the next run installs again', async () => {
    const venvDir = path.join(dir, 'venv-b');
    const abort = new AbortController();
    const run = ensureEnvironment({
      ...base,
      venvDir,
      signal: abort.signal,
      onProgress: (m) => {
        if (m === 'Creating the virtual environment') setTimeout(() => abort.abort(), 200);
      },
    });
    await assert.rejects(run, CancelledError);
    assert.equal(await readStamp(venvDir), undefined);
    assert.ok(!existsSync(`${venvDir}.lock`), 'the lock is released');
    const again = await ensureEnvironment({ ...base, venvDir });
    assert.equal(again.installed, true);
  });

  it('a failing pip is reported with its output, and stamps nothing', async () => {
    const venvDir = path.join(dir, 'venv-c');
    const requirementsFile = path.join(dir, 'bad.txt');
    writeFileSync(requirementsFile, 'siza-package-that-does-not-exist==1.0\n');
    const err = await ensureEnvironment({ ...base, venvDir, requirements: [{ path: requirementsFile }] }).then(
      () => assert.fail('should fail'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof BootstrapError, String(err));
    assert.match(err.message, /pip could not install/);
    assert.ok(err.tail.some((l) => /siza-package-that-does-not-exist/.test(l)), err.tail.join('\n'));
    assert.equal(await readStamp(venvDir), undefined);
  });

  it('a venv that fails verification is not stamped', async () => {
    const venvDir = path.join(dir, 'venv-d');
    await assert.rejects(ensureEnvironment({ ...base, venvDir, verify: 'import module_that_is_not_there' }), /cannot import/);
    assert.equal(await readStamp(venvDir), undefined);
  });
});
