import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import type { CheckResult } from '../../src/core/llm/check';
import { activateExtension, answerNotification, record, screenshot, waitFor } from './harness';

/**
 * Setting up a model in a real VS Code: Check LLM Endpoint against a protocol-level Ollama-compatible test server
 * (it lists one model and answers /api/chat as Ollama does), once with the model it has and once with one it lacks.
 */
describe('Check LLM Endpoint in a real VS Code (a protocol-level Ollama test server)', function () {
  this.timeout(12 * 60_000);
  let api: SizaApi;
  let server: Server;
  let url = '';
  const cfg = () => vscode.workspace.getConfiguration('siza');

  before(async () => {
    api = await activateExtension();
    // ready first (a run of this file alone installs it now): the settings below restart it, and after() waits for that
    await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid, 10 * 60_000, 'the sidecar ready');
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        if (req.url === '/api/tags') res.end(JSON.stringify({ models: [{ name: 'qwen2.5-coder:1.5b' }] }));
        else res.end(JSON.stringify({ model: (JSON.parse(body || '{}') as { model?: string }).model, message: { role: 'assistant', content: 'ready' }, done: true }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    const pid = api.sidecar.pid;
    for (const key of ['llm.provider', 'llm.url', 'llm.model']) await cfg().update(key, undefined, vscode.ConfigurationTarget.Global);
    server.close();
    // the LLM settings restart the sidecar: the suites after this one find it ready again
    await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid !== pid && api.sidecar.pid, 5 * 60_000, 'the sidecar back without the LLM');
  });

  it('says the endpoint works, with the reply, and names a missing model with the pull command', async () => {
    await cfg().update('llm.url', url, vscode.ConfigurationTarget.Global);
    await cfg().update('llm.model', 'qwen2.5-coder:1.5b', vscode.ConfigurationTarget.Global);
    await cfg().update('llm.provider', 'ollama', vscode.ConfigurationTarget.Global);
    const ok = await vscode.commands.executeCommand<CheckResult>('siza.llm.check');
    record('llm-check-ok', ok);
    assert.equal(ok?.ok, true, JSON.stringify(ok));
    assert.equal(ok.reply, 'ready');
    const said = await answerNotification('the LLM works', 'OK');
    assert.match(said, /lists 1 model\. The model "qwen2\.5-coder:1\.5b" is there\. It replied "ready"/, said);

    await cfg().update('llm.model', 'qwen2.5-coder:7b', vscode.ConfigurationTarget.Global);
    const missing = await vscode.commands.executeCommand<CheckResult>('siza.llm.check');
    record('llm-check-missing', missing);
    assert.equal(missing?.ok, false);
    assert.deepEqual(missing.steps.map((s) => [s.step, s.ok]), [['reachable', true], ['model', false]]);
    assert.match(missing.steps[1]!.detail, /it lists qwen2\.5-coder:1\.5b/);
    assert.equal(missing.fix, 'Pull it: ollama pull qwen2.5-coder:7b (or set siza.llm.model to one it has).');
    // the person reads it in the notification, and its button opens the LLM settings
    const shown = await answerNotification('the LLM check failed', 'Open LLM Settings');
    assert.match(shown, /failed at "model": .*qwen2\.5-coder:7b.*ollama pull qwen2\.5-coder:7b/, shown);
    await screenshot('llm-check-settings');
  });
});
