/**
 * Accepted and rejected generations, one JSON object per line in <data folder>/feedback/generations.jsonl
 * (rotated to generations.jsonl.1 … .3 at 8 MiB each; readRotated reads them all, oldest first):
 * the training issue reads them as prompt → component pairs (accepted) and negatives (rejected).
 * A generation is recorded once per verdict, however many times it is inserted or copied.
 */
import * as path from 'node:path';
import { appendRotated } from '../store/durable';
import type { Generation } from './types';

export type Verdict = 'accepted' | 'rejected';

export interface FeedbackRecord {
  version: 1;
  time: string;
  id: string;
  verdict: Verdict;
  /** What the person did: insert, save, copy, regenerate, reject. */
  action: string;
  description: string;
  enhanced?: string;
  framework: string;
  name: string;
  source: Generation['source'];
  basedOn: string[];
  llm?: { provider?: string; model?: string };
  score?: number;
  /** The framework-neutral component and the code as shown. */
  component: Generation['component'];
  code: string;
}

export const FEEDBACK_FILE = path.join('feedback', 'generations.jsonl');

export class FeedbackLog {
  private readonly recorded = new Set<string>();

  constructor(private readonly dataDir: () => string) {}

  get file(): string {
    return path.join(this.dataDir(), FEEDBACK_FILE);
  }

  /** Appends one record unless this generation already has this verdict; resolves to whether it wrote. */
  async record(g: Generation, verdict: Verdict, action: string): Promise<boolean> {
    const key = `${g.id}\0${g.framework}\0${verdict}`;
    if (this.recorded.has(key)) return false;
    this.recorded.add(key);
    const rec: FeedbackRecord = {
      version: 1,
      time: new Date().toISOString(),
      id: g.id,
      verdict,
      action,
      description: g.description,
      ...(g.enhanced ? { enhanced: g.enhanced } : {}),
      framework: g.framework,
      name: g.name,
      source: g.source,
      basedOn: g.basedOn.map((b) => b.name),
      ...(g.llm?.provider ? { llm: { provider: g.llm.provider, model: g.llm.model } } : {}),
      ...(g.score ? { score: g.score.score } : {}),
      component: g.component,
      code: g.code,
    };
    const file = this.file;
    try {
      await appendRotated(file, JSON.stringify(rec)); // fsynced; rotates at 8 MiB, 4 files kept
    } catch (e) {
      this.recorded.delete(key);
      throw e;
    }
    return true;
  }
}
