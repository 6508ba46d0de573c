import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { llmEnv, prepareLaunch } from '../../src/sidecar/launch';
import { devPython, ROOT, tempDir } from './helpers';

describe('launch spec', () => {
  it('binds loopback, creates the data folder, and makes a new token every time', async () => {
    const dataDir = path.join(tempDir('launch'), 'not', 'yet', 'there');
    const inputs = { venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, runDir: path.join(tempDir('launch-run'), 'run'), preferredPort: 0 };
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
    const runDir = tempDir('launch-run');
    const spec = await prepareLaunch({ venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, runDir, preferredPort: 0, llm });
    assert.equal(spec.env.SIZA_ML_LLM_PROVIDER, 'openai');
    assert.equal(spec.env.SIZA_ML_LLM_URL, 'https://llm.example/v1');
    assert.equal(spec.env.SIZA_ML_LLM_MODEL, 'm');
    assert.equal(spec.env.SIZA_ML_LLM_API_KEY, 'sk-test');
    assert.equal(spec.env.SIZA_ML_LLM_TIMEOUT_S, '12');
    assert.equal(spec.env.SIZA_ML_LLM_ADAPTER, 'job-1');
    process.env.SIZA_ML_LLM_PROVIDER = 'ollama'; // as if the editor had been started with it
    try {
      const plain = await prepareLaunch({ venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, runDir, preferredPort: 0 });
      assert.equal(plain.env.SIZA_ML_LLM_PROVIDER, 'none');
      assert.equal(plain.env.SIZA_ML_LLM_API_KEY, '');
      assert.equal(plain.env.SIZA_ML_LLM_ADAPTER, '');
    } finally {
      delete process.env.SIZA_ML_LLM_PROVIDER;
    }
    assert.deepEqual(Object.keys(llmEnv(undefined)).sort(), Object.keys(llmEnv(llm)).sort());
  });

  it('runs in a folder the extension owns, with a safe sys.path, offline unless downloads are allowed', async () => {
    const storage = tempDir('launch-storage');
    const dataDir = path.join(storage, 'data');
    const runDir = path.join(storage, 'run');
    const base = { venvPython: '/venv/bin/python', packageDir: '/ext/python', dataDir, runDir, preferredPort: 0 };
    const spec = await prepareLaunch(base);
    assert.equal(spec.cwd, runDir);
    assert.ok(existsSync(runDir), 'the run folder is created');
    assert.notEqual(spec.cwd, dataDir);
    assert.equal(spec.env.PYTHONSAFEPATH, '1');
    assert.equal(spec.env.HF_HUB_OFFLINE, '1');
    assert.equal(spec.env.HF_DATASETS_OFFLINE, '1');
    assert.equal(spec.env.TRANSFORMERS_OFFLINE, '1');
    const online = await prepareLaunch({ ...base, allowModelDownloads: true });
    assert.equal(online.env.PYTHONSAFEPATH, '1');
    for (const k of ['HF_HUB_OFFLINE', 'HF_DATASETS_OFFLINE', 'TRANSFORMERS_OFFLINE']) assert.equal(online.env[k], process.env[k], `${k} is left as the editor had it`);
  });

  it('a siza_ml package in the working directory is not what runs (real Python)', async () => {
    const storage = tempDir('launch-shadow');
    const spec = await prepareLaunch({ venvPython: devPython(), packageDir: path.join(ROOT, 'python'), dataDir: path.join(storage, 'data'), runDir: path.join(storage, 'run'), preferredPort: 0 });
    // whatever ends up in the folder the sidecar runs in (a planted package, a module named like a dependency)
    const shadow = path.join(spec.cwd!, 'siza_ml');
    mkdirSync(shadow, { recursive: true });
    writeFileSync(path.join(shadow, '__init__.py'), '');
    writeFileSync(path.join(shadow, '__main__.py'), 'print("SHADOW")\n');
    writeFileSync(path.join(spec.cwd!, 'json.py'), 'print("SHADOW json")\n');
    const r = spawnSync(spec.command, ['-m', 'siza_ml', '--help'], { cwd: spec.cwd, env: spec.env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /usage: python -m siza_ml/);
    assert.doesNotMatch(r.stdout + r.stderr, /SHADOW/);
  });
});
