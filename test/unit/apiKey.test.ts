import * as assert from 'node:assert/strict';
import { apiKeyFor, deleteApiKey, LLM_API_KEY_SECRET, llmEndpoint, originOf, saveApiKey, type SecretStore } from '../../src/sidecar/apiKey';
import { prepareLaunch } from '../../src/sidecar/launch';
import { tempDir } from './helpers';

/** An in-memory stand-in for vscode.SecretStorage (a key-value store; the keychain itself is VS Code's). */
function secrets(initial: Record<string, string> = {}): SecretStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (k) => Promise.resolve(values.get(k)),
    store: (k, v) => Promise.resolve(void values.set(k, v)),
    delete: (k) => Promise.resolve(void values.delete(k)),
  };
}

const openai = (url: string) => ({ provider: 'openai' as const, url });

describe('LLM API key bound to its origin', () => {
  it('origins: scheme, host and port, the default port written out; only http(s)', () => {
    assert.equal(originOf('https://api.example.com/v1/'), 'https://api.example.com:443');
    assert.equal(originOf('https://api.example.com:443/other'), 'https://api.example.com:443');
    assert.equal(originOf('http://127.0.0.1:11434'), 'http://127.0.0.1:11434');
    assert.equal(originOf('http://API.example.com'), 'http://api.example.com:80');
    assert.equal(originOf('file:///etc/passwd'), undefined);
    assert.equal(originOf('not a url'), undefined);
    assert.equal(originOf(''), undefined);
    assert.equal(llmEndpoint({ provider: 'ollama', url: '' }), 'http://127.0.0.1:11434', "the sidecar's Ollama default");
    assert.equal(llmEndpoint({ provider: 'local', url: 'https://api.example.com' }), '', 'a provider without a key has no endpoint for it');
  });

  it('is sent to the endpoint it was saved for, and to no other', async () => {
    const s = secrets();
    assert.deepEqual(await saveApiKey(s, 'sk-1', openai('https://api.example.com/v1')), { ok: true, origin: 'https://api.example.com:443' });
    assert.doesNotMatch(s.values.get(LLM_API_KEY_SECRET)!, /^sk-1$/, 'stored with its origin, not bare');
    assert.deepEqual(await apiKeyFor(s, openai('https://api.example.com/v1')), { key: 'sk-1' });
    assert.deepEqual(await apiKeyFor(s, openai('https://api.example.com:443/other/path')), { key: 'sk-1' }, 'same origin, another path');
    for (const other of ['https://evil.example/v1', 'http://api.example.com/v1', 'https://api.example.com:8443/v1', 'https://api.example.com.evil.example/v1', '']) {
      const r = await apiKeyFor(s, openai(other));
      assert.equal(r.key, undefined, other);
      assert.match(r.withheld!, /saved for https:\/\/api\.example\.com:443, not .*so it is not sent/, other);
    }
  });

  it('is never given to a provider that does not send one', async () => {
    const s = secrets();
    await saveApiKey(s, 'sk-1', openai('http://127.0.0.1:8080'));
    assert.deepEqual(await apiKeyFor(s, { provider: 'local', url: 'http://127.0.0.1:8080' }), {});
    assert.deepEqual(await apiKeyFor(s, { provider: 'none', url: 'http://127.0.0.1:8080' }), {});
    assert.deepEqual(await apiKeyFor(s, { provider: 'ollama', url: 'http://127.0.0.1:8080/' }), { key: 'sk-1' }, 'ollama sends it too');
  });

  it('cannot be saved without an http(s) endpoint to bind it to', async () => {
    const s = secrets();
    for (const llm of [openai(''), openai('ftp://x.example'), { provider: 'none' as const, url: 'https://api.example.com' }]) {
      const r = await saveApiKey(s, 'sk-1', llm);
      assert.equal(r.ok, false);
    }
    assert.equal(s.values.size, 0);
  });

  it('a key saved by an earlier version (bare, no origin) is unbound: withheld until set again', async () => {
    const s = secrets({ [LLM_API_KEY_SECRET]: 'sk-legacy' });
    const r = await apiKeyFor(s, openai('https://api.example.com/v1'));
    assert.equal(r.key, undefined);
    assert.match(r.withheld!, /not bound to an endpoint/);
    for (const junk of ['{"v":1,"key":"sk"}', '{"v":2,"origin":"https://a:443","key":"sk"}', 'null', '{"v":1,"origin":"https://a:443","key":""}'])
      assert.equal((await apiKeyFor(secrets({ [LLM_API_KEY_SECRET]: junk }), openai('https://a/'))).key, undefined, junk);
    await saveApiKey(s, 'sk-legacy', openai('https://api.example.com/v1')); // the explicit Set command binds it
    assert.deepEqual(await apiKeyFor(s, openai('https://api.example.com/v1')), { key: 'sk-legacy' });
    await deleteApiKey(s);
    assert.deepEqual(await apiKeyFor(s, openai('https://api.example.com/v1')), {});
  });

  it('a withheld key does not reach the launch environment', async () => {
    const s = secrets();
    await saveApiKey(s, 'sk-1', openai('https://api.example.com'));
    const llm = { ...openai('https://evil.example'), model: 'm', modelPath: '', timeoutSeconds: 30, adapter: '' };
    const dir = tempDir('apikey-launch');
    const spec = await prepareLaunch({ venvPython: '/py', packageDir: '/ext/python', dataDir: dir, runDir: dir, preferredPort: 0, llm: { ...llm, apiKey: (await apiKeyFor(s, llm)).key } });
    assert.equal(spec.env.SIZA_ML_LLM_URL, 'https://evil.example');
    assert.equal(spec.env.SIZA_ML_LLM_API_KEY, '');
    assert.ok(!JSON.stringify(spec).includes('sk-1'));
  });
});
