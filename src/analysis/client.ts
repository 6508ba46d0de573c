/** The extension's door to the analysis worker: the parsers (several MB) load in it, lazily, on first use. */
import * as path from 'node:path';
import type { Logger } from '../core/logger';
import { RpcWorker } from '../workers/rpc';
import type { ScoreResponse } from '../sidecar/protocol';
import type { A11yResult, AnalysisRequest, AnalysisResult } from './protocol';

export class Analysis {
  private readonly worker: RpcWorker<AnalysisRequest, unknown>;

  constructor(log: Logger, script = path.join(__dirname, 'analysis-worker.js')) {
    this.worker = new RpcWorker(script, 'the analysis worker', log);
  }

  /** The components of one file's text; with `score`, each with its heuristic quality. */
  extract(file: string, text: string, opts: { score?: boolean; signal?: AbortSignal } = {}): Promise<AnalysisResult> {
    return this.worker.call({ op: 'extract', file, text, score: opts.score }, opts.signal) as Promise<AnalysisResult>;
  }

  /** eslint-plugin-jsx-a11y's findings merged into a tier's score (React/JSX only; others come back as they were). */
  a11y(file: string, code: string, score: ScoreResponse, signal?: AbortSignal): Promise<A11yResult> {
    return this.worker.call({ op: 'a11y', file, code, score }, signal) as Promise<A11yResult>;
  }

  dispose(): Promise<void> {
    return this.worker.dispose();
  }
}
