import { FRAMEWORKS } from '../core/frameworks';
import { z } from 'zod';
import type { Position, Range } from '../core/extract/types';
import type { TimingRow } from '../core/metrics/recorder';
import type { Generation } from '../generate/types';
import type { Tier } from '../inference/types';
import type { EnhanceResponse, ScoreResponse } from '../core/protocol/score';

/**
 * Every message between our webviews and the extension host, defined once. The browser code
 * (src/webview-ui) imports only the types; the host validates what a webview sends with the schemas.
 */

export type WebviewName = 'score' | 'enhance' | 'similar' | 'generate' | 'metrics' | 'training';

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


/** A generation as the result panel shows it (src/generate/types.ts Generation, minus the component data and with a short score). */
export type GenerationView = Pick<
  Generation,
  'name' | 'description' | 'enhanced' | 'framework' | 'fileName' | 'code' | 'source' | 'basedOn' | 'changes' | 'llm' | 'validation' | 'retrievalTier' | 'ms'
> & { score?: { score: number; tier: Tier; violations: number; source: string } };

export interface GenerateModel {
  generation: GenerationView;
  /** The preview document (the component's HTML snapshot + its Tailwind CSS) for a sandboxed iframe's srcdoc. */
  previewHtml: string;
  /** Where Insert at Cursor writes ("Card.tsx:12"), if there is an editor to write into. */
  insertTarget?: string;
  /** Where Save as File would write (workspace-relative), if there is a workspace folder. */
  saveTarget?: string;
}
export type GenerateAction = 'insert' | 'save' | 'copy' | 'regenerate' | 'reject' | 'showScore';
export type GenerateToWebview =
  | { type: 'show'; model: GenerateModel }
  | { type: 'busy'; message: string }
  | { type: 'actionDone'; action: GenerateAction | 'framework'; ok: boolean; message: string };

export type MetricsRow = TimingRow & { errors?: number };

/** The metrics panel: the sidecar's own report (server-side, per route and event) and the extension's timings per tier. */
export interface MetricsModel {
  updatedAt: string;
  sidecar: { ok: true; rows: MetricsRow[]; tiers: Record<string, number>; since: string; records: number } | { ok: false; reason: string };
  extension: {
    rows: MetricsRow[];
    tiers: Record<string, number>;
    /** Oldest first: requests and median latency per bucket. */
    series: { t: number; count: number; p50: number }[];
    bucketSeconds: number;
    recorded: number;
  };
}
export type MetricsToWebview = { type: 'show'; model: MetricsModel };

/** One fine-tuning job as the training panel shows it (the sidecar's TrainJob, trimmed). */
export interface TrainingJobView {
  id: string;
  state: 'queued' | 'preparing' | 'training' | 'complete' | 'failed' | 'cancelled';
  modelId: string;
  createdAt: string;
  step: number;
  totalSteps: number;
  loss: number | null;
  evalLoss: number | null;
  tokensPerS: number | null;
  etaS: number | null;
  elapsedS: number;
  examples: { train: number; eval: number; source: string };
  lossCurve: { step: number; loss: number }[];
  evalCurve: { step: number; evalLoss: number }[];
  error: string | null;
  adapter: string | null;
}

export interface TrainingAdapterView {
  name: string;
  createdAt: string | null;
  baseModel: string | null;
  sizeBytes: number;
  initialEvalLoss: number | null;
  finalEvalLoss: number | null;
  sPerStep: number | null;
  active: boolean;
}

export interface TrainingModel {
  /** Why nothing can be shown or started (the sidecar is down), if so. */
  unavailable?: string;
  jobs: TrainingJobView[];
  adapters: TrainingAdapterView[];
  /** The LLM provider setting: an adapter is used by the `local` provider only. */
  provider: string;
}
export type TrainingToWebview = { type: 'show'; model: TrainingModel } | { type: 'actionDone'; ok: boolean; message: string };

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

export const generateFromWebview = z.discriminatedUnion('type', [
  ready,
  z.object({ type: z.literal('insert') }).strict(),
  z.object({ type: z.literal('save') }).strict(),
  z.object({ type: z.literal('copy') }).strict(),
  z.object({ type: z.literal('regenerate') }).strict(),
  z.object({ type: z.literal('reject') }).strict(),
  z.object({ type: z.literal('showScore') }).strict(),
  z.object({ type: z.literal('framework'), framework: z.enum(FRAMEWORKS) }).strict(),
]);
export type GenerateFromWebview = z.infer<typeof generateFromWebview>;

export const metricsFromWebview = z.discriminatedUnion('type', [ready, z.object({ type: z.literal('refresh') }).strict()]);
export type MetricsFromWebview = z.infer<typeof metricsFromWebview>;

const jobId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const adapterName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);
export const trainingFromWebview = z.discriminatedUnion('type', [
  ready,
  z.object({ type: z.literal('refresh') }).strict(),
  z.object({ type: z.literal('fineTune') }).strict(),
  z.object({ type: z.literal('cancel'), id: jobId }).strict(),
  z.object({ type: z.literal('activate'), name: adapterName }).strict(),
  z.object({ type: z.literal('deactivate') }).strict(),
  z.object({ type: z.literal('deleteAdapter'), name: adapterName }).strict(),
]);
export type TrainingFromWebview = z.infer<typeof trainingFromWebview>;

/** A webview message, parsed; or why it does not fit the schema (for the log). */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; message: T } | { ok: false; error: string } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}
