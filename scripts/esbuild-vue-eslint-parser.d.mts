import type { Plugin } from 'esbuild';

export const vueEslintParserNoEslint: Plugin;
