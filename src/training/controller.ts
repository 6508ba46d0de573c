/**
 * Fine-tune Local Model, the vscode side: builds the dataset (accepted generations + the workspace's
 * components), shows its size, starts the sidecar's LoRA job with a cancellable progress notification,
 * and backs the training panel (jobs with their loss curves; adapters to activate or delete).
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/client';
import type { Settings } from '../config';
import type { Logger } from '../core/logger';
import { buildDataset, pairsFromComponents, pairsFromFeedback, toJsonl, type Dataset, type WorkspaceComponent } from '../core/training/dataset';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { SidecarClient } from '../sidecar/client';
import type { TrainJob } from '../core/protocol/index';
import { keepNewest, readRotated, writeAtomic } from '../store/durable';
import type { TrainingModel } from './protocol';

/** The fewest pairs worth a run: the held-out split needs some, training the rest. */
export const MIN_EXAMPLES = 8;
const POLL_MS = 2_000;
/** Dataset files kept in <data>/training/datasets (the newest). */
const KEEP_DATASETS = 5;
const ACTIVE = new Set(['queued', 'preparing', 'training']);

export interface TrainingDeps {
  client: () => SidecarClient | undefined;
  analysis: Analysis;
  index: WorkspaceIndex;
  feedbackFile: () => string;
  dataDir: () => string;
  settings: () => Settings;
  log: Logger;
}

/** What the controller tells its view (src/training/panel.ts): the jobs or adapters changed. */
export interface TrainingChangeView {
  changed(): Promise<void>;
}

export class TrainingController {
  private view: TrainingChangeView | undefined;

  constructor(private readonly deps: TrainingDeps) {}

  /** The panel that shows the jobs; built over this controller, so it is attached after. */
  attach(view: TrainingChangeView): void {
    this.view = view;
  }

  private client(): SidecarClient {
    const c = this.deps.client();
    if (!c) throw new Error('Fine-tuning runs in the sidecar, which is not running (see Siza Gen: Show Sidecar Status)');
    return c;
  }

