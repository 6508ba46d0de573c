import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { findPython, pythonCandidates, type Host } from '../../src/sidecar/python';
import { pythonWithoutEnsurepip, tempDir } from './helpers';

/** A stand-in interpreter that answers the probe as some other Python would. */
function fakePython(answer: object): string {
  const file = path.join(tempDir('fakepy'), 'python');
  writeFileSync(file, `#!/bin/sh\necho '${JSON.stringify(answer)}'\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('python discovery', () => {
  it('finds the machine\'s python3 on PATH', async () => {
    const r = await findPython('');
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.match(r.python.version, /^3\.(1\d|[2-9]\d)\./);
    assert.ok(path.isAbsolute(r.python.executable));
  });

  it('uses the configured interpreter when it is good', async () => {
    const r = await findPython(fakePython({ exe: '/opt/py/bin/python3.12', v: [3, 12, 4], venv: true }));
    assert.ok(r.ok);
    assert.equal(r.python.version, '3.12.4');
    assert.equal(r.python.executable, '/opt/py/bin/python3.12');
  });

  it('refuses an old Python, one without venv, and a missing path, saying how to fix it', async () => {
    const old = await findPython(fakePython({ exe: '/usr/bin/python3.8', v: [3, 8, 10], venv: true }));
    assert.ok(!old.ok);
    assert.match(old.tried[0]!, /3\.8\.10 is older than 3\.10/);
    assert.match(old.message, /siza\.sidecar\.pythonPath/);

    const noVenv = await findPython(fakePython({ exe: '/usr/bin/python3', v: [3, 11, 2], venv: false }));
    assert.ok(!noVenv.ok);
    assert.match(noVenv.tried[0]!, /python3-venv/);

    const missing = await findPython('/nonexistent/bin/python3');
    assert.ok(!missing.ok);
    assert.match(missing.tried[0]!, /not found/);
  });

  it('names the package to install when a real Python lacks ensurepip (stock Debian without python3-venv)', async () => {
    const { python, version } = pythonWithoutEnsurepip();
    // the interpreter is real and whole but for ensurepip, as on Debian
    assert.equal(spawnSync(python, ['-c', 'import venv, json, sqlite3']).status, 0);
    assert.notEqual(spawnSync(python, ['-c', 'import ensurepip']).status, 0);
    const [major, minor] = version.split('.');
    const r = await findPython(python);
    assert.ok(!r.ok, 'a Python that cannot make a venv with pip is not used');
    assert.equal(r.noVenv?.version, version);
    assert.ok(r.message.includes(`apt install python3-venv (or python${major}.${minor}-venv)`), r.message);
    assert.ok(r.message.includes(`Python ${version}`), r.message);
    assert.match(r.message, /keeps working without the sidecar/);
  });

  describe('where each platform looks (the platform injected; the search itself is real)', () => {
    const host = (platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}): Host => ({ platform, env, exists: (f) => files.includes(f) });
    const argv = (h: Host, configured = '') => pythonCandidates(configured, h).map((c) => [c.command, ...c.args].join(' '));

    it('Windows: the py -3 launcher, python.exe on PATH, then python.org\'s folders that exist; never python3.exe', () => {
      const local = 'C:\\Users\\Zoë Müller\\AppData\\Local';
      const perUser = `${local}\\Programs\\Python\\Python312\\python.exe`;
      const allUsers = 'C:\\Program Files\\Python311\\python.exe';
      // Windows variable names ignore case; a copied environment keeps whatever case it had
      const h = host('win32', [perUser, allUsers], { localappdata: local, PROGRAMFILES: 'C:\\Program Files' });
      assert.deepEqual(argv(h), ['py -3', 'python.exe', perUser, allUsers]);
      const launcher = pythonCandidates('', h)[0]!;
      assert.deepEqual(launcher, { command: 'py', args: ['-3'] }, 'the launcher\'s switch is its own argument');
      assert.equal(pythonCandidates('', h)[2]!.command, perUser, 'a profile path with spaces and umlauts stays one argv entry');
      assert.ok(!argv(h).some((c) => /python3(\.exe)?$/.test(c)));
      assert.deepEqual(argv(host('win32', [])), ['py -3', 'python.exe'], 'no install folder exists: launcher and PATH only');
    });

    it('macOS: Homebrew on Apple silicon and Intel, the python.org framework builds, then PATH', () => {
      const framework = '/Library/Frameworks/Python.framework/Versions/3.12/bin/python3';
      const older = '/Library/Frameworks/Python.framework/Versions/3.10/bin/python3';
      const h = host('darwin', ['/opt/homebrew/bin/python3', '/usr/local/bin/python3', older, framework]);
      assert.deepEqual(argv(h), ['/opt/homebrew/bin/python3', '/usr/local/bin/python3', framework, older, 'python3', 'python']);
      assert.deepEqual(argv(host('darwin', [framework])), [framework, 'python3', 'python']);
    });

    it('Linux: python3 and python on PATH', () => {
      assert.deepEqual(argv(host('linux', ['/opt/homebrew/bin/python3'])), ['python3', 'python']);
    });

    it('the configured interpreter alone, on every platform', () => {
      for (const platform of ['win32', 'darwin', 'linux'] as const) {
        assert.deepEqual(argv(host(platform, ['/opt/homebrew/bin/python3']), 'C:\\Tools\\Py 3\\python.exe'), ['C:\\Tools\\Py 3\\python.exe'], platform);
      }
    });

    /** A folder for PATH holding one stand-in interpreter called `name`, which records its first argument. */
    function onPath(name: string, answer: object): { dir: string; firstArg: () => string } {
      const dir = tempDir('fakepath');
      writeFileSync(path.join(dir, name), `#!/bin/sh\necho "$1" > "${dir}/arg"\nprintf '%s\\n' '${JSON.stringify(answer)}'\n`);
      chmodSync(path.join(dir, name), 0o755);
      return { dir, firstArg: () => readFileSync(path.join(dir, 'arg'), 'utf8').trim() };
    }

    it('runs the Windows launcher as `py -3 -c …` and takes the interpreter it names', async () => {
      const exe = 'C:\\Users\\Zoë Müller\\AppData\\Local\\Programs\\Python\\Python313\\python.exe';
      const py = onPath('py', { exe, v: [3, 13, 1], venv: true });
      const r = await findPython('', { platform: 'win32', env: { PATH: py.dir }, exists: () => false });
      assert.ok(r.ok, r.ok ? '' : r.message);
      assert.equal(r.python.executable, exe);
      assert.equal(py.firstArg(), '-3');
    });

    it('on macOS goes on to PATH when no Homebrew or framework Python exists', async () => {
      const py = onPath('python3', { exe: '/Users/zoe/.pyenv/versions/3.12.4/bin/python3', v: [3, 12, 4], venv: true });
      const r = await findPython('', { platform: 'darwin', env: { PATH: py.dir }, exists: () => false });
      assert.ok(r.ok, r.ok ? '' : r.message);
      assert.equal(r.python.version, '3.12.4');
      assert.equal(py.firstArg(), '-c');
    });

    it('says where it looked in the platform\'s own words', async () => {
      const none: Host = { platform: 'win32', env: { PATH: '' }, exists: () => false };
      const r = await findPython('', none);
      assert.ok(!r.ok);
      assert.deepEqual(r.tried.map((t) => t.split(':')[0]), ['py -3', 'python.exe']);
      assert.match(r.message, /py launcher/);
      const mac = await findPython('', { platform: 'darwin', env: { PATH: '' }, exists: () => false });
      assert.ok(!mac.ok);
      assert.match(mac.message, /Homebrew/);
    });
  });
});
