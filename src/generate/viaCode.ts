/**
 * The LLM branch of Generate Component: builds the code-first prompt (the request, the workspace's
 * nearest components and design tokens, the closest library components rendered in the target
 * framework), runs the check-and-repair loop (codeLoop.ts) and makes the Generation from its code,
 * passing or not: what still fails is listed with it, never replaced by a library component.
 */
import type { Framework } from '../core/frameworks';
import { codeMessages, nameFromRequest, type CodeExample } from '../core/generate/codePrompt';
import type { DesignToken } from '../core/generate/designTokens';
import type { Ranked } from '../core/generate/rank';
import { render } from '../core/library/render';
import type { Settings } from '../config';
import { runCodeLoop, type CodeLoopDeps, type LoopProgress } from './codeLoop';
import type { Grounding, WorkspaceExample } from './grounding';
import type { Generation } from './types';

export type GenerateStage = 'retrieving' | 'writing' | 'checking' | 'repairing';

/** What a generation reports while it runs (the panel shows it: the stage, the retrieval, the tokens). */
export interface GenerateProgress extends LoopProgress {
  stage(stage: GenerateStage, round: number): void;
  retrieved?(basedOn: Generation['basedOn']): void;
}

export interface CodeRequest {
  description: string;
  /** What the model is asked (the enhanced description when enhancing). */
  prompt: string;
  framework: Framework;
  attempt: number;
  /** Characters of example code in the prompt. */
  budget: number;
}

/** The workspace's own nearest components in the prompt. */
const WORKSPACE_EXAMPLES = 2;

type ViaCodeDeps = CodeLoopDeps & { grounding?: Grounding };
type CodeGeneration = Omit<Generation, 'id' | 'basedOn' | 'retrievalTier' | 'ms' | 'enhanced'>;

export async function generateWithCode(
  deps: ViaCodeDeps,
  req: CodeRequest,
  top: readonly Ranked[],
  settings: Settings,
  progress?: GenerateProgress,
  signal?: AbortSignal,
): Promise<CodeGeneration | { llm: NonNullable<Generation['llm']> }> {
  const t0 = performance.now();
  const [workspace, tokens] = await ground(deps, req, signal);
  const name = nameFromRequest(req.description, top[0]?.component.name);
  const library: CodeExample[] = top.map((r) => ({ label: `library: ${r.component.name}`, code: render(r.component, req.framework).code }));
  const messages = codeMessages({
    request: req.prompt,
    framework: req.framework,
    name,
    workspace: workspace.map((w) => ({ label: `workspace: ${w.rel} (${w.name})`, code: w.code })),
    library,
    tokens,
    budget: req.budget,
  });
  // a regenerate asks for something different: warmer sampling
  const temperature = req.attempt === 0 ? 0.2 : 0.7;
  const out = await runCodeLoop(deps, { messages, framework: req.framework, name, maxTokens: settings.generate.maxTokens, temperature, ...(progress ? { progress } : {}), ...(signal ? { signal } : {}) });
  const llm: NonNullable<Generation['llm']> = {
    ...(out.provider ? { provider: out.provider } : {}),
    ...(out.model ? { model: out.model } : {}),
    ...(out.tier ? { tier: out.tier } : {}),
    attempts: out.attempts,
    ms: Math.round(performance.now() - t0),
    rounds: out.rounds,
    unresolved: out.unresolved,
    grounding: { components: workspace.map((w) => `${w.name} (${w.rel})`), tokens: tokens.length },
  };
  if (out.code === undefined || !out.validation) {
    const why = out.error ?? `the LLM wrote no ${req.framework} component (${out.unresolved.slice(0, 2).join('; ') || 'no code in its reply'})`;
    return { llm: { ...llm, error: why } };
  }
  return {
    description: req.description,
    framework: req.framework,
    name: out.name,
    symbol: out.symbol,
    fileName: out.fileName,
    code: out.code,
    source: 'llm',
    changes: [],
    llm,
    validation: out.validation,
    ...(out.score ? { score: out.score } : {}),
    attempt: req.attempt,
  };
}

/** The workspace's nearest components and its tokens; a workspace that cannot be searched grounds nothing (logged). */
async function ground(deps: ViaCodeDeps, req: CodeRequest, signal?: AbortSignal): Promise<[WorkspaceExample[], DesignToken[]]> {
  const g = deps.grounding;
  if (!g) return [[], []];
  const nearest = g.nearest(req.description, req.framework, WORKSPACE_EXAMPLES, signal).catch((e: unknown) => {
    if (signal?.aborted) throw e;
    deps.log.warn(`Generate: the workspace's components could not be searched (${(e as Error).message}); the prompt has the library's alone`);
    return [];
  });
  const tokens = g.tokens().catch((e: unknown) => {
    deps.log.warn(`Generate: design tokens could not be read: ${(e as Error).message}`);
    return [];
  });
  return Promise.all([nearest, tokens]);
}
