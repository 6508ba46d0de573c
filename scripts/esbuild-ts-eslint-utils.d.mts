import type { Plugin } from 'esbuild';

export const tsEslintUtilsNoNodeEslint: Plugin;
