/** Entry of dist/analysis-worker.js: the framework parsers load here, never on the extension host's thread. */
import { parentPort } from 'node:worker_threads';
import { extractComponents } from '../core/extract';
import { scoreHeuristic } from '../core/scoring';
import { serveRpc } from '../workers/rpc';
import type { AnalysisRequest, AnalysisResult } from './protocol';

if (!parentPort) throw new Error('analysis-worker.js runs only as a worker thread');
serveRpc(parentPort, (r: AnalysisRequest): AnalysisResult => {
  const result = extractComponents(r.file, r.text);
  if (!r.score) return result;
  return {
    ...result,
    components: result.components.map((c) => ({ ...c, quality: scoreHeuristic({ code: c.code, framework: c.framework }).score })),
  };
});