  /** Accepted generations and the workspace's components, as prompt → code pairs. */
  async dataset(token?: vscode.CancellationToken): Promise<Dataset> {
    const feedbackText = (await readRotated(this.deps.feedbackFile())).join('\n'); // every rotated file, oldest first
    const feedback = pairsFromFeedback(feedbackText);
    const components: WorkspaceComponent[] = [];
    for (const f of await this.deps.index.files(token)) {
      if (token?.isCancellationRequested) throw new vscode.CancellationError();
      const text = await readFile(f.path, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const r = await this.deps.analysis.extract(f.path, text);
      for (const c of r.components) components.push({ name: c.name, framework: c.framework, file: f.rel, code: c.code });
    }
    return buildDataset(feedback.pairs, pairsFromComponents(components));
  }

  /** The command: dataset, confirmation with its size, the job, its progress; resolves to the job id (or undefined). */
  async run(opts: { maxSteps?: number } = {}): Promise<string | undefined> {
    const client = this.client();
    const data = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Siza Gen: collecting fine-tuning examples', cancellable: true },
      (_p, token) => this.dataset(token),
    );
    if (data.pairs.length < MIN_EXAMPLES) {
      throw new Error(
        `Only ${data.pairs.length} examples (${data.fromFeedback} accepted generations, ${data.fromWorkspace} workspace components): fine-tuning needs at least ${MIN_EXAMPLES}. Insert or save a few generated components, or open a workspace with more components.`,
      );
    }
    const held = Math.max(1, Math.round(data.pairs.length * 0.1));
    // a notification, not a modal: the real-VS-Code tests answer it as a person does (VS Code skips modals there)
    const go = await vscode.window.showInformationMessage(
      `Fine-tune the local model on ${data.pairs.length} examples (${data.fromFeedback} accepted generations, ${data.fromWorkspace} workspace components; ${held} held out for the loss check)? LoRA rank 8 on the CPU, one job at a time; the editor stays usable. ${data.dropped} duplicates or outsized examples were left out.`,
      'Start',
    );
    if (go !== 'Start') return undefined;
    const rel = path.posix.join('training', 'datasets', `${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
    const file = path.join(this.deps.dataDir(), ...rel.split('/'));
    await writeAtomic(file, toJsonl(data.pairs));
    // the sidecar reads a dataset when the job starts; older ones are only disk: the newest few stay for a human
    await keepNewest(path.dirname(file), KEEP_DATASETS, (n) => /^\d{4}-\d\d-\d\dT[\d-]+Z\.jsonl$/.test(n));
    const job = await client.trainStart({ base_model: 'local', dataset_path: rel, hyperparameters: opts.maxSteps ? { max_steps: opts.maxSteps } : {} });
    this.deps.log.info(`Fine-tuning job ${job.id} started on ${data.pairs.length} examples (${rel})`);
    void this.view?.changed();
    void this.follow(job.id);
    return job.id;
  }

  /** A cancellable progress notification that follows the job until it ends. */
  private async follow(id: string): Promise<void> {
    const final = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Siza Gen: fine-tuning ${id}`, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => void this.cancel(id).catch((e: Error) => this.deps.log.warn(`cancel ${id}: ${e.message}`)));
        let last = 0;
        for (;;) {
          const c = this.deps.client();
          if (!c) return undefined;
          const j = await c.trainStatus(id).catch(() => undefined);
          if (j) {
            const pct = j.progress.total_steps ? (100 * j.progress.step) / j.progress.total_steps : 0;
            progress.report({ increment: Math.max(0, pct - last), message: statusLine(j) });
            last = Math.max(last, pct);
            void this.view?.changed();
            if (!ACTIVE.has(j.state)) return j;
          }
          await new Promise((r) => setTimeout(r, POLL_MS));
        }
      },
    );
    if (!final) return;
    if (final.state === 'complete' && final.adapter) {
      const m = final.adapter.metrics;
      const pick = await vscode.window.showInformationMessage(
        `Siza Gen: adapter ${final.adapter.name} is ready${m ? ` (held-out loss ${m.initial_eval_loss.toFixed(3)} → ${m.final_eval_loss.toFixed(3)})` : ''}.`,
        'Activate',
        'Show Training',
      );
      if (pick === 'Activate') await this.activate(final.adapter.name);
      if (pick === 'Show Training') await vscode.commands.executeCommand('siza.showTraining');
    } else if (final.state === 'failed') {
      void vscode.window.showErrorMessage(`Siza Gen: fine-tuning ${id} failed: ${final.error ?? 'unknown error'}`);
    }
  }

  cancel(id: string): Promise<unknown> {
    return this.client().trainCancel(id);
  }

  /** Generate with this adapter: the local provider, the adapter setting; the sidecar restarts for it. */
  async activate(name: string | undefined): Promise<string> {
    const cfg = vscode.workspace.getConfiguration('siza');
    if (name && this.deps.settings().llm.provider !== 'local') await cfg.update('llm.provider', 'local', vscode.ConfigurationTarget.Global);
    await cfg.update('llm.adapter', name ?? '', vscode.ConfigurationTarget.Global);
    return name ? `Activated ${name}: the sidecar restarts with it` : 'The base model again: the sidecar restarts';
  }

  async deleteAdapter(name: string): Promise<string> {
    if (this.deps.settings().llm.adapter === name) await this.activate(undefined);
    await this.client().deleteAdapter(name);
    return `Deleted ${name}`;
  }

  /** The panel's model: recent jobs with their curves, the adapters, the active one. */
  async model(): Promise<TrainingModel> {
    const settings = this.deps.settings();
    const c = this.deps.client();
    if (!c) return { unavailable: 'The sidecar is not running: fine-tuning and its history need it.', jobs: [], adapters: [], provider: settings.llm.provider };
    let summary: Awaited<ReturnType<SidecarClient['trainSummary']>>;
    let jobs: TrainJob[];
    try {
      summary = await c.trainSummary();
      jobs = await Promise.all(summary.jobs.slice(0, 6).map((j) => c.trainStatus(j.id)));
    } catch (e) {
      // e.g. the sidecar restarting to apply an adapter
      return { unavailable: `The sidecar did not answer (${(e as Error).message}); it may be restarting.`, jobs: [], adapters: [], provider: settings.llm.provider };
    }
    return {
      jobs: jobs.map((j) => ({
        id: j.id,
        state: j.state,
        modelId: j.model_id,
        createdAt: j.created_at,
        step: j.progress.step,
        totalSteps: j.progress.total_steps,
        loss: j.progress.loss ?? null,
        evalLoss: j.progress.eval_loss ?? null,
        tokensPerS: j.progress.tokens_per_s ?? null,
        etaS: j.progress.eta_s ?? null,
        elapsedS: j.progress.elapsed_s,
        examples: { train: j.dataset.train_examples, eval: j.dataset.eval_examples, source: j.dataset.source },
        lossCurve: j.loss_curve,
        evalCurve: j.eval_curve.map((p) => ({ step: p.step, evalLoss: p.eval_loss })),
        error: j.error ?? null,
        adapter: j.adapter?.name ?? null,
      })),
      adapters: summary.adapters.map((a) => ({
        name: a.name,
        createdAt: a.created_at ?? null,
        baseModel: a.base_model ?? null,
        sizeBytes: a.size_bytes,
        initialEvalLoss: a.metrics?.initial_eval_loss ?? null,
        finalEvalLoss: a.metrics?.final_eval_loss ?? null,
        sPerStep: a.metrics?.s_per_step ?? null,
        active: settings.llm.adapter === a.name,
      })),
      provider: settings.llm.provider,
    };
  }
}

function statusLine(j: TrainJob): string {
  const p = j.progress;
  const parts = [`${j.state}`, `step ${p.step}/${p.total_steps}`];
  if (p.loss !== null && p.loss !== undefined) parts.push(`loss ${p.loss.toFixed(3)}`);
  if (p.eta_s !== null && p.eta_s !== undefined && ACTIVE.has(j.state)) parts.push(`ETA ${Math.round(p.eta_s)} s`);
  return parts.join(' · ');
}
