/**
 * A generation's progress as the panel shows it: the stage, the library retrieval, the LLM's text so
 * far. Deltas arrive per token; the view gets at most one update per INTERVAL_MS (and the last one at once).
 */
import type { Framework } from '../core/frameworks';
import type { GenerateProgressView } from './protocol';
import type { Generation } from './types';
import type { GenerateProgress, GenerateStage } from './viaCode';

export const INTERVAL_MS = 100;
/** The panel shows the reply's tail past this (a long reply would make every update heavy). */
const TAIL_CHARS = 16_000;

export class ProgressReporter implements GenerateProgress {
  private view: GenerateProgressView;
  private readonly t0 = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private text = '';
  private round = 0;

  constructor(
    input: { description: string; framework: Framework },
    private readonly show: (p: GenerateProgressView) => void,
    /** Also told each stage (the notification's message). */
    private readonly onStage?: (text: string) => void,
  ) {
    this.view = { description: input.description, framework: input.framework, stage: 'retrieving', round: 0, text: '', seconds: 0 };
  }

  stage(stage: GenerateStage, round: number): void {
    if (round !== this.round) [this.round, this.text] = [round, ''];
    this.view = { ...this.view, stage, round };
    this.onStage?.(`${stage}${round ? ` (repair ${round} of 2)` : ''}`);
    this.flush();
  }

  retrieved(basedOn: Generation['basedOn']): void {
    this.view = { ...this.view, basedOn };
    this.flush();
  }

  delta(text: string, round: number): void {
    if (round !== this.round) [this.round, this.text] = [round, ''];
    this.text += text;
    this.timer ??= setTimeout(() => this.flush(), INTERVAL_MS);
  }

  /** The generation stopped without a result (Cancel, a failure): the panel says so. */
  end(stage: 'cancelled' | 'failed', message?: string): void {
    this.view = { ...this.view, stage, ...(message ? { message } : {}) };
    this.flush();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.text.length > TAIL_CHARS ? `…${this.text.slice(-TAIL_CHARS)}` : this.text;
    this.view = { ...this.view, text, seconds: (Date.now() - this.t0) / 1000 };
    this.show(this.view);
  }
}
