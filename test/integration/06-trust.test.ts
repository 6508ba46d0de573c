import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { activateExtension, answerInput, answerNotification, record, sidecarReady, waitFor } from './harness';

const TIMEOUT = 20 * 60_000;
const CODE = 'export function Button() {\n  return <button onClick={() => alert(1)}>Go</button>;\n}\n';

/** A scripted OpenAI-compatible endpoint (a protocol-level fake, not a model) that records every request. */
class FakeLlm {
  readonly seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  private readonly server: Server = createServer((req, res) => {
    this.seen.push({ url: req.url ?? '', headers: req.headers });
    req.resume();
    const content = JSON.stringify({ score: 7, reasons: ['fake'] });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'x', choices: [{ index: 0, message: { role: 'assistant', content } }] }));
  });
  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this;
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  close(): Promise<unknown> {
    return new Promise((r) => this.server.close(r));
  }
}

/** The environment and working directory of a running process, as Linux reports them. */
function processFacts(pid: number): { env: Record<string, string>; cwd: string; exe: string } {
  const env = Object.fromEntries(
    fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { env, cwd: fs.realpathSync(`/proc/${pid}/cwd`), exe: fs.realpathSync(`/proc/${pid}/exe`) };
}

/** The same, or undefined for a process that is already gone (a restart in between). */
function factsIfAlive(pid: number): ReturnType<typeof processFacts> | undefined {
  try {
    return processFacts(pid);
  } catch {
    return undefined;
  }
}

/** Issue 11 §2: what a cloned repository's .vscode/settings.json cannot do, and where the API key may go. */
describe('Siza Gen trust in a real VS Code', function () {
  this.timeout(TIMEOUT);
  let api: SizaApi;
  const pids: number[] = [];
  const cfg = () => vscode.workspace.getConfiguration('siza');
  const ready = async (notPid?: number, timeoutMs = TIMEOUT) => {
    const s = await sidecarReady(api, notPid, timeoutMs);
    pids.push(s.pid);
    return s;
  };
  /** A ready sidecar whose launch environment satisfies `pred` (the restarts a settings change queues have run). */
  const readyWhere = async (what: string, pred: (env: Record<string, string>) => boolean) => {
    const s = await waitFor(() => {
      const st = api.sidecar.status;
      if (st.kind !== 'ready') return undefined;
      const f = factsIfAlive(st.pid);
      return f && pred(f.env) ? st : undefined;
    }, TIMEOUT, what);
    pids.push(s.pid);
    return s;
  };

  before(async () => {
    api = await activateExtension();
  });
  after(() => record('trustPids', pids));

  it("a workspace's .vscode/settings.json cannot choose the Python, pip, the data folder or the LLM", async () => {
    const first = await ready();
    const venv = api.sidecar.venvDir;
    const dataDir = api.generate.dataDir;
    const llm = await new FakeLlm().start();
    const evil = fs.mkdtempSync(path.join(os.tmpdir(), 'siza-evil-'));
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const settingsDir = path.join(folder, '.vscode');
    const hadDir = fs.existsSync(settingsDir);
    const hostile = {
      'siza.sidecar.pythonPath': path.join(evil, 'bin', 'python3'),
      'siza.sidecar.pipIndexUrl': `${llm.url}/simple`,
      'siza.sidecar.pipNoIndex': true,
      'siza.sidecar.allowModelDownloads': true,
      'siza.dataFolder': path.join(evil, 'data'),
      'siza.llm.provider': 'openai',
      'siza.llm.url': llm.url,
      'siza.llm.model': 'exfiltrate',
      'siza.llm.modelPath': path.join(evil, 'model.gguf'),
      'siza.llm.adapter': 'evil',
      // a setting a workspace may choose (its default value): proof that VS Code read the file
      'siza.codeLens.enabled': true,
    };
    fs.mkdirSync(settingsDir, { recursive: true });
    fs.writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify(hostile, null, 2));
    try {
      await waitFor(() => cfg().inspect('codeLens.enabled')?.workspaceValue === true, 60_000, 'VS Code to read the workspace settings');
      // a fresh launch (discovery included) with the hostile file in effect; the venv is installed, so a
      // restart takes seconds (were the workspace's pythonPath used, discovery would fail: no ready sidecar)
      await vscode.commands.executeCommand('siza.sidecar.restart');
      const s = await ready(first.pid, 3 * 60_000);
      assert.equal(api.sidecar.venvDir, venv, 'the same venv');
      assert.equal(api.generate.dataDir, dataDir, 'the same data folder');
      const p = processFacts(s.pid);
      assert.ok(!p.exe.startsWith(fs.realpathSync(evil)), `not the workspace's python (${p.exe})`);
      assert.equal(p.env.SIZA_ML_LLM_PROVIDER, 'none');
      assert.equal(p.env.SIZA_ML_LLM_URL, '');
      assert.equal(p.env.SIZA_ML_LLM_MODEL, '');
      assert.equal(p.env.SIZA_ML_LLM_MODEL_PATH, '');
      assert.equal(p.env.SIZA_ML_LLM_ADAPTER, '');
      assert.equal(p.env.SIZA_ML_DATA_DIR, path.resolve(dataDir));
      assert.equal(p.env.HF_HUB_OFFLINE, '1', 'downloads stay off');
      assert.equal(p.env.PYTHONSAFEPATH, '1');
      assert.equal(path.basename(p.cwd), 'run', `runs in the extension's own folder (${p.cwd})`);
      assert.ok(!p.cwd.startsWith(fs.realpathSync(folder)) && !p.cwd.startsWith(fs.realpathSync(evil)));
      const score = await api.inference.score({ code: CODE, framework: 'react' });
      assert.equal(score.tier, 'sidecar');
      assert.equal(score.source, 'heuristic', 'no LLM was configured by the workspace');
      assert.deepEqual(llm.seen, [], 'the workspace-chosen endpoint never heard from the extension');
      assert.ok(!fs.existsSync(path.join(evil, 'data')), 'nothing was written to the workspace-chosen data folder');
      record('trustHostileSettingsIgnored', true);
    } finally {
      fs.rmSync(path.join(settingsDir, 'settings.json'), { force: true });
      if (!hadDir) fs.rmSync(settingsDir, { recursive: true, force: true });
      fs.rmSync(evil, { recursive: true, force: true });
      await llm.close();
    }
    await waitFor(() => cfg().inspect('codeLens.enabled')?.workspaceValue === undefined, 60_000, 'VS Code to drop the workspace settings');
    await readyWhere('the sidecar after the workspace settings went', () => true);
  });

  it('the API key is sent only to the origin it was saved for', async () => {
    await ready();
    let s;
    const a = await new FakeLlm().start();
    const b = await new FakeLlm().start();
    const scoreOnce = () => api.inference.score({ code: CODE, framework: 'react' });
    try {
      await cfg().update('llm.model', 'fake', vscode.ConfigurationTarget.Global);
      await cfg().update('llm.url', a.url, vscode.ConfigurationTarget.Global);
      await cfg().update('llm.provider', 'openai', vscode.ConfigurationTarget.Global);
      s = await readyWhere('a sidecar for endpoint A', (env) => env.SIZA_ML_LLM_URL === a.url && env.SIZA_ML_LLM_PROVIDER === 'openai' && env.SIZA_ML_LLM_MODEL === 'fake');
      // the person sets the key (the input box); it is bound to A's origin
      const set = vscode.commands.executeCommand('siza.llm.setApiKey');
      await answerInput('sk-trust-a', 'Stored in the OS keychain');
      await set;
      s = await ready(s.pid);
      assert.equal(processFacts(s.pid).env.SIZA_ML_LLM_API_KEY, 'sk-trust-a');
      await scoreOnce();
      assert.ok(a.seen.length > 0, 'endpoint A was asked');
      assert.ok(a.seen.every((r) => r.headers.authorization === 'Bearer sk-trust-a'), JSON.stringify(a.seen.map((r) => r.headers.authorization)));

      // the URL moves to another origin: the key stays behind, and the person is told
      const asked = a.seen.length;
      await cfg().update('llm.url', b.url, vscode.ConfigurationTarget.Global);
      s = await readyWhere('a sidecar for endpoint B', (env) => env.SIZA_ML_LLM_URL === b.url);
      assert.equal(processFacts(s.pid).env.SIZA_ML_LLM_API_KEY, '', 'the key is not in the launch environment');
      await scoreOnce();
      assert.ok(b.seen.length > 0, 'endpoint B was asked');
      assert.ok(b.seen.every((r) => r.headers.authorization === undefined), 'B never saw a key');
      assert.equal(a.seen.length, asked);
      // the warning offers to set it, for B
      const warned = await answerNotification(`was saved for ${new URL(a.url).origin}`, 'Set LLM API Key');
      assert.match(warned, /not sent/);
      await answerInput('sk-trust-b', 'Stored in the OS keychain');
      await ready(s.pid);
      await scoreOnce();
      assert.equal(b.seen.at(-1)?.headers.authorization, 'Bearer sk-trust-b');
      assert.ok(!JSON.stringify(b.seen).includes('sk-trust-a'), 'B never saw the key saved for A');
      record('trustKeyBoundToOrigin', true);
    } finally {
      // remove the key (an empty answer), then the settings
      const clear = vscode.commands.executeCommand('siza.llm.setApiKey');
      await answerInput('', 'Stored in the OS keychain');
      await clear;
      for (const k of ['llm.provider', 'llm.url', 'llm.model']) await cfg().update(k, undefined, vscode.ConfigurationTarget.Global);
      await a.close();
      await b.close();
    }
    await readyWhere('the sidecar back without an LLM', (env) => env.SIZA_ML_LLM_PROVIDER === 'none' && env.SIZA_ML_LLM_URL === '');
  });
});
