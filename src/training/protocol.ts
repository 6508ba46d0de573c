import { z } from 'zod';
import { ADAPTER_NAME, JOB_ID } from '../core/protocol/train';
import { readyMessage } from '../webviews/protocol';

/**
 * The training panel: the messages to and from its webview (src/webview-ui/training.ts), defined once.
 * The browser side imports the types; the host parses what the webview sends with the schema.
 */

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

// the sidecar's own rules for a job id and an adapter name (core/protocol/train.ts)
const jobId = z.string().regex(JOB_ID);
const adapterName = z.string().regex(ADAPTER_NAME);
export const trainingFromWebview = z.discriminatedUnion('type', [
  readyMessage,
  z.object({ type: z.literal('refresh') }).strict(),
  z.object({ type: z.literal('fineTune') }).strict(),
  z.object({ type: z.literal('cancel'), id: jobId }).strict(),
  z.object({ type: z.literal('activate'), name: adapterName }).strict(),
  z.object({ type: z.literal('deactivate') }).strict(),
  z.object({ type: z.literal('deleteAdapter'), name: adapterName }).strict(),
]);
export type TrainingFromWebview = z.infer<typeof trainingFromWebview>;
