/** Entry of dist/analysis-worker.js: the parsers and ESLint load here, never on the extension host's thread. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { inProcessScore, scoreAsShown, siblingReader } from '../core/a11y';
import { extractComponents } from '../core/extract';
import { validate } from '../core/library/validate';
import { configureTypeFiles } from '../core/library/validators/tsprogram';
import { serveRpc } from '../workers/rpc';
import type { A11yResult, AnalysisRequest, AnalysisResult, ValidationResult } from './protocol';

if (!parentPort) throw new Error('analysis-worker.js runs only as a worker thread');
// The packaged extension has no node_modules: the validator's TypeScript libs and React types ship beside the worker.
const typelibs = path.join(__dirname, 'typelibs');
if (existsSync(typelibs)) configureTypeFiles(typelibs);
/** A template a component names (an Angular templateUrl), read from disk: a regular file of at most 1 MB. */
const MAX_SIBLING_BYTES = 1_000_000;
function readFromDisk(absolute: string): string | undefined {
  try {
    const st = statSync(absolute);
    return st.isFile() && st.size <= MAX_SIBLING_BYTES ? readFileSync(absolute, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
const readBeside = (file: string | undefined) => (file && path.isAbsolute(file) ? siblingReader(file, readFromDisk) : undefined);

serveRpc(parentPort, async (r: AnalysisRequest): Promise<AnalysisResult | A11yResult | ValidationResult> => {
  if (r.op === 'validate') return validate(r.framework, r.code, { fileName: r.fileName });
  if (r.op === 'a11y') {
    const a = await scoreAsShown(r.score, r.code, { file: r.file, readSibling: readBeside(r.file) });
    return { score: a.score, ran: a.ran, findings: a.findings.length };
  }
  const result = extractComponents(r.file, r.text);
  if (!r.score) return result;
  const components = [];
  const readSibling = readBeside(r.file);
  for (const c of result.components) components.push({ ...c, quality: (await inProcessScore(c.code, c.framework, r.file, readSibling)).score });
  return { ...result, components };
});
