import type { Plugin } from 'esbuild';

export const happyDomNoCertificate: Plugin;
