import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { llmEnv, prepareLaunch } from '../../src/sidecar/launch';
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
    assert.equal(a.env.SIZA_ML_INGEST_ROOTS, '');
  });

  it('passes the LLM settings and the key, and clears inherited SIZA_ML_LLM_* when none is set', async () => {
    const dataDir = tempDir('launch-llm');
    const llm = { provider: 'openai' as const, url: 'https://llm.example/v1', model: 'm', modelPath: '', timeoutSeconds: 12, adapter: 'job-1', apiKey: 'sk-test' };
    const spec = await prepareLaunch({ venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, preferredPort: 0, llm });
    assert.equal(spec.env.SIZA_ML_LLM_PROVIDER, 'openai');
    assert.equal(spec.env.SIZA_ML_LLM_URL, 'https://llm.example/v1');
    assert.equal(spec.env.SIZA_ML_LLM_MODEL, 'm');
    assert.equal(spec.env.SIZA_ML_LLM_API_KEY, 'sk-test');
    assert.equal(spec.env.SIZA_ML_LLM_TIMEOUT_S, '12');
    assert.equal(spec.env.SIZA_ML_LLM_ADAPTER, 'job-1');
    process.env.SIZA_ML_LLM_PROVIDER = 'ollama'; // as if the editor had been started with it
    try {
      const plain = await prepareLaunch({ venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, preferredPort: 0 });
      assert.equal(plain.env.SIZA_ML_LLM_PROVIDER, 'none');
      assert.equal(plain.env.SIZA_ML_LLM_API_KEY, '');
      assert.equal(plain.env.SIZA_ML_LLM_ADAPTER, '');
    } finally {
      delete process.env.SIZA_ML_LLM_PROVIDER;
    }
    assert.deepEqual(Object.keys(llmEnv(undefined)).sort(), Object.keys(llmEnv(llm)).sort());
  });
});
