/** The host ⇄ embedding-worker protocol, defined once; both sides import only types and constants from here. */

/** The folder under `modelsDir` that scripts/build-model.sh writes (a Transformers.js local model). */
export const MODEL_FOLDER = 'all-MiniLM-L6-v2';
export const MANIFEST_FILE = 'siza-model.json';
/** Every file the worker needs; a missing one is named in the load error. */
export const MODEL_FILES = [MANIFEST_FILE, 'config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'] as const;

export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all';

/** Passed as `workerData`: everything the worker needs to load the model. */
export interface EmbedWorkerConfig {
  /** The folder holding `all-MiniLM-L6-v2/` (the extension's `models/`). */
  modelsDir: string;
  /** Transformers.js' file cache (only used for remote files, which are off; kept out of the extension folder). */
  cacheDir: string;
  intraOpThreads: number;
  interOpThreads: number;
  /** Absent: onnxruntime's own default ('all'). */
  graphOptimization?: GraphOptimizationLevel;
}

/** scripts/export_onnx.py's `siza-model.json`. */
export interface ModelManifest {
  modelId: string;
  dimensions: number;
  dtype: string;
  maxSeqLength: number;
  sha256: string;
  inputsSha256: string;
}

export interface EmbedRequest {
  type: 'embed';
  id: number;
  texts: string[];
}
export type HostToWorker = EmbedRequest;

export interface EmbedResult {
  type: 'vectors';
  id: number;
  /** `texts.length × dimensions` floats, row-major; its buffer is transferred, not copied. */
  data: Float32Array;
  dimensions: number;
}

export interface EmbedFailure {
  type: 'failed';
  id: number;
  message: string;
  /** The model could not load: nothing will work in this worker, so the host ends it. */
  fatal: boolean;
}

/** Sent once, after the model loaded (for the host's log). */
export interface WorkerLoaded {
  type: 'loaded';
  manifest: ModelManifest;
  loadMs: number;
}

export type WorkerToHost = EmbedResult | EmbedFailure | WorkerLoaded;
