import type { BuildOptions } from 'esbuild';

export function embedWorkerBuild(opts?: { outfile?: string; production?: boolean }): BuildOptions;
export function analysisWorkerBuild(opts?: { outfile?: string; production?: boolean }): BuildOptions;
export function nodeBundle(production: boolean): BuildOptions;
export function copyTypeLibs(outDir?: string): void;
