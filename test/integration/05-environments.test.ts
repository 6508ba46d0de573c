import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { pythonWithoutEnsurepip } from '../unit/helpers';
import { activateExtension, answerNotification, record, sidecarReady, waitFor } from './harness';

const INSTALL_TIMEOUT = 20 * 60_000;

/** The sidecar's venvs in the real extension host: a Python that cannot make one, and a Reinstall beside a running sidecar. */
describe('Siza Gen sidecar environments in a real VS Code', function () {
  this.timeout(INSTALL_TIMEOUT);
  let api: SizaApi;
  const pids: number[] = [];
  const ready = (notPid?: number) => sidecarReady(api, notPid, INSTALL_TIMEOUT);

  before(async () => {
    api = await activateExtension();
  });

  after(() => record('environmentPids', pids));

  it('a python3 without ensurepip (stock Debian) falls back naming the package to install; the in-process tier answers', async () => {
    pids.push((await ready()).pid);
    const { python, version } = pythonWithoutEnsurepip();
    const [major, minor] = version.split('.');
    const cfg = vscode.workspace.getConfiguration('siza');
    await cfg.update('sidecar.pythonPath', python, vscode.ConfigurationTarget.Global);
    try {
      const s = await waitFor(() => (api.sidecar.status.kind === 'fallback' && /ensurepip/.test(api.sidecar.status.detail) ? api.sidecar.status : undefined), 60_000, 'the fallback');
      assert.ok(s.detail.includes(`apt install python3-venv (or python${major}.${minor}-venv)`), s.detail);
      assert.equal(api.sidecar.pid, undefined, 'no sidecar runs');
      const e = await api.inference.embed(['a primary button']);
      assert.equal(e.tier, 'in-process');
      assert.equal(e.vectors[0]!.length, 384);
    } finally {
      await cfg.update('sidecar.pythonPath', undefined, vscode.ConfigurationTarget.Global);
    }
    pids.push((await ready()).pid);
  });

  it('Reinstall installs into a new venv while the old sidecar answers, switches to it, and removes the old one', async () => {
    const before = await ready();
    const oldVenv = api.sidecar.venvDir;
    assert.ok(fs.existsSync(path.join(oldVenv, 'siza-stamp.json')), oldVenv);
    const t0 = Date.now();
    const command = vscode.commands.executeCommand('siza.sidecar.reinstall');
    await answerNotification('Python environment?', 'Reinstall');
    await waitFor(() => api.sidecar.status.kind === 'installing', 5 * 60_000, 'the install to run');
    // mid-install: the running sidecar still serves, from the old venv
    assert.equal(api.sidecar.pid, before.pid);
    const e = await api.inference.embed(['a modal dialog']);
    assert.equal(e.tier, 'sidecar');
    assert.ok(fs.existsSync(path.join(oldVenv, 'bin', 'python')));
    await command;
    const after = await ready(before.pid);
    pids.push(after.pid);
    record('reinstallBesideMs', Date.now() - t0);
    const newVenv = api.sidecar.venvDir;
    assert.notEqual(newVenv, oldVenv);
    assert.equal(path.dirname(newVenv), path.dirname(oldVenv));
    assert.ok(fs.existsSync(path.join(newVenv, 'siza-stamp.json')));
    await waitFor(() => !fs.existsSync(oldVenv), 120_000, 'the old venv to be removed');
  });
});
