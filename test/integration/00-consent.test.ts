import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { formatBytes, installSizeFor } from '../../src/sidecar/installSize';
import type { SidecarStatus } from '../../src/sidecar/status';
import { activateExtension, answerNotification, screenshot, waitFor } from './harness';

const QUESTION = 'install the Python sidecar?';

/** Processes whose command line names the extension's storage (venv creation, pip): none before an Install. */
function setupProcesses(storage: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    const cmd = (() => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      } catch {
        return '';
      }
    })();
    if (cmd.includes(storage) && /-m (pip|venv)\b/.test(cmd)) found.push(`${pid}: ${cmd}`);
  }
  return found;
}

/**
 * Runs first (00-…), on a fresh storage folder, as a person who has not agreed to anything: the harness's
 * "allow" (run-integration.sh) is set back to "ask" before the extension activates. Each answer of the real
 * notification is clicked by the driver (dialogs.js); the last one, Install, leaves the install running for
 * 01-instant-on.
 */
describe('The first sidecar install asks first, in a real VS Code', function () {
  this.timeout(10 * 60_000);
  const cfg = () => vscode.workspace.getConfiguration('siza');
  let api: SizaApi;
  let venvs: string;
  let storage: string;
  const statuses: SidecarStatus[] = [];
  const nothingInstalled = (when: string) => {
    assert.equal(fs.existsSync(venvs), false, `${when}: no venv folder (${venvs})`);
    assert.deepEqual(setupProcesses(storage), [], `${when}: no venv or pip process`);
  };

  before(async () => {
    const ext = vscode.extensions.getExtension<SizaApi>('siza.siza-gen-vscode');
    assert.equal(ext?.isActive, false, 'nothing activated the extension before this file');
    // the harness's user settings reached VS Code: every other file installs without the question
    assert.equal(cfg().inspect('sidecar.installConsent')?.globalValue, 'allow', 'run-integration.sh consents for the suite');
    await cfg().update('sidecar.installConsent', 'ask', vscode.ConfigurationTarget.Global);
    api = await activateExtension();
    api.sidecar.onDidChangeStatus((s) => statuses.push(s));
    venvs = api.sidecar.venvDir; // no venv chosen yet: the folder of all of them
    storage = path.dirname(venvs);
  });

  // the rest of the suite runs as the harness set it up
  after(() => cfg().update('sidecar.installConsent', 'allow', vscode.ConfigurationTarget.Global));

  it('activation asks with what it is for and the measured sizes; Not now keeps the in-process tier', async () => {
    await waitFor(() => /Waiting for your answer/.test(api.sidecar.status.detail), 120_000, 'the question');
    nothingInstalled('while the question is open');
    await screenshot('consent-question', 60_000, /fallback/);
    const message = await answerNotification(QUESTION, 'Not now');
    const size = installSizeFor();
    for (const part of ['embeddings and search', 'LLM prompt enhancement', 'fine-tuning', 'dataset ingestion', 'in-process']) assert.ok(message.includes(part), `${part} in ${message}`);
    assert.ok(message.includes(`downloads ${formatBytes(size.downloadBytes!)} and takes ${formatBytes(size.diskBytes!)} on disk`), message);
    await waitFor(() => /Not now/.test(api.sidecar.status.detail), 30_000, 'Not now');
    assert.equal(api.sidecar.status.kind, 'fallback');
    const e = await api.inference.embed(['a primary button']);
    assert.equal(e.tier, 'in-process');
    nothingInstalled('after Not now');
    assert.equal(api.sidecar.installNever, false);
  });

  it('Restart Sidecar asks again; Never is remembered and an automatic start then installs nothing', async () => {
    const command = vscode.commands.executeCommand('siza.sidecar.restart');
    await answerNotification(QUESTION, 'Never');
    await command;
    assert.equal(api.sidecar.installNever, true);
    assert.match(api.sidecar.status.detail, /Never/);
    nothingInstalled('after Never');
    // turning autoStart off and on restarts the sidecar as activation does: no question, no install
    const from = statuses.length;
    await cfg().update('sidecar.autoStart', false, vscode.ConfigurationTarget.Global);
    await cfg().update('sidecar.autoStart', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(() => statuses.slice(from).some((s) => s.kind === 'starting') && /Never/.test(api.sidecar.status.detail), 60_000, 'the automatic start to stop at Never');
    assert.ok(!statuses.slice(from).some((s) => /Waiting for your answer/.test(s.detail)), 'it did not ask');
    nothingInstalled('after an automatic start under Never');
  });

  it('Allow the Sidecar Install turns Never off and installs at once (cancelled here from its progress notification)', async () => {
    const from = statuses.length;
    const command = vscode.commands.executeCommand('siza.sidecar.enableInstall');
    await waitFor(() => api.sidecar.status.kind === 'installing', 120_000, 'the install to start');
    assert.equal(api.sidecar.installNever, false);
    assert.ok(!statuses.slice(from).some((s) => /Waiting for your answer/.test(s.detail)), 'the command is the consent: no question');
    await answerNotification('setting up the Python sidecar', 'Cancel');
    await command;
    await waitFor(() => /cancelled/.test(api.sidecar.status.detail), 60_000, 'the cancel');
    await waitFor(() => setupProcesses(storage).length === 0, 60_000, 'pip to be gone');
  });

  it('Install on the question starts the install (left running for the next file)', async () => {
    const command = vscode.commands.executeCommand('siza.sidecar.restart');
    await waitFor(() => /Waiting for your answer/.test(api.sidecar.status.detail), 60_000, 'the question after a cancelled install');
    assert.equal(fs.readdirSync(venvs).filter((n) => !n.startsWith('.') && !n.endsWith('.lock')).length, 0, 'the cancelled install left no venv');
    await answerNotification(QUESTION, 'Install');
    await waitFor(() => api.sidecar.status.kind === 'installing', 120_000, 'the install to start');
    assert.equal(api.sidecar.installNever, false);
    void Promise.resolve(command).catch(() => undefined); // 01-instant-on runs while it installs
  });
});
