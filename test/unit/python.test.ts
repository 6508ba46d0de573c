import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { findPython } from '../../src/sidecar/python';
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
});
