/** The in-process embedding tier: all-MiniLM-L6-v2 in a worker thread, fed with bounded batches. */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { nullLogger, type Logger } from '../../core/logger';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID, type Embedder } from '../../core/inference';
import type { EmbedWorkerConfig, GraphOptimizationLevel, HostToWorker, WorkerToHost } from './messages';

/** The extension's onnxruntime intra-op threads: at batch 32 as fast as the sidecar (bench/RESULTS.md), off the host's thread all the same. */
export const EXTENSION_ONNX_THREADS = 2;

export interface WorkerEmbedderOptions {
  /** The extension's `models/` folder (holds `all-MiniLM-L6-v2/`). */
  modelsDir: string;
  /** A writable folder in the extension's storage for Transformers.js' cache. */
  cacheDir: string;
  /** The bundled worker; default `embed-worker.js` beside this bundle (dist/). */
  workerScript?: string;
  /** onnxruntime intra-op threads (default 1; the extension runs EXTENSION_ONNX_THREADS). */
  intraOpThreads?: number;
  /** Texts per model call (default 32). */
  maxBatch?: number;
  /** onnxruntime's graph optimisation; default 'basic': on this exported graph 'all' was never faster (bench/RESULTS.md). */
  graphOptimization?: GraphOptimizationLevel;
  logger?: Logger;
}

interface Job {
  texts: readonly string[];
  /** Longest first, so each batch of a large request pads to similar lengths. */
  order: number[];
  taken: number;
  filled: number;
  out: Float32Array[];
  resolve(v: Float32Array[]): void;
  reject(e: Error): void;
  settled: boolean;
  cleanup(): void;
}

interface Batch {
  id: number;
  spans: { job: Job; rows: number[] }[];
}

function abortError(): Error {
  return new DOMException('the embedding request was aborted', 'AbortError');
}

export class WorkerEmbedder implements Embedder {
  readonly model = EMBEDDING_MODEL_ID;
  readonly dimensions = EMBEDDING_DIMENSIONS;
  private readonly config: EmbedWorkerConfig;
  private readonly script: string;
  private readonly maxBatch: number;
  private readonly log: Logger;
  private worker: Worker | undefined;
  private pending: Job[] = [];
  private inFlight: Batch | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(opts: WorkerEmbedderOptions) {
    this.config = {
      modelsDir: opts.modelsDir,
      cacheDir: opts.cacheDir,
      intraOpThreads: opts.intraOpThreads ?? 1,
      interOpThreads: 1,
      graphOptimization: opts.graphOptimization ?? 'basic',
    };
    this.script = opts.workerScript ?? path.join(__dirname, 'embed-worker.js');
    this.maxBatch = Math.max(1, opts.maxBatch ?? 32);
    this.log = opts.logger ?? nullLogger;
  }

  /** Whether the worker thread is running (it starts on the first request). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    if (this.disposed) return Promise.reject(new Error('the in-process embedder is disposed'));
    if (signal?.aborted) return Promise.reject(abortError());
    if (texts.length === 0) return Promise.resolve([]);
    return new Promise<Float32Array[]>((resolve, reject) => {
      const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length || a - b);
      const onAbort = (): void => this.settle(job, abortError());
      const job: Job = {
        texts,
        order,
        taken: 0,
        filled: 0,
        out: new Array<Float32Array>(texts.length),
        resolve,
        reject,
        settled: false,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.push(job);
      this.pump();
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.failAll(new Error('the in-process embedder is disposed'));
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  /** Settles a job once: with its vectors, or with an error (its queued rows are then dropped). */
  private settle(job: Job, err?: Error): void {
    if (job.settled) return;
    job.settled = true;
    job.cleanup();
    this.pending = this.pending.filter((j) => j !== job);
    if (err) job.reject(err);
    else job.resolve(job.out);
  }

  private failAll(err: Error): void {
    for (const span of this.inFlight?.spans ?? []) this.settle(span.job, err);
    for (const job of [...this.pending]) this.settle(job, err);
    this.inFlight = undefined;
  }

  /** Sends the next batch when none is in flight: rows from the queued jobs, oldest job first. */
  private pump(): void {
    if (this.inFlight || this.disposed) return;
    const spans: Batch['spans'] = [];
    let room = this.maxBatch;
    for (const job of this.pending) {
      if (room === 0) break;
      const rows = job.order.slice(job.taken, job.taken + room);
      if (rows.length === 0) continue;
      job.taken += rows.length;
      room -= rows.length;
      spans.push({ job, rows });
    }
    if (spans.length === 0) {
      this.worker?.unref(); // idle: an unused embedder must not keep the process alive
      return;
    }
    const batch: Batch = { id: this.nextId++, spans };
    this.inFlight = batch;
    const texts = spans.flatMap((s) => s.rows.map((r) => s.job.texts[r]!));
    const worker = this.ensureWorker();
    worker.ref();
    worker.postMessage({ type: 'embed', id: batch.id, texts } satisfies HostToWorker);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.log.info(`in-process embeddings: starting the worker (${this.config.intraOpThreads} onnxruntime thread(s))`);
    const w = new Worker(this.script, { workerData: this.config, name: 'siza-embed' });
    w.on('message', (msg: WorkerToHost) => this.onMessage(msg));
    w.on('error', (e) => this.onExit(w, e));
    w.on('exit', (code) => this.onExit(w, new Error(`the embedding worker exited (code ${code})`)));
    this.worker = w;
    return w;
  }

  private onMessage(msg: WorkerToHost): void {
    if (msg.type === 'loaded') {
      this.log.info(`in-process embeddings: ${msg.manifest.modelId} loaded in ${msg.loadMs} ms`);
      return;
    }
    const batch = this.inFlight;
    if (!batch || batch.id !== msg.id) return; // a batch that was failed already (worker ended)
    this.inFlight = undefined;
    if (msg.type === 'failed') {
      this.log.error(`in-process embeddings: ${msg.message}`);
      const err = new Error(msg.message);
      for (const span of batch.spans) this.settle(span.job, err);
      if (msg.fatal) this.restart(err);
    } else {
      this.fill(batch, msg.data, msg.dimensions);
    }
    this.pump();
  }

  private fill(batch: Batch, data: Float32Array, dims: number): void {
    let at = 0;
    for (const { job, rows } of batch.spans) {
      for (const r of rows) {
        // Own copies: callers keep vectors, and one shared buffer would pin the whole batch.
        job.out[r] = data.slice(at * dims, (at + 1) * dims);
        at++;
      }
      job.filled += rows.length;
      if (job.filled === job.texts.length) this.settle(job);
    }
  }

  /** Ends a worker that cannot serve; queued jobs fail with the same reason, the next call starts afresh. */
  private restart(err: Error): void {
    const w = this.worker;
    this.worker = undefined;
    this.failAll(err);
    if (w) void w.terminate();
  }

  private onExit(w: Worker, err: Error): void {
    if (this.worker !== w) return; // terminated on purpose
    this.log.error(`in-process embeddings: ${err.message}`);
    this.worker = undefined;
    this.failAll(err);
  }
}
