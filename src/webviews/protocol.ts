import { z } from 'zod';
import type { Position, Range } from '../core/extract/types';
import type { Tier } from '../inference/types';
import type { EnhanceResponse, ScoreResponse } from '../sidecar/protocol/score';

/**
 * Every message between our webviews and the extension host, defined once. The browser code
 * (src/webview-ui) imports only the types; the host validates what a webview sends with the schemas.
 */

export type WebviewName = 'score' | 'enhance' | 'similar';

/** 0-based, as VS Code counts: the ranges extraction gives. */
export type { Position, Range };

// ---- data the commands hand to the webviews ----

export interface ScoreView {
  title: string;
  uri?: string;
  fileLabel?: string;
  component?: string;
  /** 0-based document line where the scored code starts; violations' lines are 1-based within it. */
  startLine?: number;
  result: ScoreResponse & { tier: Tier };
}

export interface EnhanceView {
  original: string;
  result: EnhanceResponse & { tier: Tier };
  replace?: { uri: string; range: Range };
}

export interface SimilarResult {
  id: string;
  name: string;
  fileLabel: string;
  uri: string;
  range: Range;
  similarity: number;
  score?: number;
  framework: string;
  preview: string;
  duplicate?: boolean;
  source: 'workspace' | 'library';
}

// ---- host → webview ----

/** What the score webview renders: the view minus the document location, plus whether lines are links. */
export type ScoreModel = Omit<ScoreView, 'uri' | 'startLine'> & { canReveal: boolean };
export type ScoreToWebview = { type: 'show'; model: ScoreModel };

export type EnhanceModel = Omit<EnhanceView, 'replace'> & { canReplace: boolean; replaceLabel?: string };
export type EnhanceAction = 'copy' | 'replace' | 'openUntitled';
export type EnhanceToWebview =
  | { type: 'show'; model: EnhanceModel }
  | { type: 'actionDone'; action: EnhanceAction; ok: boolean; message: string };

/** A result as the sidebar shows it: where it lives stays on the host, which opens it by id. */
export type SimilarItem = Omit<SimilarResult, 'uri' | 'range'>;
export interface SimilarState {
  query: string;
  /** "Similar to <name>" when the results are a component's neighbours rather than a search. */
  title?: string;
  status: 'idle' | 'searching' | 'done' | 'error';
  tier?: Tier;
  results: SimilarItem[];
  error?: string;
}
export type SimilarToWebview = { type: 'state'; state: SimilarState };

// ---- webview → host: never trusted, always parsed ----

export const MAX_QUERY_CHARS = 20_000;

const ready = z.object({ type: z.literal('ready') }).strict();

export const scoreFromWebview = z.discriminatedUnion('type', [
  ready,
  z.object({ type: z.literal('reveal'), line: z.number().int().min(1).max(10_000_000) }).strict(),
]);
export type ScoreFromWebview = z.infer<typeof scoreFromWebview>;

export const enhanceFromWebview = z.discriminatedUnion('type', [
  ready,
  z.object({ type: z.literal('copy') }).strict(),
  z.object({ type: z.literal('replace') }).strict(),
  z.object({ type: z.literal('openUntitled') }).strict(),
]);
export type EnhanceFromWebview = z.infer<typeof enhanceFromWebview>;

export const similarFromWebview = z.discriminatedUnion('type', [
  // the query the webview restored from its own state, so a reloaded host can search it again
  z.object({ type: z.literal('ready'), query: z.string().max(MAX_QUERY_CHARS).optional() }).strict(),
  z.object({ type: z.literal('search'), query: z.string().max(MAX_QUERY_CHARS) }).strict(),
  z.object({ type: z.literal('open'), id: z.string().min(1).max(1000) }).strict(),
]);
export type SimilarFromWebview = z.infer<typeof similarFromWebview>;

/** A webview message, parsed; or why it does not fit the schema (for the log). */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; message: T } | { ok: false; error: string } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}
