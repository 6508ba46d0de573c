import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import * as path from 'node:path';
import { BootstrapError, ensureEnvironment, isEnvironmentCurrent, type BootstrapOptions } from '../../src/sidecar/bootstrap';
import { CancelledError } from '../../src/sidecar/process';
import { findPython } from '../../src/sidecar/python';
import { readStamp } from '../../src/sidecar/stamp';
import { MemoryLogger } from './memoryLogger';
import { tempDir } from './helpers';

// Real venvs made by the machine's Python; requirements that need no network keep them quick.
describe('venv bootstrap (real python -m venv and pip)', function () {
  this.timeout(180_000);
  let base: Omit<BootstrapOptions, 'venvsDir'>;
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
    const venvsDir = path.join(dir, 'fresh-storage', 'nested', 'venvs-a'); // storage folders may not exist yet
    const steps: string[] = [];
    const first = await ensureEnvironment({ ...base, venvsDir, onProgress: (m) => steps.push(m) });
    assert.equal(first.installed, true);
    assert.equal(path.dirname(first.venvDir), venvsDir);
    assert.ok(existsSync(first.venvPython));
    assert.equal((await readStamp(first.venvDir))?.extensionVersion, '1.0.0');
    assert.ok(steps.includes('Creating the virtual environment'));

    const second = await ensureEnvironment({ ...base, venvsDir });
    assert.equal(second.installed, false, 'a current stamp means no reinstall');
    assert.equal(second.venvDir, first.venvDir);

    const upgraded = await ensureEnvironment({ ...base, venvsDir, extensionVersion: '1.0.1' });
    assert.equal(upgraded.installed, true, 'a new extension version reinstalls');
    assert.notEqual(upgraded.venvDir, first.venvDir, 'into a folder of its own');
    const forced = await ensureEnvironment({ ...base, venvsDir, extensionVersion: '1.0.1', force: true });
    assert.equal(forced.installed, true, 'Reinstall rebuilds a current venv');
    assert.notEqual(forced.venvDir, upgraded.venvDir, 'Reinstall installs into a new folder');
    for (const r of [first, upgraded]) assert.ok(existsSync(r.venvPython), 'an install never deletes another venv: that is the clean-up\'s job');
    assert.equal((await ensureEnvironment({ ...base, venvsDir, extensionVersion: '1.0.1' })).venvDir, forced.venvDir, 'the newest install is the current one');
  });

  it('a cancelled install leaves no stamp, so the next run installs again', async () => {
    const venvsDir = path.join(dir, 'venvs-b');
    const abort = new AbortController();
    const run = ensureEnvironment({
      ...base,
      venvsDir,
      signal: abort.signal,
      onProgress: (m) => {
        if (m === 'Creating the virtual environment') setTimeout(() => abort.abort(), 200);
      },
    });
    await assert.rejects(run, CancelledError);
    assert.deepEqual(readdirSync(venvsDir), [], 'the half install and the locks are gone');
    const again = await ensureEnvironment({ ...base, venvsDir });
    assert.equal(again.installed, true);
  });

  it('a failing pip is reported with its output, and stamps nothing', async () => {
    const venvsDir = path.join(dir, 'venvs-c');
    const requirementsFile = path.join(dir, 'bad.txt');
    writeFileSync(requirementsFile, 'siza-package-that-does-not-exist==1.0\n');
    const err = await ensureEnvironment({ ...base, venvsDir, requirements: [{ path: requirementsFile }] }).then(
      () => assert.fail('should fail'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof BootstrapError, String(err));
    assert.match(err.message, /pip could not install/);
    assert.ok(err.tail.some((l) => /siza-package-that-does-not-exist/.test(l)), err.tail.join('\n'));
    assert.deepEqual(readdirSync(venvsDir), [], 'the failed install is removed');
  });

  it('a venv that fails verification is not stamped', async () => {
    const venvsDir = path.join(dir, 'venvs-d');
    await assert.rejects(ensureEnvironment({ ...base, venvsDir, verify: 'import module_that_is_not_there' }), /cannot import/);
    assert.equal(await isEnvironmentCurrent({ ...base, venvsDir }), false);
  });

  it('installs and runs from a profile folder with spaces and non-ASCII letters', async () => {
    const venvsDir = path.join(dir, 'Zoë Müller', 'App Data', 'venvs');
    const r = await ensureEnvironment({ ...base, venvsDir, verify: 'import json, sys; assert " " in sys.prefix and "ë" in sys.prefix' });
    assert.equal(r.installed, true);
    assert.ok(r.venvPython.startsWith(venvsDir));
    assert.ok(existsSync(r.venvPython));
  });

  describe('where torch comes from: pip\'s own configuration is asked, and kept', () => {
    const saved = { ...process.env };
    afterEach(() => {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    });
    const noSettings = { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: '', pipNoIndex: false };
    const torchLine = (log: MemoryLogger) => log.lines.find((l) => l.startsWith('info torch: '));

    it('a wheelhouse in PIP_FIND_LINKS (as on CI): torch from there, the steps as before', async () => {
      process.env.PIP_FIND_LINKS = tempDir('wheelhouse');
      const log = new MemoryLogger();
      await ensureEnvironment({ ...base, venvsDir: path.join(dir, 'venvs-e'), pip: noSettings, platform: 'linux', log });
      assert.equal(torchLine(log), 'info torch: from the sources pip is configured with');
      assert.ok(!log.lines.some((l) => l.includes('download.pytorch.org/whl/cpu')), 'no PyTorch index on any step');
    });

    it('no pip configuration at all on linux: the CPU build would be fetched', async () => {
      for (const k of Object.keys(process.env)) if (/^PIP_/.test(k)) delete process.env[k];
      process.env.PIP_CONFIG_FILE = devNull; // no pip.conf of this machine
      const log = new MemoryLogger();
      await ensureEnvironment({ ...base, venvsDir: path.join(dir, 'venvs-f'), pip: noSettings, platform: 'linux', log });
      assert.equal(torchLine(log), 'info torch: the CPU build, from download.pytorch.org');
    });

    it('settings that choose sources: pip is not even asked', async () => {
      const log = new MemoryLogger();
      await ensureEnvironment({ ...base, venvsDir: path.join(dir, 'venvs-g'), platform: 'win32', log });
      assert.equal(torchLine(log), undefined);
    });
  });
});
