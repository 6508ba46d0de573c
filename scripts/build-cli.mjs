// node scripts/build-cli.mjs [--out dist/cli] [--dev]: bundles src/cli/main.ts (the parsers, ESLint and the analysers
// included, as the analysis worker bundles them) into <out>/siza-gen-check.js with a node shebang, and writes
// <out>/package.json (no dependencies: the bundle is self-contained), so that `npm pack <out>` gives the tarball.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analysisWorkerBuild } from './worker-builds.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = 'siza-gen-check';

/** Builds the CLI into `outDir`; returns the bundle's path. Production (minified, no source map) unless `dev`. */
export async function buildCli({ outDir = path.join(ROOT, 'dist', 'cli'), dev = false } = {}) {
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${BIN}.js`);
  // the analysis worker's options (its plugins keep ESLint's Node entry and the optional requires out): the CLI bundles the same analysers
  const worker = analysisWorkerBuild({ production: !dev });
  await esbuild.build({
    ...worker,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    // fdir (under tinyglobby) is ESM and calls createRequire(import.meta.url), which a CommonJS bundle leaves empty
    banner: { js: `#!/usr/bin/env node\nconst __siza_import_meta_url = require('node:url').pathToFileURL(__filename).href;\n${worker.banner?.js ?? ''}` },
    define: { ...worker.define, __SIZA_VERSION__: JSON.stringify(root.version), 'import.meta.url': '__siza_import_meta_url' },
    legalComments: 'linked',
  });
  fs.chmodSync(outfile, 0o755);
  const pkg = {
    name: BIN,
    version: root.version,
    description: "Siza Gen's quality gate for CI: scores UI components (React, Vue, Svelte, Angular, HTML) and fails below a threshold; text, JSON or SARIF.",
    license: root.license,
    ...(root.repository ? { repository: root.repository } : {}),
    bin: { [BIN]: `${BIN}.js` },
    files: [`${BIN}.js`, `${BIN}.js.LEGAL.txt`],
    engines: { node: '>=20' },
  };
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, dev: { type: 'boolean' } } });
  const out = await buildCli({ outDir: values.out ? path.resolve(values.out) : undefined, dev: values.dev });
  console.log(`built ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB)`);
}
