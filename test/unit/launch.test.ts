import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { prepareLaunch } from '../../src/sidecar/launch';
import { tempDir } from './helpers';

describe('launch spec', () => {
  it('binds loopback, creates the data folder, and makes a new token every time', async () => {
    const dataDir = path.join(tempDir('launch'), 'not', 'yet', 'there');
    const inputs = { venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, preferredPort: 0 };
    const a = await prepareLaunch(inputs);
    const b = await prepareLaunch(inputs);
    assert.ok(existsSync(dataDir));
    assert.deepEqual(a.args.slice(0, 4), ['-m', 'siza_ml', '--host', '127.0.0.1']);
    assert.match(a.endpoint.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(a.endpoint.token, b.endpoint.token);
    assert.ok(a.endpoint.token.length >= 40);
    assert.equal(a.env.SIZA_ML_TOKEN, a.endpoint.token);
    assert.equal(a.env.SIZA_ML_PARENT_PID, String(process.pid));
    assert.equal(a.env.PYTHONPATH, '/ext/python');
    assert.equal(a.env.SIZA_ML_DATA_DIR, dataDir);
    assert.equal(a.env.SIZA_ML_WARMUP, '1');
  });
});
