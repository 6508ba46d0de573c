import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { devPython, ROOT } from './helpers';

/**
 * The sidecar's own scoring and enhancement code run in-process by the dev venv, through its real
 * service functions with no LLM configured: the reference the TypeScript tier must equal.
 */
const SCRIPT = `
import asyncio, json, sys
from siza_ml.rules import compile_pattern
from siza_ml.schemas.enhance import EnhanceRequest
from siza_ml.schemas.score import ScoreRequest
from siza_ml.services.enhance.service import enhance
from siza_ml.services.scoring.service import score

class Workers:
    async def run(self, fn, *args):
        return fn(*args)

class NoLlm:
    configured = False
    name = None

async def main():
    job = json.load(sys.stdin)
    out = []
    for req in job["requests"]:
        if job["kind"] == "score":
            # model_construct: the service path without the route's validation, so edge inputs reach it.
            res = await score(ScoreRequest.model_construct(**req), Workers(), NoLlm())
        elif job["kind"] == "enhance":
            res = await enhance(EnhanceRequest.model_construct(**req), Workers(), NoLlm())
        elif job["kind"] == "round":
            out.append(round(req[0], req[1]))
            continue
        else:
            spec, text = req
            out.append([[m.start(), m.end()] for m in compile_pattern(spec).finditer(text)])
            continue
        out.append(res.model_dump(mode="json"))
    json.dump(out, sys.stdout)

asyncio.run(main())
`;

function runPython(kind: 'score' | 'enhance' | 'round' | 'spans', requests: unknown[]): unknown[] {
  const r = spawnSync(devPython(), ['-c', SCRIPT], {
    input: JSON.stringify({ kind, requests }),
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: path.join(ROOT, 'python'), PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`python ${kind} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown[];
}

/** POST /score's answers, computed by python/siza_ml, one per request. */
export const pythonScores = (requests: object[]) => runPython('score', requests);
/** POST /enhance's answers, computed by python/siza_ml, one per request. */
export const pythonEnhancements = (requests: object[]) => runPython('enhance', requests);
/** Python's round(x, digits) for each pair. */
export const pythonRound = (pairs: [number, number][]) => runPython('round', pairs) as number[];
/** Python's [start, end] code point spans of every match of each pattern in its text. */
export const pythonSpans = (cases: [{ regex: string; flags?: string }, string][]) => runPython('spans', cases) as [number, number][][];
