// esbuild options of the extension's worker bundles, shared by esbuild.mjs and the tests and benches that
// build the real workers: dist/embed-worker.js (Transformers.js + onnxruntime) and dist/analysis-worker.js
// (the framework parsers, the heuristics and ESLint, off the extension host's thread).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vueSfcOptionalRequires } from './esbuild-optional-requires.mjs';
import { happyDomNoCertificate } from './esbuild-happy-dom-no-cert.mjs';
import { tsEslintUtilsNoNodeEslint } from './esbuild-ts-eslint-utils.mjs';
import { vueEslintParserNoEslint } from './esbuild-vue-eslint-parser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What every Node bundle of the project shares (the extension's own, the workers, the in-VS-Code tests). */
export function nodeBundle(production) {
  return { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production };
}

/** @returns {import('esbuild').BuildOptions} */
function workerBuild(entry, outfile, production, extra) {
  return { ...nodeBundle(production), absWorkingDir: ROOT, entryPoints: [entry], outfile, logLevel: 'warning', ...extra };
}

export function embedWorkerBuild({ outfile = 'dist/embed-worker.js', production = false } = {}) {
  return workerBuild('src/inference/inprocess/worker.ts', outfile, production, {
    // Native: required at run time from the extension's node_modules; common too, so both share one Tensor class.
    external: ['onnxruntime-node', 'onnxruntime-common'],
    // Images only: a stub keeps sharp's native code out of the bundle and the .vsix.
    alias: { sharp: './src/inference/inprocess/sharp-stub.cjs' },
    // Transformers.js falls back to __dirname/__filename where import.meta is empty (CommonJS).
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

export function analysisWorkerBuild({ outfile = 'dist/analysis-worker.js', production = false } = {}) {
  return workerBuild('src/analysis/worker.ts', outfile, production, { plugins: [vueSfcOptionalRequires, vueEslintParserNoEslint, tsEslintUtilsNoNodeEslint, happyDomNoCertificate] });
}

/**
 * What the analysis worker's validator type-checks against, for a bundle without node_modules:
 * TypeScript's ES2022 + DOM libs under typelibs/lib and @types/react (+ csstype) under typelibs/node_modules.
 */
export function copyTypeLibs(outDir = path.join(ROOT, 'dist', 'typelibs')) {
  const tsLib = path.join(ROOT, 'node_modules', 'typescript', 'lib');
  fs.mkdirSync(path.join(outDir, 'lib'), { recursive: true });
  for (const f of fs.readdirSync(tsLib)) {
    if (/^lib\.(es5|es20(1[5-9]|2[0-2])(\.[a-z]+)*|decorators(\.legacy)?|dom(\.[a-z]+)*)\.d\.ts$/.test(f)) fs.copyFileSync(path.join(tsLib, f), path.join(outDir, 'lib', f));
  }
  for (const [pkg, files] of [['@types/react', ['package.json', 'index.d.ts', 'global.d.ts', 'jsx-runtime.d.ts', 'jsx-dev-runtime.d.ts']], ['csstype', ['package.json', 'index.d.ts']]]) {
    const dest = path.join(outDir, 'node_modules', pkg);
    fs.mkdirSync(dest, { recursive: true });
    for (const f of files) fs.copyFileSync(path.join(ROOT, 'node_modules', pkg, f), path.join(dest, f));
  }
}
