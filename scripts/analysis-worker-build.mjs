// esbuild options of dist/analysis-worker.js (the framework parsers, off the extension host's thread),
// shared by esbuild.mjs and the tests that build the real worker.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vueSfcOptionalRequires } from './esbuild-optional-requires.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {import('esbuild').BuildOptions} */
export function analysisWorkerBuild({ outfile = 'dist/analysis-worker.js', production = false } = {}) {
  return {
    absWorkingDir: ROOT,
    entryPoints: ['src/analysis/worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    plugins: [vueSfcOptionalRequires],
  };
}
