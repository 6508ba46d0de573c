/** The host ⇄ analysis-worker protocol (dist/analysis-worker.js): parsing and scoring, off the main thread. */
import type { Component, ExtractResult } from '../core/extract/types';

export type AnalysisRequest = { op: 'extract'; file: string; text: string; score?: boolean };

/** With `score`, each component carries its heuristic quality (0-10), as the heuristic tier scores it. */
export type ScoredComponent = Component & { quality?: number };
export interface AnalysisResult extends ExtractResult {
  components: ScoredComponent[];
}
