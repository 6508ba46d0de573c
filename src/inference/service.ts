/**
 * One inference interface over the degradation chain: the sidecar when it is ready, the in-process
 * tier (Transformers.js worker + the shared vector store) otherwise, heuristics as the floor. A request
 * in flight when the sidecar fails is retried on the next tier; every result says which tier answered.
 */
import { enhanceWithRules } from '../core/enhance';
import type { Logger } from '../core/logger';
import { scoreHeuristic } from '../core/quality/index';
import { encodeVector } from '../core/vectors';
import { SidecarError, type SidecarClient } from '../sidecar/client';
import type { ChatRequest, ChatResponse, ChatStreamResult, EnhanceRequest, EnhanceResponse, ScoreRequest, ScoreResponse } from '../core/protocol/index';
import type { Hit } from '../store/collection';
import type { Metadata } from '../store/format';
import { UnknownCollection, type CollectionStats, type VectorStore } from '../store/store';
import type { Embedder, Tier } from '../core/inference';
import { streamDirect, type DirectLlm } from './llm/direct';

export type Tiered<T> = T & { tier: Tier };

export interface TextItem {
  id: string;
  text: string;
  metadata?: Metadata;
}

export interface Query {
  text?: string;
  vector?: Float32Array;
  k?: number;
  filter?: Metadata;
}

export interface InferenceDeps {
  /** The client of the sidecar while it is ready, else undefined. */
  sidecar: () => SidecarClient | undefined;
  /** The in-process model; undefined where its files are missing (then embeddings need the sidecar). */
  embedder: Embedder | undefined;
  /** The vector store on the very files the sidecar serves (its folder follows the data-folder setting). */
  store: () => VectorStore;
  log: Logger;
  /**
   * The Ollama or OpenAI-compatible endpoint the settings name, with its key, for the in-process tier
   * to stream from while the sidecar is not running; undefined for none (or the sidecar-only 'local').
   */
  directLlm?: { configured(): boolean; endpoint(): Promise<DirectLlm | undefined> };
  /** Each answered request, for the metrics view. */
  onTiming?: (op: string, tier: Tier, ms: number) => void;
}

/** No tier can serve an embedding now (no sidecar, no in-process model). */
export class NoEmbeddingTier extends Error {
  override readonly name = 'NoEmbeddingTier';
}

/** The LLM runs in the sidecar only: without it, there is none. */
export class NoLlmTier extends Error {
  override readonly name = 'NoLlmTier';
}

/** A failure of the sidecar itself (down, hung, crashed mid-request) rather than of the request. */
export function isSidecarFailure(e: unknown): boolean {
  if (!(e instanceof SidecarError)) return false;
  return e.kind !== 'http' || (e.status ?? 500) >= 500;
}

export class InferenceService {
  constructor(private readonly deps: InferenceDeps) {}

  /** The tier that would serve an embedding now. */
  get tier(): Tier {
    if (this.deps.sidecar()) return 'sidecar';
    return this.deps.embedder ? 'in-process' : 'heuristic';
  }

  embed(texts: readonly string[], signal?: AbortSignal): Promise<Tiered<{ vectors: Float32Array[] }>> {
    return this.chain(
      'embed',
      signal,
      async (c) => ({ vectors: (await c.embedBatch([...texts], { signal })).vectors }),
      async (model) => ({ vectors: await model().embed(texts, signal) }),
    );
  }

  upsert(collection: string, items: readonly TextItem[], signal?: AbortSignal): Promise<Tiered<{ upserted: number; count: number }>> {
    return this.chain(
      'upsert',
      signal,
      (c) => c.upsert(collection, items.map((i) => ({ id: i.id, text: i.text, metadata: i.metadata ?? {} })), { signal }),
      async (model) => {
        const vectors = await model().embed(items.map((i) => i.text), signal);
        return this.deps.store().upsert(collection, items.map((i, n) => ({ id: i.id, vector: vectors[n]!, metadata: i.metadata })));
      },
    );
  }

  search(collection: string, q: Query, signal?: AbortSignal): Promise<Tiered<{ hits: Hit[] }>> {
    const k = q.k ?? 10;
    if ((q.text === undefined) === (q.vector === undefined)) return Promise.reject(new RangeError('give exactly one of text and vector'));
    return this.chain(
      'search',
      signal,
      async (c) => {
        const query = q.vector ? { vector: encodeVector(q.vector) } : { text: q.text! };
        return { hits: await c.search(collection, { ...query, k, filter: q.filter }, { signal }) };
      },
      async (model) => {
        const vector = q.vector ?? (await model().embed([q.text!], signal))[0]!;
        return { hits: await this.deps.store().search(collection, vector, k, q.filter) };
      },
    );
  }

