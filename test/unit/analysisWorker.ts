import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { analysisWorkerBuild, copyTypeLibs } from '../../scripts/worker-builds.mjs';
import { ROOT } from './helpers';

let built: Promise<string> | undefined;

/** dist/analysis-worker.js as esbuild.mjs builds it, once per test process, under test-output/. */
export function analysisWorkerScript(): Promise<string> {
  built ??= (async () => {
    const dir = path.join(ROOT, 'test-output', 'analysis-worker', String(process.pid));
    const outfile = path.join(dir, 'analysis-worker.js');
    await build({ ...analysisWorkerBuild({ outfile }), sourcemap: false });
    // as the package has them: the validator's type files beside the worker, no node_modules needed
    copyTypeLibs(path.join(dir, 'typelibs'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return outfile;
  })();
  return built;
}
