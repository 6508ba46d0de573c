import type { Framework } from '../core/frameworks';
import type { LibraryComponent } from '../core/library/types';
import type { ValidationResult } from '../core/library/validators/result';
import type { Tier } from '../core/inference';
import type { ScoreResponse } from '../core/protocol/index';

/** One generated component, everything the result panel shows and acts on. */
export interface Generation {
  /** Random per generation (feedback records refer to it). */
  id: string;
  description: string;
  /** What went to the LLM when the prompt was enhanced first. */
  enhanced?: string;
  framework: Framework;
  /**
   * The framework-neutral component: switching framework renders it again, no new generation.
   * Absent for code the LLM wrote (source 'llm'): that exists in one framework only, so switching regenerates.
   */
  component?: LibraryComponent;
  name: string;
  symbol: string;
  fileName: string;
  code: string;
  /** 'llm': code the LLM wrote (checked: `llm.unresolved` lists what still fails); 'library': composed from the best library match. */
  source: 'llm' | 'library';
  /** The library components retrieved for the request, best first (the LLM's examples). */
  basedOn: { name: string; score: number; similarity: number; matched: string[] }[];
  /** What composing changed in the library match (name, text, variant…). */
  changes: string[];
  llm?: {
    provider?: string;
    model?: string;
    attempts: number;
    error?: string;
    ms: number;
    /** Each round of the code-first loop: what the checks found in that reply (empty: it passed). */
    rounds?: { problems: string[]; truncated: boolean }[];
    /** What still fails after the last repair round: the code is shown with these, never replaced. */
    unresolved?: string[];
    /** The workspace components and design tokens the prompt carried (grounding, as a person can check it). */
    grounding?: { components: string[]; tokens: number };
    /** Which tier reached the LLM: the sidecar, or the extension host straight to the endpoint. */
    tier?: Tier;
  };
  validation: ValidationResult;
  score?: ScoreResponse & { tier: Tier };
  /** Which tier embedded the request for retrieval ('heuristic': metadata only). */
  retrievalTier: Tier;
  /**
   * Without an LLM's component, whether the library covers the request (core/generate/coverage.ts). Not covered: the
   * result is the closest component as it is (unrenamed) and the panel says plainly that nothing matches, offering the
   * closest (`basedOn`) under their own names and a model. Absent on an LLM's component and on a library component opened as it is.
   */
  coverage?: { covered: boolean; kind: string; reason: string; missing: string[]; from?: string };
  /** Regenerate asks for attempt + 1 (the next library match, or a warmer LLM). */
  attempt: number;
  ms: number;
}

export interface GenerateInput {
  description: string;
  framework: Framework;
  /** Enhance the description first (the enhance endpoint or its rules). */
  enhance?: boolean;
  attempt?: number;
}