  /** Removing needs no model: the in-process store does it even without the worker. */
  remove(collection: string, ids: readonly string[]): Promise<Tiered<{ removed: number; count: number }>> {
    return this.chain('remove', undefined, (c) => c.remove(collection, [...ids]), () => this.deps.store().remove(collection, ids));
  }

  stats(collection: string): Promise<Tiered<CollectionStats>> {
    return this.chain('stats', undefined, (c) => c.stats(collection), () => this.deps.store().stats(collection));
  }

  /** Empties a collection (a workspace one is deleted); one that does not exist is already clear. */
  clear(collection: string): Promise<Tiered<{ removed: number; count: number }>> {
    const none = { removed: 0, count: 0 };
    const absent = (e: unknown) => {
      if ((e instanceof SidecarError && e.status === 404) || e instanceof UnknownCollection) return none;
      throw e;
    };
    return this.chain(
      'clear',
      undefined,
      (c) => c.clear(collection).catch(absent),
      () => this.deps.store().clear(collection).catch(absent),
    );
  }

  score(req: ScoreRequest, signal?: AbortSignal): Promise<Tiered<ScoreResponse>> {
    return this.chain('score', signal, (c) => c.score(req, { signal }), () => Promise.resolve(scoreHeuristic(req)), 'heuristic');
  }

  enhance(req: EnhanceRequest, signal?: AbortSignal): Promise<Tiered<EnhanceResponse>> {
    return this.chain('enhance', signal, (c) => c.enhance(req, { signal }), () => Promise.resolve(enhanceWithRules(req)), 'heuristic');
  }

  /** One reply of the sidecar's LLM (there is no in-process LLM tier: callers fall back themselves). */
  async chat(req: ChatRequest, signal?: AbortSignal): Promise<ChatResponse> {
    const client = this.deps.sidecar();
    if (!client) throw new NoLlmTier('the LLM needs the sidecar, which is not running');
    const t0 = performance.now();
    const res = await client.chat(req, { signal });
    this.deps.onTiming?.('llm', 'sidecar', performance.now() - t0);
    return res;
  }

  /** Whether the settings name an HTTP endpoint the host can stream from without the sidecar. */
  get canReachLlmDirectly(): boolean {
    return this.deps.directLlm?.configured() ?? false;
  }

  /**
   * The LLM's reply as it is written: through the sidecar's streaming /llm/chat while it runs, else
   * straight from the configured HTTP endpoint (the in-process tier). Not retried on another tier:
   * deltas may already be shown. Aborting the signal closes the HTTP stream.
   */
  async chatStream(req: ChatRequest, onDelta: (text: string) => void, signal?: AbortSignal): Promise<Tiered<ChatStreamResult>> {
    const t0 = performance.now();
    const client = this.deps.sidecar();
    if (client) return this.timed('llm', 'sidecar', t0, await client.chatStream(req, onDelta, { signal }));
    const direct = await this.deps.directLlm?.endpoint();
    if (!direct) throw new NoLlmTier('the LLM needs the sidecar (not running) or an Ollama/OpenAI-compatible endpoint in siza.llm.url');
    return this.timed('llm', 'in-process', t0, await streamDirect(direct, req, onDelta, signal));
  }

  /**
   * The sidecar first when it is ready; on a failure of the sidecar itself (not a 4xx about the
   * request, not the caller's cancellation) the same request is answered by the local tier.
   */
  private async chain<T extends object>(
    op: string,
    signal: AbortSignal | undefined,
    viaSidecar: (c: SidecarClient) => Promise<T>,
    local: (model: () => Embedder) => Promise<T>,
    localTier: Tier = 'in-process',
  ): Promise<Tiered<T>> {
    const client = this.deps.sidecar();
    if (client) {
      const t0 = performance.now();
      try {
        return this.timed(op, 'sidecar', t0, await viaSidecar(client));
      } catch (e) {
        if (signal?.aborted || !isSidecarFailure(e)) throw e;
        this.deps.log.warn(`${op}: the sidecar failed (${(e as Error).message}); answering on the ${localTier} tier`);
      }
    }
    const model = (): Embedder => {
      if (!this.deps.embedder) throw new NoEmbeddingTier('Embeddings need the sidecar or the in-process model, and neither is available');
      return this.deps.embedder;
    };
    const t0 = performance.now();
    return this.timed(op, localTier, t0, await local(model));
  }

  private timed<T extends object>(op: string, tier: Tier, t0: number, value: T): Tiered<T> {
    this.deps.onTiming?.(op, tier, performance.now() - t0);
    return { ...value, tier };
  }
}
