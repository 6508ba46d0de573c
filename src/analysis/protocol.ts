/** The host ⇄ analysis-worker protocol (dist/analysis-worker.js): parsing, scoring and linting, off the main thread. */
import type { Framework } from '../core/frameworks';
import type { Component, ExtractResult } from '../core/extract/types';
import type { ValidationResult } from '../core/library/validators/result';
import type { ScoreResponse } from '../core/protocol/index';
import type { CalibratedScore } from '../core/quality/calibrate';

export type AnalysisRequest =
  | { op: 'extract'; file: string; text: string; score?: boolean }
  /** The framework's accessibility analyser over `code`, merged into the score a tier gave for it, calibrated. */
  | { op: 'a11y'; file: string; code: string; score: ScoreResponse }
  /** Generated code through its framework's own compiler (core/library validate). */
  | { op: 'validate'; framework: Framework; code: string; fileName: string };

export type { ValidationResult };

/** With `score`, each component carries its heuristic quality (0-10, the analyser merged in, calibrated), as the heuristic tier scores it. */
export type ScoredComponent = Component & { quality?: number };
export interface AnalysisResult extends ExtractResult {
  components: ScoredComponent[];
}
export interface A11yResult {
  /** Merged and calibrated: capped by its gravest finding, which `driver` names. */
  score: CalibratedScore;
  ran: boolean;
  findings: number;
}
