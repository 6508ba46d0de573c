import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { isCurrent, readStamp, removeStamp, stampHash, writeStamp } from '../../src/sidecar/stamp';
import { tempDir } from './helpers';

const base = { requirements: 'fastapi==0.165.0\nuvicorn==0.54.0\n', pythonVersion: '3.11.7', extensionVersion: '0.1.0' };

describe('stamp', () => {
  it('changes when any input changes', () => {
    const h = stampHash(base);
    assert.notEqual(stampHash({ ...base, requirements: 'fastapi==0.166.0\nuvicorn==0.54.0\n' }), h);
    assert.notEqual(stampHash({ ...base, pythonVersion: '3.12.1' }), h);
    assert.notEqual(stampHash({ ...base, extensionVersion: '0.1.1' }), h);
  });

  it('ignores comments, blank lines and line endings', () => {
    const same = '# pinned\r\nfastapi==0.165.0  \r\n\r\nuvicorn==0.54.0\r\n';
    assert.equal(stampHash({ ...base, requirements: same }), stampHash(base));
  });

  it('a venv without a stamp (a half-finished install) is never current', async () => {
    const dir = tempDir('stamp');
    assert.equal(await isCurrent(dir, base), false);
    await writeStamp(dir, base);
    assert.equal(await isCurrent(dir, base), true);
    assert.equal(await isCurrent(dir, { ...base, extensionVersion: '9.9.9' }), false);
    await removeStamp(dir);
    assert.equal(await isCurrent(dir, base), false);
  });

  it('writes atomically: no temp file is left and a corrupt stamp reads as none', async () => {
    const dir = tempDir('stamp');
    const stamp = await writeStamp(dir, base);
    assert.deepEqual(readdirSync(dir), ['siza-stamp.json']);
    assert.equal((await readStamp(dir))?.hash, stamp.hash);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/siza-stamp.json`, '{"hash": ');
    assert.equal(await readStamp(dir), undefined);
    assert.equal(await isCurrent(dir, base), false);
    assert.ok(existsSync(`${dir}/siza-stamp.json`));
  });
});
