import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import * as path from 'node:path';
import { request } from 'undici';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { activateExtension, answerInput, answerNotification, record, screenshot, sidecarReady, waitFor, waitForLlm } from './harness';

const INSTALL_TIMEOUT = 20 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The real extension in the real extension host: no part of the sidecar is mocked. */
describe('Siza Gen sidecar in a real VS Code', function () {
  this.timeout(INSTALL_TIMEOUT);
  let api: SizaApi;
  const pids: number[] = [];
  const readyPid = (notPid?: number) => sidecarReady(api, notPid, INSTALL_TIMEOUT);

  before(async () => {
    api = await activateExtension();
  });

  after(() => {
    record('sidecarPids', pids);
  });

  it('activates and registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['siza.sidecar.restart', 'siza.sidecar.reinstall', 'siza.sidecar.showStatus', 'siza.showLogs']) {
      assert.ok(commands.includes(c), c);
    }
  });

  it('bootstraps the venv from nothing into its storage and reaches ready', async () => {
    const t0 = Date.now();
    const ready = await readyPid();
    pids.push(ready.pid);
    const venv = api.sidecar.venvDir;
    assert.ok(fs.existsSync(path.join(venv, 'bin', 'python')), `venv python in ${venv}`);
    const stamp = JSON.parse(fs.readFileSync(path.join(venv, 'siza-stamp.json'), 'utf8')) as { hash: string };
    assert.match(stamp.hash, /^[0-9a-f]{64}$/);
    assert.ok(api.sidecar.bootstrapMs, 'this run installed the environment (a fresh storage folder)');
    record('bootstrapMs', api.sidecar.bootstrapMs);
    record('spawnToReadyMs', ready.readyInMs);
    record('activationToReadyMs', Date.now() - t0);
  });

  it('serves /ready with the token and refuses a request without it', async () => {
    const client = api.sidecar.client;
    assert.ok(client);
    const ready = await client.ready();
    assert.equal(ready.ready, true);
    assert.equal(ready.pid, api.sidecar.pid);
    const anonymous = await request(`${client.baseUrl}/health`);
    await anonymous.body.dump();
    assert.equal(anonymous.statusCode, 401);
  });

  it('shows "ready" in the status bar (screenshot)', async () => {
    const text = await screenshot('status-ready');
    assert.match(text, /Siza: ready/);
  });

  it('Restart Sidecar replaces the process', async () => {
    const before = api.sidecar.pid!;
    const t0 = Date.now();
    await vscode.commands.executeCommand('siza.sidecar.restart');
    const ready = await readyPid(before);
    pids.push(ready.pid);
    record('restartCommandMs', Date.now() - t0);
    assert.notEqual(ready.pid, before);
    await waitFor(() => !alive(before), 10_000, 'the old process to be gone');
  });

  it('restarts the sidecar after kill -9', async () => {
    const victim = api.sidecar.pid!;
    const t0 = Date.now();
    process.kill(victim, 'SIGKILL');
    const ready = await readyPid(victim);
    pids.push(ready.pid);
    record('restartAfterKillMs', Date.now() - t0);
    assert.notEqual(ready.pid, victim);
  });

  it('moves to a new port when the port setting changes', async () => {
    const before = api.sidecar.pid!;
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    const cfg = vscode.workspace.getConfiguration('siza');
    await cfg.update('sidecar.port', port, vscode.ConfigurationTarget.Global);
    let moved: number | undefined;
    try {
      const ready = await readyPid(before);
      moved = ready.pid;
      pids.push(ready.pid);
      assert.equal(ready.baseUrl, `http://127.0.0.1:${port}`);
    } finally {
      await cfg.update('sidecar.port', undefined, vscode.ConfigurationTarget.Global);
    }
    pids.push((await readyPid(moved)).pid); // back on the default port, in a new process
  });

  it('falls back, saying why, when the configured Python does not exist, and recovers when it is fixed', async () => {
    const cfg = vscode.workspace.getConfiguration('siza');
    await cfg.update('sidecar.pythonPath', '/nonexistent/bin/python3', vscode.ConfigurationTarget.Global);
    try {
      const s = await waitFor(() => (api.sidecar.status.kind === 'fallback' ? api.sidecar.status : undefined), 30_000, 'fallback');
      assert.match(s.detail, /No usable Python/);
      assert.equal(api.sidecar.pid, undefined, 'no sidecar runs in fallback');
      const text = await screenshot('status-fallback', 60_000, /Siza: fallback/);
      assert.match(text, /Siza: fallback/);
    } finally {
      await cfg.update('sidecar.pythonPath', undefined, vscode.ConfigurationTarget.Global);
    }
    pids.push((await readyPid()).pid);
  });

  it('judges scores with the LLM the settings name (the bundled local model), and stops when it is set back to none', async () => {
    const before = api.sidecar.pid!;
    const cfg = vscode.workspace.getConfiguration('siza');
    const code = 'export function Card() {\n  return <div onClick={go}><img src="a.png" /></div>;\n}\n';
    await cfg.update('llm.provider', 'local', vscode.ConfigurationTarget.Global);
    try {
      pids.push((await readyPid(before)).pid);
      await waitForLlm(api);
      const s = await api.inference.score({ code, framework: 'react' });
      assert.equal(s.tier, 'sidecar');
      record('llmScore', { source: s.source, llm: s.llm, llm_error: s.llm_error });
      // the loaded model judges with greedy decoding: the same usable judgement of this code every run
      assert.equal(s.source, 'heuristic+llm', JSON.stringify({ source: s.source, llm_error: s.llm_error }));
      assert.equal(s.llm_error, null);
      assert.ok(s.llm?.provider.startsWith('local'), JSON.stringify(s.llm));
    } finally {
      await cfg.update('llm.provider', undefined, vscode.ConfigurationTarget.Global);
    }
    const again = await readyPid(api.sidecar.pid);
    pids.push(again.pid);
    const plain = await api.inference.score({ code, framework: 'react' });
    assert.equal(plain.source, 'heuristic');
    assert.equal(plain.llm_error, null);
  });

  it('Set LLM API Key always asks in a password input box (an argument cannot set it); an empty answer removes it and restarts', async () => {
    const before = api.sidecar.pid!;
    const command = vscode.commands.executeCommand('siza.llm.setApiKey', { key: 'sk-from-an-argument' });
    const asked = await answerInput('', 'Stored in the OS keychain');
    assert.match(asked, /LLM API Key/);
    await command;
    pids.push((await readyPid(before)).pid);
  });

  it('Reinstall Sidecar Environment rebuilds the venv and comes back ready', async () => {
    const before = api.sidecar.pid!;
    const oldVenv = api.sidecar.venvDir;
    const t0 = Date.now();
    // an argument cannot skip the question (there is no test-only hook): it is answered as a person does
    const command = vscode.commands.executeCommand('siza.sidecar.reinstall', { confirm: false });
    const asked = await answerNotification('Python environment?', 'Reinstall');
    assert.match(asked, /installed into a new folder while the sidecar keeps answering/);
    await command;
    const ready = await readyPid(before);
    pids.push(ready.pid);
    record('reinstallMs', Date.now() - t0);
    assert.notEqual(api.sidecar.venvDir, oldVenv, 'a new venv folder');
    assert.ok(fs.existsSync(path.join(api.sidecar.venvDir, 'siza-stamp.json')), 'stamped');
    assert.ok(!alive(before));
  });
});
