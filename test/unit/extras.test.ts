import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureEnvironment, type BootstrapOptions } from '../../src/sidecar/bootstrap';
import { BootstrapError, EXTRA_PARTS, extraStampFile, installExtra, isExtraCurrent, type ExtraOptions } from '../../src/sidecar/extras';
import { CancelledError } from '../../src/sidecar/process';
import { findPython } from '../../src/sidecar/python';
import { readStamp } from '../../src/sidecar/stamp';
import { ROOT, tempDir } from './helpers';
import { MemoryLogger } from './memoryLogger';

/** Writes minimal pure-Python wheels (a module, METADATA, WHEEL, RECORD): pip installs them with no network. */
const WHEELS = String.raw`
import base64, hashlib, sys, zipfile
out = sys.argv[1]
for spec in sys.argv[2:]:
    name, ver = spec.split("=")
    mod = name.replace("-", "_")
    info = f"{mod}-{ver}.dist-info"
    files = {
        f"{mod}/__init__.py": f"VERSION = {ver!r}\n",
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {ver}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: siza-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    def digest(text):
        return base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
    record = [f"{p},sha256={digest(c)},{len(c.encode())}" for p, c in files.items()] + [f"{info}/RECORD,,"]
    with zipfile.ZipFile(f"{out}/{mod}-{ver}-py3-none-any.whl", "w") as z:
        for p, c in files.items():
            z.writestr(p, c)
        z.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
`;

// Real venvs and a real pip over a local wheelhouse: the extras' mechanism, not the download, is under test.
describe('extras on first use (real venv and pip)', function () {
  this.timeout(240_000);
  let pythonDir: string;
  let venvDir: string;
  let python: string;
  let opts: Omit<ExtraOptions, 'name' | 'parts'>;
  const log = new MemoryLogger();

  const version = (module: string) => {
    const r = spawnSync(python, ['-c', `import ${module}; print(${module}.VERSION)`], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };

  before(async () => {
    const found = await findPython('');
    if (!found.ok) throw new Error(found.message);
    pythonDir = tempDir('extras-python');
    const wheels = tempDir('extras-wheels');
    const made = spawnSync(found.python.executable, ['-c', WHEELS, wheels, 'siza-probe=1.0', 'siza-probe=2.0', 'siza-extra-a=1.0'], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    writeFileSync(path.join(pythonDir, 'requirements.txt'), '# the base\nsiza-probe==1.0\n');
    writeFileSync(path.join(pythonDir, 'extra-a.txt'), 'siza-extra-a==1.0\n');
    // wants another version of a package the base runs on: the base's pins (constraints) refuse it
    writeFileSync(path.join(pythonDir, 'extra-clash.txt'), 'siza-probe==2.0\n');
    writeFileSync(path.join(pythonDir, 'extra-missing.txt'), 'siza-package-that-does-not-exist==1.0\n');
    const pip = { pipIndexUrl: '', pipExtraIndexUrls: [], pipFindLinks: wheels, pipNoIndex: true };
    const base: BootstrapOptions = {
      python: found.python.executable,
      pythonVersion: found.python.version,
      venvsDir: path.join(tempDir('extras-venvs'), 'venvs'),
      requirements: [{ path: path.join(pythonDir, 'requirements.txt') }],
      extensionVersion: '1.0.0',
      pip,
      log,
      verify: 'import siza_probe',
    };
    const env = await ensureEnvironment(base);
    venvDir = env.venvDir;
    python = env.venvPython;
    opts = { venvDir, pythonDir, pythonVersion: found.python.version, extensionVersion: '1.0.0', pip, log };
  });

  it('installs an extra into the base venv under a stamp of its own, once', async () => {
    const extra = { ...opts, name: 'ingest' as const, parts: [{ file: 'extra-a.txt' }], verify: 'import siza_extra_a' };
    assert.equal(await isExtraCurrent(extra), false);
    const steps: string[] = [];
    const first = await installExtra({ ...extra, onProgress: (m) => steps.push(m) });
    assert.equal(first.installed, true);
    assert.equal(version('siza_extra_a'), '1.0');
    assert.ok(existsSync(path.join(venvDir, extraStampFile('ingest'))));
    assert.equal(await isExtraCurrent(extra), true);
    assert.ok(steps.includes('Verifying the extra'), steps.join(' | '));
    assert.equal((await installExtra(extra)).installed, false, 'a current stamp: nothing to do');
    assert.ok((await readStamp(venvDir))?.hash, 'the base keeps its own stamp');
  });

  it('an extra that would change a base package fails, and the base is as it was', async () => {
    const extra = { ...opts, name: 'train' as const, parts: [{ file: 'extra-clash.txt' }], verify: 'import siza_probe' };
    const err = await installExtra(extra).then(() => assert.fail('should fail'), (e: unknown) => e);
    assert.ok(err instanceof BootstrapError, String(err));
    assert.match(err.message, /could not install the 'train' extra/);
    assert.equal(version('siza_probe'), '1.0', 'the base package is untouched');
    assert.equal(existsSync(path.join(venvDir, extraStampFile('train'))), false, 'no stamp for a failed extra');
  });

  it('a missing package fails with pip\'s words; a cancelled install stamps nothing', async () => {
    const missing = { ...opts, name: 'llm' as const, parts: [{ file: 'extra-missing.txt' }], verify: 'import json' };
    const err = await installExtra(missing).then(() => assert.fail('should fail'), (e: unknown) => e);
    assert.ok(err instanceof BootstrapError && err.tail.some((l) => l.includes('siza-package-that-does-not-exist')), String(err));
    const abort = new AbortController();
    abort.abort();
    const cancelled = { ...opts, name: 'llm' as const, parts: [{ file: 'extra-a.txt' }], signal: abort.signal };
    await assert.rejects(installExtra(cancelled), CancelledError);
    assert.equal(existsSync(path.join(venvDir, extraStampFile('llm'))), false);
    assert.equal(version('siza_probe'), '1.0');
  });

  it('the extension\'s extras are the files the sidecar and the size script name', () => {
    const py = path.join(ROOT, 'python');
    for (const parts of Object.values(EXTRA_PARTS)) for (const p of parts) assert.ok(existsSync(path.join(py, p.file)), p.file);
    const sidecar = readFileSync(path.join(py, 'siza_ml', 'services', 'extras.py'), 'utf8');
    const names = [...sidecar.matchAll(/^ {4}"(\w+)": Extra\("\w+"/gm)].map((m) => m[1]);
    assert.deepEqual(names.sort(), Object.keys(EXTRA_PARTS).sort());
    const script = readFileSync(path.join(ROOT, 'scripts', 'measure-install-size.py'), 'utf8');
    const files = new Set([...script.matchAll(/"(requirements-extra-[\w-]+\.txt)"/g)].map((m) => m[1]));
    assert.deepEqual([...files].sort(), [...new Set(Object.values(EXTRA_PARTS).flat().map((p) => p.file))].sort());
  });
});
