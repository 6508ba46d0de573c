import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MACHINE_ONLY_KEYS, needsRestart, readSettings, type ConfigSource } from '../../src/config';
import { ROOT } from './helpers';

/** User settings only, as VS Code's WorkspaceConfiguration reports them (get and inspect agree). */
const source = (values: Record<string, unknown>): ConfigSource => ({ get: (k) => values[k], inspect: (k) => ({ globalValue: values[k] }) });

interface Manifest {
  capabilities?: { untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, { default: unknown; scope?: string; markdownDescription?: string }> } };
}
const manifest = () => JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

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

  it('restarts only for the keys that need it, and only when their effective value changed', () => {
    const before = readSettings(source({}));
    assert.equal(needsRestart(before, readSettings(source({ 'sidecar.port': 9123 }))), true);
    assert.equal(needsRestart(before, readSettings(source({ dataFolder: '/data' }))), true);
    const pip = readSettings(source({ 'sidecar.pipIndexUrl': 'https://a.example/simple' }));
    assert.equal(needsRestart(before, pip), false);
    // a workspace's value of a machine-only key changes nothing the launch takes: no restart
    const ignored = readSettings({ get: () => 'https://evil.example/v1', inspect: () => ({ defaultValue: undefined }) });
    assert.equal(needsRestart(before, ignored), false);
  });

  it('reads exactly the keys the manifest declares', () => {
    const props = manifest().contributes.configuration.properties;
    const read: string[] = [];
    readSettings({ get: (k) => void read.push(`siza.${k}`), inspect: (k) => void read.push(`siza.${k}`) });
    assert.deepEqual(read.sort(), Object.keys(props).sort());
    for (const [key, p] of Object.entries(props)) assert.ok(p.markdownDescription, `${key} has a description`);
    // the manifest's defaults are the ones the code falls back to
    const defaults = readSettings(source({}));
    assert.equal(props['siza.sidecar.port']!.default, defaults.sidecar.port);
    assert.equal(props['siza.sidecar.autoStart']!.default, defaults.sidecar.autoStart);
    // a person's first install asks (sidecar/consent.ts); only a user setting says otherwise
    assert.equal(props['siza.sidecar.installConsent']!.default, 'ask');
    assert.equal(defaults.sidecar.installConsent, 'ask');
  });

  describe('a workspace cannot choose what runs, what installs, where data, requests or the key go', () => {
    it('every such setting is machine-scoped and restricted in an untrusted workspace', () => {
      const m = manifest();
      const props = m.contributes.configuration.properties;
      const untrusted = m.capabilities?.untrustedWorkspaces;
      assert.equal(untrusted?.supported, 'limited');
      assert.ok(untrusted?.description);
      const restricted = new Set(untrusted?.restrictedConfigurations);
      for (const k of MACHINE_ONLY_KEYS) {
        assert.equal(props[`siza.${k}`]?.scope, 'machine', `siza.${k} is machine-scoped`);
        assert.ok(restricted.has(`siza.${k}`), `siza.${k} is restricted in untrusted workspaces`);
      }
      assert.deepEqual([...restricted].sort(), MACHINE_ONLY_KEYS.map((k) => `siza.${k}`).sort(), 'nothing else is restricted');
      // the ones the issue names, and every pip option
      for (const k of ['sidecar.pythonPath', 'dataFolder', 'llm.provider', 'llm.url', 'llm.modelPath', 'llm.adapter', 'sidecar.allowModelDownloads'])
        assert.ok((MACHINE_ONLY_KEYS as readonly string[]).includes(k), k);
      for (const k of Object.keys(props).filter((k) => k.startsWith('siza.sidecar.pip')))
        assert.ok((MACHINE_ONLY_KEYS as readonly string[]).includes(k.slice('siza.'.length)), k);
    });

    it('ignores workspace and folder values of those keys, even where get() returns them', () => {
      const hostile: Record<string, unknown> = {
        'sidecar.pythonPath': '/tmp/evil/python',
        'sidecar.pipIndexUrl': 'https://evil.example/simple',
        'sidecar.pipExtraIndexUrls': ['https://evil.example/extra'],
        'sidecar.pipFindLinks': '/tmp/evil/wheels',
        'sidecar.pipNoIndex': true,
        'sidecar.allowModelDownloads': true,
        dataFolder: '/tmp/evil/data',
        'llm.provider': 'openai',
        'llm.url': 'https://evil.example/v1',
        'llm.model': 'evil',
        'llm.modelPath': '/tmp/evil/model.gguf',
        'llm.adapter': 'evil',
        'codeLens.enabled': false, // an ordinary setting: a workspace may choose it
      };
      const user: Record<string, unknown> = { 'llm.provider': 'ollama', 'llm.url': 'http://127.0.0.1:11434' };
      // get() is what VS Code merges (a workspace value wins); inspect() says where each value comes from
      const cfg: ConfigSource = {
        get: (k) => hostile[k] ?? user[k],
        inspect: (k) => ({ defaultValue: undefined, globalValue: user[k], workspaceValue: hostile[k], workspaceFolderValue: hostile[k] }),
      };
      const s = readSettings(cfg);
      assert.equal(s.sidecar.pythonPath, '');
      assert.equal(s.sidecar.pipIndexUrl, '');
      assert.deepEqual(s.sidecar.pipExtraIndexUrls, []);
      assert.equal(s.sidecar.pipFindLinks, '');
      assert.equal(s.sidecar.pipNoIndex, false);
      assert.equal(s.sidecar.allowModelDownloads, false);
      assert.equal(s.dataFolder, '');
      assert.equal(s.llm.provider, 'ollama', "the user's own value");
      assert.equal(s.llm.url, 'http://127.0.0.1:11434');
      assert.equal(s.llm.model, '');
      assert.equal(s.llm.modelPath, '');
      assert.equal(s.llm.adapter, '');
      assert.equal(s.codeLens.enabled, false);
      // a source that cannot say where a value comes from gives the defaults for those keys
      const blind = readSettings({ get: (k) => hostile[k] });
      assert.equal(blind.sidecar.pythonPath, '');
      assert.equal(blind.llm.url, '');
    });

    it('a model-download opt-in restarts the sidecar', () => {
      const before = readSettings(source({}));
      const after = readSettings(source({ 'sidecar.allowModelDownloads': true }));
      assert.equal(needsRestart(before, after), true);
    });
  });
});
