// esbuild options of dist/embed-worker.js, shared by esbuild.mjs and the tests and bench that build the real worker.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {import('esbuild').BuildOptions} */
export function embedWorkerBuild({ outfile = 'dist/embed-worker.js', production = false } = {}) {
  return {
    absWorkingDir: ROOT,
    entryPoints: ['src/inference/inprocess/worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // Native: required at run time from the extension's node_modules; common too, so both share one Tensor class.
    external: ['onnxruntime-node', 'onnxruntime-common'],
    // Images only: a stub keeps sharp's native code out of the bundle and the .vsix.
    alias: { sharp: './src/inference/inprocess/sharp-stub.cjs' },
    // Transformers.js falls back to __dirname/__filename where import.meta is empty (CommonJS).
    logOverride: { 'empty-import-meta': 'silent' },
  };
}
