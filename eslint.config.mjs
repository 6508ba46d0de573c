// One lint gate: type-aware rules (no floating promises), `vscode` kept out of core and the client, and the
// layers (docs/architecture.md) pointing one way: core ← infrastructure ← workspace index ← features ← container.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers, lowest first. A file may import its own layer and those below it; features may import
// another feature only where FEATURE_USES says so (so no two features import each other).
const CORE = ['./src/core'];
const INFRA = ['./src/config.ts', './src/log.ts', './src/sidecar', './src/inference', './src/store', './src/workers', './src/analysis', './src/webviews'];
const SHARED = ['./src/workspaceIndex'];
const FEATURES = ['similar', 'quality', 'enhance', 'generate', 'training', 'metrics', 'status'];
const FEATURE_USES = { generate: ['quality'], similar: ['generate'] };
const ROOT = ['./src/container.ts', './src/extension.ts', './src/api.ts'];
// the CI quality gate (siza-gen-check): its own bundle, over core/ alone
const CLI = ['./src/cli'];
const feature = (f) => `./src/${f}`;
const above = (...groups) => groups.flat();
const layerZones = [
  { target: CORE, from: './src', except: ['./core'], message: 'core/ is the bottom layer: pure logic and the shared vocabulary import nothing else from src/.' },
  { target: INFRA, from: above(SHARED, FEATURES.map(feature), ROOT), message: 'The infrastructure (sidecar, inference, store, analysis, webviews, config, log) is below the features: pass what it needs in instead.' },
  { target: SHARED, from: above(FEATURES.map(feature), ROOT), message: 'The workspace index is below the features.' },
  ...FEATURES.map((f) => ({
    target: feature(f),
    from: above(FEATURES.filter((g) => g !== f && !(FEATURE_USES[f] ?? []).includes(g)).map(feature), ROOT),
    message: `A feature imports no other feature (except FEATURE_USES in eslint.config.mjs) and never the composition root: ${f}/ gets what it needs from the container.`,
  })),
  // the browser side: the pure core and each feature's messages (protocol.ts), nothing of the host
  {
    target: './src/webview-ui',
    from: './src',
    except: ['./webview-ui', './core', './webviews/protocol.ts', ...FEATURES.map((f) => `./${f}/protocol.ts`)],
    message: 'Webview code runs in the browser: it imports core/ and the features\' protocol.ts only.',
  },
  { target: CLI, from: './src', except: ['./cli', './core'], message: 'src/cli is the CI tool (its own bundle): it imports core/ only.' },
  { target: above(CORE, INFRA, SHARED, FEATURES.map(feature), ROOT), from: './src/cli', message: 'Nothing in the extension imports the CLI.' },
  { target: above(CORE, INFRA, SHARED, FEATURES.map(feature), ROOT), from: './src/webview-ui', message: 'src/webview-ui is browser code, bundled on its own; the host never imports it.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.venv/**', 'python/**', 'out/**', '.vscode-test/**', 'test-output/**', 'test/fixtures/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.json', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      // an import the resolver cannot follow would pass the zones unchecked: every value import must resolve
      // (the rule skips type-only ones; tsc fails on those, and the resolver follows the same paths)
      'import-x/no-unresolved': ['error', { ignore: ['^vscode$'] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/sidecar/**/*.ts'],
    ignores: ['src/sidecar/manager.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'core/ and the sidecar internals stay free of vscode (they test in plain Node).' }] },
      ],
    },
  },
  {
    // The parsers and ESLint (several MB, ~0.5 s to load) belong in the analysis worker, not in the extension's bundle.
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/sidecar/**', 'src/analysis/worker.ts', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: 'core/(extract|a11y)(/index)?$', message: 'Import core/extract/files or types here; the parsers run in the analysis worker (src/analysis).' },
            { regex: 'core/library(/validate|/validators/(?!result$).*)?$', message: 'Import core/library/render, types, schema or components here; the validators (the compilers) run in the analysis worker.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
