/** Entry of dist/analysis-worker.js: the parsers and ESLint load here, never on the extension host's thread. */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { inProcessScore, scoreAsShown } from '../core/a11y';
import { extractComponents } from '../core/extract';
import { validate } from '../core/library/validate';
import { configureTypeFiles } from '../core/library/validators/tsprogram';
import { serveRpc } from '../workers/rpc';
import type { A11yResult, AnalysisRequest, AnalysisResult, ValidationResult } from './protocol';

if (!parentPort) throw new Error('analysis-worker.js runs only as a worker thread');
// The packaged extension has no node_modules: the validator's TypeScript libs and React types ship beside the worker.
const typelibs = path.join(__dirname, 'typelibs');
if (existsSync(typelibs)) configureTypeFiles(typelibs);
serveRpc(parentPort, async (r: AnalysisRequest): Promise<AnalysisResult | A11yResult | ValidationResult> => {
  if (r.op === 'validate') return validate(r.framework, r.code, { fileName: r.fileName });
  if (r.op === 'a11y') {
    const a = await scoreAsShown(r.score, r.code, { file: r.file });
    return { score: a.score, ran: a.ran, findings: a.findings.length };
  }
  const result = extractComponents(r.file, r.text);
  if (!r.score) return result;
  const components = [];
  for (const c of result.components) components.push({ ...c, quality: (await inProcessScore(c.code, c.framework, r.file)).score });
  return { ...result, components };
});
