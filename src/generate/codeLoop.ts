/**
 * The code-first LLM loop: the model writes the framework's code (streamed), the code is extracted
 * from the reply, checked by the framework's compiler, the accessibility analyser and the scorer,
 * and what fails (compile errors, serious or critical findings, a reply cut off) goes back for up to
 * two repair rounds. The last code is returned with whatever still fails; it is never swapped for
 * something else.
 */
import type { Analysis } from '../analysis/client';
import type { Framework } from '../core/frameworks';
import { declaredName, extractCode } from '../core/generate/codeExtract';
import { codeRepairMessages } from '../core/generate/codePrompt';
import type { LlmMessage } from '../core/generate/prompt';
import type { Tier } from '../core/inference';
import { fileNameFor, symbolNameFor } from '../core/library/render';
import type { ValidationResult } from '../core/library/validators/result';
import type { Logger } from '../core/logger';
import { violationImpact } from '../core/quality/calibrate';
import type { InferenceService } from '../inference/service';
import type { ComponentScore, ComponentScorer } from '../quality/scorer';

/** Two repairs after the first reply: three calls at most. */
export const REPAIR_ROUNDS = 2;

export type LoopStage = 'writing' | 'checking' | 'repairing';

export interface LoopProgress {
  stage(stage: LoopStage, round: number): void;
  /** Text as the model writes it; `round` starts a new reply (the panel clears what it showed). */
  delta(text: string, round: number): void;
}

export interface CodeLoopInput {
  messages: LlmMessage[];
  framework: Framework;
  name: string;
  maxTokens: number;
  temperature: number;
  progress?: LoopProgress;
  signal?: AbortSignal;
}

export interface CodeLoopResult {
  /** The last code extracted (undefined when no reply held any). */
  code?: string;
  name: string;
  symbol: string;
  fileName: string;
  validation?: ValidationResult;
  score?: ComponentScore;
  /** What the checks found in each reply, in order. */
  rounds: { problems: string[]; truncated: boolean }[];
  /** What still fails in the returned code (empty: it passed every check). */
  unresolved: string[];
  provider?: string;
  model?: string;
  tier?: Tier;
  /** The LLM did not answer (unreachable, timed out): no code at all. */
  error?: string;
  attempts: number;
}

export interface CodeLoopDeps {
  inference: InferenceService;
  analysis: Analysis;
  scorer: ComponentScorer;
  log: Logger;
}

/** The findings a repair round is for: compile errors, and accessibility findings the calibration calls serious or critical. */
export function blockingProblems(framework: Framework, validation: ValidationResult, score: ComponentScore | undefined): string[] {
  const out = validation.errors.slice(0, 8).map((e) => `${framework} compiler: ${e}`);
  for (const v of score?.violations ?? []) {
    const impact = violationImpact(v);
    if (impact !== 'serious' && impact !== 'critical') continue;
    out.push(`accessibility (${impact})${v.line ? ` line ${v.line}` : ''}: ${v.message}${v.hint ? ` — ${v.hint}` : ''}`);
  }
  return out;
}

export async function runCodeLoop(deps: CodeLoopDeps, input: CodeLoopInput): Promise<CodeLoopResult> {
  const { framework, signal, progress } = input;
  let messages = input.messages;
  const out: CodeLoopResult = { name: input.name, symbol: symbolNameFor(framework, input.name), fileName: fileNameFor(framework, input.name), rounds: [], unresolved: [], attempts: 0 };
  for (let round = 0; round <= REPAIR_ROUNDS; round++) {
    progress?.stage(round === 0 ? 'writing' : 'repairing', round);
    let reply: string;
    let finish: string | undefined;
    try {
      const res = await deps.inference.chatStream(
        { messages, max_tokens: input.maxTokens, temperature: input.temperature },
        (t) => progress?.delta(t, round),
        signal,
      );
      out.attempts++;
      [out.provider, out.model, out.tier] = [res.provider, res.model, res.tier];
      reply = res.text;
      finish = res.finishReason;
    } catch (e) {
      if (signal?.aborted) throw e;
      const why = `the LLM did not answer: ${(e as Error).message}`;
      // an earlier round's code stands, with what failed in it; else there is nothing to show
      if (out.code === undefined) out.error = why;
      else out.unresolved.push(why);
      return out;
    }
    const ex = extractCode(reply, framework, { stoppedForLength: finish === 'length' });
    let problems: string[] = ex.problem ? [ex.problem] : [];
    if (ex.code !== undefined) {
      progress?.stage('checking', round);
      const name = declaredName(ex.code, framework, input.name);
      const fileName = fileNameFor(framework, name);
      const [validation, score] = await Promise.all([
        deps.analysis.validate(framework, ex.code, fileName, signal),
        deps.scorer.score(ex.code, framework, fileName, signal).catch((e: unknown) => {
          if (signal?.aborted) throw e;
          deps.log.warn(`Generate: scoring the LLM's code failed: ${(e as Error).message}`);
          return undefined;
        }),
      ]);
      Object.assign(out, { code: ex.code, name, symbol: symbolNameFor(framework, name), fileName, validation, score });
      problems = [...problems, ...blockingProblems(framework, validation, score)];
    }
    out.rounds.push({ problems, truncated: ex.truncated });
    // a reply without code leaves the last code standing, with its own problems and this one
    out.unresolved = ex.code !== undefined || out.code === undefined ? problems : [...out.unresolved, `reply ${round + 1}: ${problems.join('; ')}`];
    if (problems.length === 0) return out;
    deps.log.info(`Generate: LLM reply ${round + 1} fails its checks: ${problems.join(' | ')}`);
    if (round < REPAIR_ROUNDS) messages = codeRepairMessages(messages, reply, problems, framework);
  }
  return out;
}
