import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { needsRestart, readSettings } from '../../src/config';
import { ROOT } from './helpers';

const source = (values: Record<string, unknown>) => ({ get: (k: string) => values[k] });

describe('config', () => {
  it('gives the defaults when nothing is set', () => {
    const s = readSettings(source({}));
    assert.equal(s.sidecar.port, 8100);
    assert.equal(s.sidecar.autoStart, true);
    assert.equal(s.sidecar.pythonPath, '');
    assert.deepEqual(s.sidecar.pipExtraIndexUrls, []);
    assert.equal(s.dataFolder, '');
  });

  it('reads valid values and replaces invalid ones with defaults', () => {
    const s = readSettings(
      source({
        'sidecar.port': 9123,
        'sidecar.pythonPath': ' /opt/py/bin/python3 ',
        'sidecar.pipExtraIndexUrls': ['https://a.example/simple'],
        'sidecar.autoStart': 'yes',
        dataFolder: 42,
      }),
    );
    assert.equal(s.sidecar.port, 9123);
    assert.equal(s.sidecar.pythonPath, '/opt/py/bin/python3');
    assert.deepEqual(s.sidecar.pipExtraIndexUrls, ['https://a.example/simple']);
    assert.equal(s.sidecar.autoStart, true, 'a non-boolean falls back to the default');
    assert.equal(s.dataFolder, '');
    assert.equal(readSettings(source({ 'sidecar.port': 80 })).sidecar.port, 8100, 'privileged ports are refused');
  });

  it('restarts only for the keys that need it', () => {
    assert.equal(needsRestart((k) => k === 'siza.sidecar.port'), true);
    assert.equal(needsRestart((k) => k === 'siza.dataFolder'), true);
    assert.equal(needsRestart((k) => k === 'siza.sidecar.pipIndexUrl'), false);
  });

  it('reads exactly the keys the manifest declares', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default: unknown; markdownDescription?: string }> } };
    };
    const props = pkg.contributes.configuration.properties;
    const read: string[] = [];
    readSettings({ get: (k) => void read.push(`siza.${k}`) });
    assert.deepEqual(read.sort(), Object.keys(props).sort());
    for (const [key, p] of Object.entries(props)) assert.ok(p.markdownDescription, `${key} has a description`);
    // the manifest's defaults are the ones the code falls back to
    const defaults = readSettings(source({}));
    assert.equal(props['siza.sidecar.port']!.default, defaults.sidecar.port);
    assert.equal(props['siza.sidecar.autoStart']!.default, defaults.sidecar.autoStart);
  });
});
