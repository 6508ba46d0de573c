import * as assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { findPython } from '../../src/sidecar/python';
import { tempDir } from './helpers';

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
});
