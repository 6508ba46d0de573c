/**
 * Generate Component: retrieve the closest library components for a description (embeddings over the
 * library collection + metadata), then either have the LLM write the framework's code with them and the
 * workspace's own components as examples (viaCode.ts: checked, up to two repair rounds, returned with what
 * still fails) or compose from the best match, adapted to the request. The result is validated and scored.
 */
import type { Framework } from '../core/frameworks';
import { randomUUID } from 'node:crypto';
import type { Analysis } from '../analysis/client';
import { adaptComponent } from '../core/generate/adapt';
import { decideCoverage } from '../core/generate/coverage';
import { EXAMPLE_BUDGET_CHARS, LOCAL_EXAMPLE_BUDGET_CHARS } from '../core/generate/prompt';
import { rankLibrary, type Ranked } from '../core/generate/rank';
import { LIBRARY } from '../core/library/components';
import { render } from '../core/library/render';
import type { LibraryComponent } from '../core/library/types';
import type { Logger } from '../core/logger';
import type { Settings } from '../config';
import type { InferenceService } from '../inference/service';
import type { Tier } from '../core/inference';
import type { ComponentScorer } from '../quality/scorer';
import { LIBRARY_COLLECTION, type LibraryIndex } from './libraryIndex';
import type { GenerateInput, Generation } from './types';
import { generateWithCode, type GenerateProgress } from './viaCode';
import type { Grounding } from './grounding';

export interface GeneratorDeps {
  inference: InferenceService;
  analysis: Analysis;
  scorer: ComponentScorer;
  library: LibraryIndex;
  settings: () => Settings;
  log: Logger;
  /** The workspace's nearest components and design tokens for the LLM's prompt (absent: the library alone). */
  grounding?: Grounding;
  /** Each finished generation (the metrics panel times them). */
  onGenerated?: (g: Generation) => void;
}

/** How many library components are retrieved as examples and alternatives. */
export const TOP_K = 3;

export class Generator {
  constructor(private readonly deps: GeneratorDeps) {}

  /** The library ranked for a description, and which tier embedded it ('heuristic': metadata alone). */
  async retrieve(description: string, signal?: AbortSignal): Promise<{ ranked: Ranked[]; tier: Tier }> {
    const sims = new Map<string, number>();
    let tier: Tier = 'heuristic';
    try {
      await this.deps.library.ensure();
      // the built-in components only: records ingested from datasets share the collection
      const res = await this.deps.inference.search(LIBRARY_COLLECTION, { text: description, k: 12, filter: { source: 'library' } }, signal);
      tier = res.tier;
      for (const h of res.hits) if (typeof h.metadata.name === 'string') sims.set(h.metadata.name, h.score);
    } catch (e) {
      if (signal?.aborted) throw e;
      this.deps.log.warn(`Generate: library retrieval by embedding failed (${(e as Error).message}); ranking by metadata alone`);
    }
    return { ranked: rankLibrary(description, sims, LIBRARY), tier };
  }

  async generate(input: GenerateInput, signal?: AbortSignal, progress?: GenerateProgress): Promise<Generation> {
    const t0 = performance.now();
    const attempt = input.attempt ?? 0;
    const settings = this.deps.settings();
    progress?.stage('retrieving', 0);
    let enhanced: string | undefined;
    if (input.enhance) {
      const e = await this.deps.inference.enhance({ prompt: input.description, framework: input.framework }, signal);
      enhanced = e.enhanced;
    }
    const { ranked, tier } = await this.retrieve(input.description, signal);
    const top = ranked.slice(0, TOP_K);
    const basedOn = top.map((r) => ({ name: r.component.name, score: round(r.score), similarity: round(r.similarity), matched: r.matched }));

    progress?.retrieved?.(basedOn);

    let llm: Generation['llm'];
    if (this.llmAvailable(settings)) {
      const budget = settings.llm.provider === 'local' ? LOCAL_EXAMPLE_BUDGET_CHARS : EXAMPLE_BUDGET_CHARS;
      const request = { description: input.description, prompt: enhanced ?? input.description, framework: input.framework, attempt, budget };
      const out = await generateWithCode(this.deps, request, top, settings, progress, signal);
      if ('code' in out) {
        const g: Generation = { ...out, id: randomUUID(), ...(enhanced !== undefined ? { enhanced } : {}), basedOn, retrievalTier: tier, ms: Math.round(performance.now() - t0) };
        this.deps.onGenerated?.(g);
        this.deps.log.info(`Generated ${g.name} (${g.framework}, llm${g.llm?.unresolved?.length ? `; still failing: ${g.llm.unresolved.join(' | ')}` : ', passed its checks'}) in ${g.ms} ms`);
        return g;
      }
      llm = out.llm;
    }
    return this.fromCoverage(input, enhanced, ranked, basedOn, llm, tier, attempt, t0, signal);
  }

