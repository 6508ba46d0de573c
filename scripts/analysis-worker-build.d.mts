import type { BuildOptions } from 'esbuild';

export function analysisWorkerBuild(opts?: { outfile?: string; production?: boolean }): BuildOptions;
