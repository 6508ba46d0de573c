// An esbuild plugin for @typescript-eslint/utils (pulled in by @angular-eslint's template rules, src/core/a11y/angular.ts):
// its ts-eslint wrappers subclass ESLint's Node classes (ESLint, RuleTester, SourceCode) at load time, which would
// bundle ESLint's Node entry (config loading, file caches, jiti, which esbuild cannot resolve). No rule uses them:
// they get stand-ins that throw if constructed, and the worker keeps only 'eslint/universal'.

const IMPORTER = /[\\/]@typescript-eslint[\\/]utils[\\/]dist[\\/]ts-eslint[\\/]/;
const NS = 'ts-eslint-utils-stub';

const STUB = `
const unavailable = (name) => class { constructor() { throw new Error(name + ' is not in the analysis worker (scripts/esbuild-ts-eslint-utils.mjs)'); } };
module.exports = { ESLint: unavailable('ESLint'), Linter: unavailable('Linter'), RuleTester: unavailable('RuleTester'), SourceCode: unavailable('SourceCode'), FlatESLint: undefined, LegacyESLint: undefined };
`;

/** @type {import('esbuild').Plugin} */
export const tsEslintUtilsNoNodeEslint = {
  name: 'ts-eslint-utils-no-node-eslint',
  setup(build) {
    build.onResolve({ filter: /^eslint(\/use-at-your-own-risk)?$/ }, (args) => (IMPORTER.test(args.importer) ? { path: args.path, namespace: NS } : undefined));
    build.onLoad({ filter: /.*/, namespace: NS }, () => ({ contents: STUB, loader: 'js' }));
  },
};
