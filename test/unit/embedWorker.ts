import { existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { MANIFEST_FILE, MODEL_FOLDER } from '../../src/inference/inprocess/messages';
import { ROOT } from './helpers';

export const MODELS_DIR = path.join(ROOT, 'models');

/** The real model or a loud failure: these tests must never pass by skipping. */
export function requireModel(): void {
  const manifest = path.join(MODELS_DIR, MODEL_FOLDER, MANIFEST_FILE);
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build:model\` first`);
}

let built: Promise<string> | undefined;

/**
 * The worker exactly as it ships (dist/embed-worker.js's esbuild options), built once per process under
 * test-output/, where Node still finds onnxruntime-node in the checkout's node_modules.
 */
export function embedWorkerScript(): Promise<string> {
  built ??= (async () => {
    const dir = path.join(ROOT, 'test-output', 'embed-worker', String(process.pid));
    const outfile = path.join(dir, 'embed-worker.js');
    const { embedWorkerBuild } = await import('../../scripts/worker-builds.mjs');
    await build({ ...embedWorkerBuild({ outfile }), sourcemap: false });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return outfile;
  })();
  return built;
}
