// Bundles the extension (node, cjs, `vscode` external), the embedding worker and the in-VS-Code test suite into dist/.
// The model (models/, `npm run build:model`) is not an input: this build never waits for it.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { analysisWorkerBuild, copyTypeLibs, embedWorkerBuild, nodeBundle } from './scripts/worker-builds.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { ...nodeBundle(production), logLevel: 'info', external: ['vscode'] };

const integrationTests = readdirSync('test/integration')
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => `test/integration/${f}`);

// The webviews' browser code (src/webview-ui), one script per webview; the shell in src/webviews/html.ts loads it.
const webviews = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  entryPoints: ['score', 'enhance', 'similar', 'generate', 'metrics', 'training'].map((v) => `src/webview-ui/${v}.ts`),
  outdir: 'dist/webview',
};

const builds = [
  webviews,
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { ...embedWorkerBuild({ production }), logLevel: common.logLevel },
  // the framework parsers (several MB, ~0.5 s to load) stay out of the extension's own bundle
  { ...analysisWorkerBuild({ production }), logLevel: common.logLevel },
  // mocha stays external: the tests run from the checkout, where node_modules is present
  ...(production
    ? []
    : [{ ...common, entryPoints: integrationTests, outdir: 'dist/test/integration', external: ['vscode', 'mocha'] }]),
];

rmSync('dist', { recursive: true, force: true });
// Codicons for the webviews: the CSS finds its font beside it, under the webviews' resource root.
mkdirSync('dist/webview', { recursive: true });
for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `dist/webview/${f}`);
// The analysis worker's validator type-checks generated TSX against these (no node_modules in the .vsix).
copyTypeLibs();
// Tailwind's stylesheets, compiled on demand into each generated component's preview (src/generate/preview.ts).
mkdirSync('dist/tailwind', { recursive: true });
for (const f of ['index.css', 'theme.css', 'preflight.css', 'utilities.css']) copyFileSync(`node_modules/tailwindcss/${f}`, `dist/tailwind/${f}`);
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
