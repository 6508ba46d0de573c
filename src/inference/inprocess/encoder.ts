/** Worker side only: all-MiniLM-L6-v2 through Transformers.js, encoding exactly as the sidecar does. */
import { env, mean_pooling, pipeline, Tensor, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { access, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL_ID } from '../../core/inference';
import { MANIFEST_FILE, MODEL_FILES, MODEL_FOLDER, type EmbedWorkerConfig, type ModelManifest } from './messages';

export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
}

export interface Encoder {
  readonly manifest: ModelManifest;
  /** `texts.length × dimensions` floats, unit rows, in input order. */
  encode(texts: readonly string[]): Promise<Float32Array>;
}

async function checkFiles(dir: string): Promise<ModelManifest> {
  for (const file of MODEL_FILES) {
    const full = path.join(dir, file);
    await access(full).catch(() => {
      throw new ModelLoadError(`the in-process embedding model is incomplete: ${full} is missing (build it with \`npm run build:model\`)`);
    });
  }
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as ModelManifest;
  // Vectors of another model would silently mix with the sidecar's in one index.
  if (manifest.modelId !== EMBEDDING_MODEL_ID || manifest.dimensions !== EMBEDDING_DIMENSIONS) {
    throw new ModelLoadError(`${path.join(dir, MANIFEST_FILE)} describes ${manifest.modelId} (${manifest.dimensions}-d), expected ${EMBEDDING_MODEL_ID} (${EMBEDDING_DIMENSIONS}-d)`);
  }
  return manifest;
}

/**
 * Word pieces, cut like Hugging Face tokenizers cut them for sentence-transformers: the content is
 * shortened and the final [SEP] kept (Transformers.js' own truncation would drop the [SEP]).
 */
export function truncateIds(ids: readonly number[], maxLength: number): number[] {
  return ids.length <= maxLength ? [...ids] : [...ids.slice(0, maxLength - 1), ids[ids.length - 1]!];
}

function batchTensors(rows: readonly number[][], padId: number): Record<string, Tensor> {
  const n = rows.length;
  const width = Math.max(...rows.map((r) => r.length));
  const ids = new BigInt64Array(n * width).fill(BigInt(padId));
  const mask = new BigInt64Array(n * width);
  rows.forEach((row, i) => {
    row.forEach((id, j) => {
      ids[i * width + j] = BigInt(id);
      mask[i * width + j] = 1n;
    });
  });
  const dims = [n, width];
  return {
    input_ids: new Tensor('int64', ids, dims),
    attention_mask: new Tensor('int64', mask, dims),
    token_type_ids: new Tensor('int64', new BigInt64Array(n * width), dims),
  };
}

export async function loadEncoder(cfg: EmbedWorkerConfig): Promise<Encoder> {
  const manifest = await checkFiles(path.join(cfg.modelsDir, MODEL_FOLDER));
  env.allowRemoteModels = false; // the model ships in the extension: never a download at run time
  env.allowLocalModels = true;
  env.localModelPath = cfg.modelsDir;
  env.cacheDir = cfg.cacheDir;
  const extractor: FeatureExtractionPipeline = await pipeline('feature-extraction', MODEL_FOLDER, {
    dtype: 'fp32',
    device: 'cpu',
    local_files_only: true,
    session_options: {
      intraOpNumThreads: cfg.intraOpThreads,
      interOpNumThreads: cfg.interOpThreads,
      ...(cfg.graphOptimization ? { graphOptimizationLevel: cfg.graphOptimization } : {}),
    },
  });
  const { tokenizer, model } = extractor;
  const padId = tokenizer.pad_token_id ?? 0;
  return {
    manifest,
    async encode(texts) {
      const rows = texts.map((t) => truncateIds(tokenizer.encode(t), manifest.maxSeqLength));
      const inputs = batchTensors(rows, padId);
      const out = (await model(inputs)) as { last_hidden_state: Tensor };
      // The feature-extraction pipeline's own pooling: mean over real tokens, then L2.
      const pooled = mean_pooling(out.last_hidden_state, inputs.attention_mask!).normalize(2, -1);
      const dims = pooled.dims;
      if (dims[0] !== texts.length || dims[1] !== manifest.dimensions) {
        throw new Error(`the model gave a ${dims.join('×')} output for ${texts.length} texts`);
      }
      return pooled.data as Float32Array;
    },
  };
}
