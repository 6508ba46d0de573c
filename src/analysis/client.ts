/** The extension's door to the analysis worker: the parsers (several MB) load in it, lazily, on first use. */
import type { Framework } from '../core/frameworks';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Logger } from '../core/logger';
import { RpcWorker } from '../workers/rpc';
import type { ScoreResponse } from '../core/protocol/index';
import type { A11yResult, AnalysisRequest, AnalysisResult, ValidationResult } from './protocol';

/** Recent parses kept: the code lens, the diagnostics and a command often ask about the same text at once. */
const RECENT = 32;

export class Analysis {
  private readonly worker: RpcWorker<AnalysisRequest, unknown>;
  private readonly recent = new Map<string, Promise<AnalysisResult>>();

  constructor(log: Logger, script = path.join(__dirname, 'analysis-worker.js')) {
    this.worker = new RpcWorker(script, 'the analysis worker', log);
  }

  /** The components of one file's text; with `score`, each with its heuristic quality. */
  extract(file: string, text: string, opts: { score?: boolean; signal?: AbortSignal } = {}): Promise<AnalysisResult> {
    const key = createHash('sha1').update(`${file}\0${opts.score ? 1 : 0}\0`).update(text).digest('hex');
    let shared = this.recent.get(key);
    if (!shared) {
      // asked without the caller's signal: one caller giving up must not fail the others waiting on it
      shared = this.worker.call({ op: 'extract', file, text, score: opts.score }) as Promise<AnalysisResult>;
      shared.catch(() => this.recent.delete(key));
      this.recent.set(key, shared);
      if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    }
    return untilAborted(shared, opts.signal);
  }

  /** The framework's accessibility analyser merged into a tier's score, then calibrated (core/a11y scoreAsShown). */
  a11y(file: string, code: string, score: ScoreResponse, signal?: AbortSignal): Promise<A11yResult> {
    return this.worker.call({ op: 'a11y', file, code, score }, signal) as Promise<A11yResult>;
  }

  /** Code checked by its framework's own compiler (TypeScript + @types/react, Vue, Svelte, Angular, parse5). */
  validate(framework: Framework, code: string, fileName: string, signal?: AbortSignal): Promise<ValidationResult> {
    return this.worker.call({ op: 'validate', framework, code, fileName }, signal) as Promise<ValidationResult>;
  }

  dispose(): Promise<void> {
    return this.worker.dispose();
  }
}

/** `p`, or an AbortError as soon as `signal` aborts (the work itself goes on for whoever else waits). */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new DOMException('the request was aborted', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('the request was aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
