/** The inference contract every tier implements; no `vscode` here. */

/** Which link of the degradation chain produced a result. */
export type Tier = 'sidecar' | 'in-process' | 'heuristic';

/** The one embedding model both tiers run (the sidecar's `EMBEDDINGS_MODEL_ID`). */
export const EMBEDDING_MODEL_ID = 'sentence-transformers/all-MiniLM-L6-v2';
export const EMBEDDING_DIMENSIONS = 384;

/** Text to normalised 384-d vectors. Implemented by the sidecar backend and the in-process worker. */
export interface Embedder {
  /** Model id recorded beside stored vectors; equal ids mean interchangeable vectors. */
  readonly model: string;
  readonly dimensions: number;
  /** One vector per text, in order, unit length. Rejects with an AbortError when `signal` aborts. */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}
