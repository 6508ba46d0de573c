// One lint gate: type-aware rules (no floating promises), and `vscode` kept out of core and the client.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    ignores: ['src/core/**', 'src/sidecar/**', 'src/analysis/worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: 'core/(extract|a11y)$', message: 'Import core/extract/files or types here; the parsers run in the analysis worker (src/analysis).' },
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