  /**
   * Without an LLM's component: compose from a library component only when it is what was asked (core/generate/coverage.ts);
   * else the closest one as it is, unrenamed, with `coverage.covered` false: the panel says no component matches.
   */
  private async fromCoverage(
    input: GenerateInput,
    enhanced: string | undefined,
    ranked: readonly Ranked[],
    basedOn: Generation['basedOn'],
    llm: Generation['llm'],
    tier: Tier,
    attempt: number,
    t0: number,
    signal?: AbortSignal,
  ): Promise<Generation> {
    const c = decideCoverage(input.description, ranked, LIBRARY);
    const coverage = { covered: c.covered, kind: c.kind, reason: c.reason, missing: c.missing };
    if (!c.covered) {
      this.deps.log.info(`Generate: not covered: ${c.reason}; showing the closest (${basedOn.map((b) => b.name).join(', ')}) as they are`);
      const closest = ranked[0]?.component ?? LIBRARY[0]!;
      const g = await this.finish(input, enhanced, closest, 'library', basedOn, [], llm, tier, attempt, t0, signal);
      return { ...g, coverage };
    }
    // a regenerate takes the next component that covers the request, never one that does not
    const pick = c.covering[attempt % c.covering.length]!.component;
    const adapted = adaptComponent(pick, input.description);
    const g = await this.finish(input, enhanced, adapted.component, 'library', basedOn, adapted.changes, llm, tier, attempt, t0, signal);
    return { ...g, coverage: { ...coverage, from: pick.name } };
  }

  /** A library component as it is (Find Similar's library results open here), validated and scored. */
  async fromLibrary(name: string, framework: Framework, signal?: AbortSignal): Promise<Generation> {
    const t0 = performance.now();
    const c = LIBRARY.find((x) => x.name === name);
    if (!c) throw new Error(`The library has no component ${name}`);
    const basedOn = [{ name: c.name, score: 1, similarity: 1, matched: [] }];
    return this.finish({ description: c.description, framework }, undefined, c, 'library', basedOn, [], undefined, 'heuristic', 0, t0, signal);
  }

  /**
   * The same component in another framework: a library component is rendered again (nothing generated);
   * code the LLM wrote exists in one framework only, so the LLM writes it again for this one.
   */
  async toFramework(g: Generation, framework: Framework, signal?: AbortSignal, progress?: GenerateProgress): Promise<Generation> {
    if (!g.component) return this.generate({ description: g.description, framework, enhance: g.enhanced !== undefined, attempt: g.attempt }, signal, progress);
    const t0 = performance.now();
    const r = render(g.component, framework);
    const [validation, score] = await Promise.all([
      this.deps.analysis.validate(framework, r.code, r.fileName, signal),
      this.score(r.code, framework, r.fileName, signal),
    ]);
    return { ...g, framework, symbol: r.symbol, fileName: r.fileName, code: r.code, validation, score, ms: Math.round(performance.now() - t0) };
  }

  /** An LLM is configured and some tier reaches it: the sidecar (any provider), or the host straight to an HTTP endpoint. */
  llmAvailable(settings: Settings): boolean {
    if (!settings.generate.useLlm || settings.llm.provider === 'none') return false;
    return this.deps.inference.tier === 'sidecar' || ((settings.llm.provider === 'ollama' || settings.llm.provider === 'openai') && this.deps.inference.canReachLlmDirectly);
  }

  private async finish(
    input: GenerateInput,
    enhanced: string | undefined,
    component: LibraryComponent,
    source: Generation['source'],
    basedOn: Generation['basedOn'],
    changes: string[],
    llm: Generation['llm'],
    retrievalTier: Tier,
    attempt: number,
    t0: number,
    signal?: AbortSignal,
  ): Promise<Generation> {
    const r = render(component, input.framework);
    const [validation, score] = await Promise.all([
      this.deps.analysis.validate(input.framework, r.code, r.fileName, signal),
      this.score(r.code, input.framework, r.fileName, signal),
    ]);
    const g: Generation = {
      id: randomUUID(),
      description: input.description,
      ...(enhanced !== undefined ? { enhanced } : {}),
      framework: input.framework,
      component: { ...component, name: r.name },
      name: r.name,
      symbol: r.symbol,
      fileName: r.fileName,
      code: r.code,
      source,
      basedOn,
      changes,
      ...(llm ? { llm } : {}),
      validation,
      ...(score ? { score } : {}),
      retrievalTier,
      attempt,
      ms: Math.round(performance.now() - t0),
    };
    this.deps.onGenerated?.(g);
    this.deps.log.info(
      `Generated ${g.name} (${g.framework}, ${g.source}${llm?.error ? `; ${llm.error}` : ''}) from ${basedOn.map((b) => b.name).join(', ')} in ${g.ms} ms`,
    );
    return g;
  }

  private async score(code: string, framework: Framework, fileName: string, signal?: AbortSignal): Promise<Generation['score']> {
    try {
      return await this.deps.scorer.score(code, framework, fileName, signal);
    } catch (e) {
      if (signal?.aborted) throw e;
      this.deps.log.warn(`Generate: scoring failed: ${(e as Error).message}`);
      return undefined;
    }
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
