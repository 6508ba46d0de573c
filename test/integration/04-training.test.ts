import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SizaApi } from '../../src/api';
import { activateExtension, answerNotification, record, waitFor, waitForLlm, webviewShot } from './harness';
import { assertStyled, setTheme, THEMES } from './webviewHelpers';

const cfg = () => vscode.workspace.getConfiguration('siza');

/** A few more components of the workspace's own, so the dataset is not only the fixture's handful. */
const EXTRA: [string, string][] = ['Badge', 'Tag', 'Chip', 'Pill'].map((n) => [
  `src/components/${n}.tsx`,
  `export function ${n}({ label = '${n}' }: { label?: string }) {\n  return <span className="inline-flex rounded-full bg-gray-100 px-2 text-xs text-gray-800">{label}</span>;\n}\n`,
]);

/**
 * The command, its question answered as a person does: `{ maxSteps }` is heeded in the test host only, and
 * `{ confirm: false }` (no such hook any more) cannot skip the question.
 */
async function fineTune(maxSteps: number): Promise<string | undefined> {
  const command = vscode.commands.executeCommand<string | undefined>('siza.fineTune', { confirm: false, maxSteps });
  const asked = await answerNotification('Fine-tune the local model on', 'Start', 5 * 60_000);
  assert.match(asked, /on \d+ examples .* held out for the loss check/);
  return command;
}

/**
 * Fine-tune Local Model in the real VS Code with the real sidecar and the bundled SmolLM2: a job started
 * from the command, watched in the training panel and cancelled from it; a short job that completes,
 * whose adapter is activated from the panel and then answers as the local provider.
 */
describe('Fine-tuning', function () {
  this.timeout(20 * 60_000);
  let api: SizaApi;

  before(async () => {
    api = await activateExtension();
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    for (const [rel, code] of EXTRA) fs.writeFileSync(`${root}/${rel}`, code);
    await waitFor(() => api.sidecar.status.kind === 'ready', 20 * 60_000, 'the sidecar');
  });
  after(async () => {
    const changed = Boolean(cfg().get('llm.adapter')) || cfg().get('llm.provider') !== 'none';
    const before = api.sidecar.pid;
    await cfg().update('llm.adapter', undefined, vscode.ConfigurationTarget.Global);
    await cfg().update('llm.provider', undefined, vscode.ConfigurationTarget.Global);
    await setTheme(undefined);
    // the reset restarts the sidecar: the next suite gets the new process, not the one on its way out
    if (changed) await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid !== before && api.sidecar.pid, 5 * 60_000, 'the sidecar back without the adapter');
  });

  it('starts a job on the workspace’s components, shows its progress and curve, and cancels it from the panel', async () => {
    const id = await fineTune(400);
    assert.ok(id, 'a job id');
    const client = api.sidecar.client!;
    const started = await waitFor(async () => {
      const j = await client.trainStatus(id);
      assert.notEqual(j.state, 'failed', j.error ?? '');
      return j.state === 'training' && j.progress.step >= 2 ? j : undefined;
    }, 8 * 60_000, 'two training steps');
    record('training-started', { examples: started.dataset.examples, train: started.dataset.train_examples, eval: started.dataset.eval_examples, step: started.progress.step, loss: started.progress.loss });
    await vscode.commands.executeCommand('siza.showTraining');
    for (const theme of THEMES) {
      await setTheme(theme.name);
      const shot = await webviewShot(`webview-training-${theme.id}`, 'training', { waitForText: `${id}`, settleMs: 1500 });
      assertStyled(shot, 'training');
      assert.match(shot.text, /training/);
      assert.match(shot.text, /step \d+\/400/);
    }
    await webviewShot('webview-training-cancel', 'training', { actions: [{ do: 'click', selector: `[data-action="cancel"]` }, { do: 'waitForText', text: 'cancelled', timeoutMs: 120_000 }] });
    const j = await client.trainStatus(id);
    assert.equal(j.state, 'cancelled');
    assert.equal(j.adapter, null, 'a cancelled job saves no adapter');
  });

  it('a short job completes; its adapter, activated from the panel, is what the local provider generates with', async () => {
    const id = await fineTune(4);
    assert.ok(id);
    const client = api.sidecar.client!;
    const done = await waitFor(async () => {
      const j = await client.trainStatus(id);
      return ['complete', 'failed', 'cancelled'].includes(j.state) ? j : undefined;
    }, 10 * 60_000, 'the short job');
    assert.equal(done.state, 'complete', done.error ?? '');
    const m = done.adapter?.metrics;
    assert.ok(m && Number.isFinite(m.initial_eval_loss) && Number.isFinite(m.final_eval_loss));
    record('training-short', { steps: m.steps, sPerStep: m.s_per_step, evalLoss: [m.initial_eval_loss, m.final_eval_loss] });
    const before = api.sidecar.pid;
    await vscode.commands.executeCommand('siza.showTraining');
    await webviewShot('webview-training-activate', 'training', {
      waitForText: done.adapter!.name,
      actions: [{ do: 'click', selector: `tr:has(code:text-is("${done.adapter!.name}")) [data-action="activate"]` }, { do: 'waitForText', text: 'Activated' }],
    });
    assert.equal(cfg().get('llm.adapter'), done.adapter!.name);
    assert.equal(cfg().get('llm.provider'), 'local');
    await waitFor(() => api.sidecar.status.kind === 'ready' && api.sidecar.pid !== before && api.sidecar.pid, 5 * 60_000, 'the sidecar restarted with the adapter');
    // the model and its adapter load on the first request, which may outlast one request's timeout
    await waitForLlm(api);
    const reply = await api.inference.chat({ messages: [{ role: 'user', content: 'Write a button component.' }], max_tokens: 8 });
    assert.equal(reply.provider, 'local');
    assert.match(reply.model, new RegExp(`\\+adapter:${done.adapter!.name}$`));
    record('training-adapter-reply', { model: reply.model, text: reply.text });
  });
});
