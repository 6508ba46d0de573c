import { z } from 'zod';

/** LoRA training jobs: /train/start, /train/status, /train/cancel, /train/summary, /train/adapters (python/siza_ml/schemas/train.py). */
export const JOB_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const ADAPTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const MAX_INLINE_EXAMPLES = 5_000;
export const TRAIN_STATES = ['queued', 'preparing', 'training', 'complete', 'failed', 'cancelled'] as const;
export type TrainState = (typeof TRAIN_STATES)[number];
/** "tiny": a small random Llama built in the sidecar (tests, smoke runs); "local": the bundled SmolLM2-135M-Instruct or model_path. */
export type TrainBaseModel = 'tiny' | 'local';

export interface TrainExample {
  prompt: string;
  completion: string;
}

/** Every field optional: the sidecar's defaults are LoRA rank 8, alpha 16, dropout 0.05 on q_proj/v_proj, lr 2e-4, 1 epoch, batch 4, 256 tokens, 10% held out. */
export interface TrainHyperparametersInput {
  lora_rank?: number;
  lora_alpha?: number;
  lora_dropout?: number;
  target_modules?: string[];
  learning_rate?: number;
  epochs?: number;
  /** Overrides epochs: the data is cycled until this many steps. */
  max_steps?: number | null;
  batch_size?: number;
  max_seq_len?: number;
  eval_fraction?: number;
  eval_every?: number | null;
  seed?: number;
}

/** Exactly one of `examples` and `dataset_path` (a JSONL file inside the sidecar's data folder, relative to it or absolute). */
export interface TrainStartRequest {
  base_model?: TrainBaseModel;
  /** With base_model 'local': a .gguf file or a transformers model folder (e.g. TinyLlama-1.1B). */
  model_path?: string;
  examples?: TrainExample[];
  dataset_path?: string;
  hyperparameters?: TrainHyperparametersInput;
}

const num = z.number();
const int = z.number().int();
const state = z.enum(TRAIN_STATES);
const baseModel = z.enum(['tiny', 'local']);

export const trainHyperparametersSchema = z.object({
  lora_rank: int,
  lora_alpha: num,
  lora_dropout: num,
  target_modules: z.array(z.string()),
  learning_rate: num,
  epochs: int,
  max_steps: int.nullable(),
  batch_size: int,
  max_seq_len: int,
  eval_fraction: num,
  eval_every: int.nullable(),
  seed: int,
});
export type TrainHyperparameters = z.infer<typeof trainHyperparametersSchema>;

export const trainProgressSchema = z.object({
  step: int,
  total_steps: int,
  /** The last step's training loss and the last eval loss (held-out split). */
  loss: num.nullable(),
  eval_loss: num.nullable(),
  tokens_per_s: num.nullable(),
  eta_s: num.nullable(),
  elapsed_s: num,
});
export type TrainProgress = z.infer<typeof trainProgressSchema>;

export const datasetInfoSchema = z.object({
  /** "inline" or the dataset file relative to the data folder. */
  source: z.string(),
  examples: int,
  train_examples: int,
  eval_examples: int,
  /** Examples whose completion did not fit in max_seq_len. */
  skipped: int,
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export const adapterMetricsSchema = z.object({
  initial_eval_loss: num,
  final_eval_loss: num,
  steps: int,
  s_per_step: num,
  tokens_per_s: num,
  train_s: num,
});
export type AdapterMetrics = z.infer<typeof adapterMetricsSchema>;

export const adapterInfoSchema = z.object({
  name: z.string(),
  path: z.string(),
  job_id: z.string().nullable(),
  /** The model it was trained on (the GGUF file name, a folder name, or siza-tiny-llama). */
  base_model: z.string().nullable(),
  created_at: z.string().nullable(),
  size_bytes: int,
  metrics: adapterMetricsSchema.nullable(),
});
export type AdapterInfo = z.infer<typeof adapterInfoSchema>;

export const trainJobSchema = z.object({
  id: z.string(),
  state,
  base_model: baseModel,
  model_id: z.string(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
  hyperparameters: trainHyperparametersSchema,
  dataset: datasetInfoSchema,
  progress: trainProgressSchema,
  loss_curve: z.array(z.object({ step: int, loss: num })),
  eval_curve: z.array(z.object({ step: int, eval_loss: num })),
  /** Why it failed ("interrupted by a sidecar restart" for a job a crash or restart stopped). */
  error: z.string().nullable(),
  adapter: adapterInfoSchema.nullable(),
  /** Cancel is cooperative: the job stops at its next step boundary. */
  cancel_requested: z.boolean(),
});
export type TrainJob = z.infer<typeof trainJobSchema>;

export const trainJobSummarySchema = z.object({
  id: z.string(),
  state,
  base_model: baseModel,
  model_id: z.string(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
  progress: trainProgressSchema,
  error: z.string().nullable(),
  adapter: z.string().nullable(),
});
export type TrainJobSummary = z.infer<typeof trainJobSummarySchema>;

export const adaptersResponseSchema = z.object({ adapters: z.array(adapterInfoSchema) });

/** Jobs most recent first; `active` is the job running now (in this sidecar or another on the same data folder). */
export const trainSummarySchema = z.object({
  jobs: z.array(trainJobSummarySchema),
  adapters: z.array(adapterInfoSchema),
  active: z.string().nullable(),
});
export type TrainSummary = z.infer<typeof trainSummarySchema>;

export const adapterDeletedSchema = z.object({ name: z.string(), deleted: z.boolean() });
