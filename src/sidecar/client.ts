import { request } from 'undici';
import type { z } from 'zod';
import { decodeVector, encodeVector } from '../core/vectors';
import { streamChat } from './chatStream';
import {
  collectionsResponseSchema,
  collectionStatsSchema,
  embedBatchResponseSchema,
  embedResponseSchema,
  chatResponseSchema,
  enhanceResponseSchema,
  errorSchema,
  healthSchema,
  metricAckSchema,
  metricsReportSchema,
  readySchema,
  removeResponseSchema,
  scoreResponseSchema,
  searchResponseSchema,
  upsertResponseSchema,
  type ChatRequest,
  type ChatResponse,
  type ChatStreamResult,
  type CollectionStats,
  type EnhanceRequest,
  type EnhanceResponse,
  type Health,
  type MetricEvent,
  type MetricsReport,
  type Ready,
  type ScoreRequest,
  type ScoreResponse,
  type SearchHit,
  type SearchQuery,
  type UpsertItem,
} from '../core/protocol/index';
import {
  axeRulesStatusSchema,
  ingestAxeRulesResponseSchema,
  ingestDatasetResponseSchema,
  type AxeRulesStatus,
  type IngestAxeRulesRequest,
  type IngestAxeRulesResponse,
  type IngestDatasetRequest,
  type IngestDatasetResponse,
} from '../core/protocol/ingest';
import {
  adapterDeletedSchema,
  adaptersResponseSchema,
  trainJobSchema,
  trainSummarySchema,
  type AdapterInfo,
  type TrainJob,
  type TrainStartRequest,
  type TrainSummary,
} from '../core/protocol/train';

/** Per-call timeouts, as in the seed: quick calls 5 s, LLM calls 10 s, batches longer. */
export const TIMEOUTS = { default: 5_000, llm: 10_000, batch: 60_000 } as const;
export const AVAILABILITY_TTL_MS = 30_000;
/** A dataset ingestion reads, embeds and stores up to 10 000 records in one request. */
export const INGEST_TIMEOUT_MS = 600_000;

export type SidecarErrorKind = 'unavailable' | 'timeout' | 'http' | 'protocol';

export class SidecarError extends Error {
  constructor(
    readonly kind: SidecarErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}

export interface Endpoint {
  baseUrl: string;
  token: string;
  /** Calls that may wait for the LLM (score, enhance): a little over the sidecar's own LLM timeout. */
  llmTimeoutMs?: number;
}

interface CallOptions {
  body?: unknown;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Typed HTTP client of one sidecar launch (a restart makes a new one); no `vscode` here. */
export class SidecarClient {
  private availableUntil = 0;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly now: () => number = Date.now,
  ) {}

  get baseUrl(): string {
    return this.endpoint.baseUrl;
  }

  private get llmTimeout(): number {
    return this.endpoint.llmTimeoutMs ?? TIMEOUTS.llm;
  }

  health(opts: CallOptions = {}): Promise<Health> {
    return this.call('GET', '/health', healthSchema, opts);
  }

  ready(opts: CallOptions = {}): Promise<Ready> {
    return this.call('GET', '/ready', readySchema, opts);
  }

  async embed(text: string, opts: CallOptions = {}): Promise<Float32Array> {
    const r = await this.call('POST', '/embed', embedResponseSchema, { timeoutMs: TIMEOUTS.llm, ...opts, body: { text } });
    return decodeVector(r.embedding, r.dimensions);
  }

  async embedBatch(texts: string[], opts: CallOptions = {}): Promise<{ vectors: Float32Array[]; model: string }> {
    const r = await this.call('POST', '/embed/batch', embedBatchResponseSchema, { timeoutMs: TIMEOUTS.batch, ...opts, body: { texts, vectors: false } });
    return { vectors: r.embeddings.map((e) => decodeVector(e, r.dimensions)), model: r.model };
  }

  collections(opts: CallOptions = {}): Promise<CollectionStats[]> {
    return this.call('GET', '/vectors/collections', collectionsResponseSchema, opts).then((r) => r.collections);
  }

  upsert(collection: string, items: UpsertItem[], opts: CallOptions = {}): Promise<{ upserted: number; count: number }> {
    return this.call('POST', `/vectors/${seg(collection)}/upsert`, upsertResponseSchema, { timeoutMs: TIMEOUTS.batch, ...opts, body: { items } });
  }

  remove(collection: string, ids: string[], opts: CallOptions = {}): Promise<{ removed: number; count: number }> {
    return this.call('POST', `/vectors/${seg(collection)}/remove`, removeResponseSchema, { ...opts, body: { ids } });
  }

  search(collection: string, query: SearchQuery | { vector: Float32Array; k?: number; filter?: SearchQuery['filter'] }, opts: CallOptions = {}): Promise<SearchHit[]> {
    const body = query.vector instanceof Float32Array ? { ...query, vector: encodeVector(query.vector) } : query;
    return this.call('POST', `/vectors/${seg(collection)}/search`, searchResponseSchema, { timeoutMs: TIMEOUTS.llm, ...opts, body }).then((r) => r.results);
  }

  stats(collection: string, opts: CallOptions = {}): Promise<CollectionStats> {
    return this.call('GET', `/vectors/${seg(collection)}/stats`, collectionStatsSchema, opts);
  }

  rebuild(collection: string, opts: CallOptions = {}): Promise<CollectionStats> {
    return this.call('POST', `/vectors/${seg(collection)}/rebuild`, collectionStatsSchema, { timeoutMs: TIMEOUTS.batch, ...opts });
  }

  clear(collection: string, opts: CallOptions = {}): Promise<{ removed: number; count: number }> {
    return this.call('DELETE', `/vectors/${seg(collection)}`, removeResponseSchema, opts);
  }

  score(req: ScoreRequest, opts: CallOptions = {}): Promise<ScoreResponse> {
    return this.call('POST', '/score', scoreResponseSchema, { timeoutMs: this.llmTimeout, ...opts, body: req });
  }

  enhance(req: EnhanceRequest, opts: CallOptions = {}): Promise<EnhanceResponse> {
    return this.call('POST', '/enhance', enhanceResponseSchema, { timeoutMs: this.llmTimeout, ...opts, body: req });
  }

  /** One reply of the configured LLM (503 when none is configured, 504 past its timeout). */
  chat(req: ChatRequest, opts: CallOptions = {}): Promise<ChatResponse> {
    return this.call('POST', '/llm/chat', chatResponseSchema, { timeoutMs: this.llmTimeout, ...opts, body: req });
  }

  /** The LLM's reply as it is written (sidecar/chatStream.ts): deltas to `onDelta`, then the whole text. */
  chatStream(req: ChatRequest, onDelta: (text: string) => void, opts: Omit<CallOptions, 'body'> = {}): Promise<ChatStreamResult> {
    return streamChat(this.endpoint, req, onDelta, { timeoutMs: opts.timeoutMs ?? this.llmTimeout, ...(opts.signal ? { signal: opts.signal } : {}) }).catch((e: unknown) => {
      if (e instanceof SidecarError && e.kind !== 'http') this.invalidate();
      throw e;
    });
  }

  /** A dataset file's (or hub dataset's) records embedded into a collection; the counts say what was kept and why not. */
  ingestDataset(req: IngestDatasetRequest, opts: CallOptions = {}): Promise<IngestDatasetResponse> {
    return this.call('POST', '/ingest/dataset', ingestDatasetResponseSchema, { timeoutMs: INGEST_TIMEOUT_MS, ...opts, body: req });
  }

  /** Replaces the axe-rules collection with these axe-core rules (src/core/a11y/axeRules.ts). */
  ingestAxeRules(req: IngestAxeRulesRequest, opts: CallOptions = {}): Promise<IngestAxeRulesResponse> {
    return this.call('POST', '/ingest/axe-rules', ingestAxeRulesResponseSchema, { timeoutMs: TIMEOUTS.batch, ...opts, body: req });
  }

  /** The axe-core version the axe-rules collection holds, if any. */
  axeRulesStatus(opts: CallOptions = {}): Promise<AxeRulesStatus> {
    return this.call('GET', '/ingest/axe-rules', axeRulesStatusSchema, opts);
  }

  /** Checks the data (a 422 says what is wrong, by line) and starts a LoRA job; 409 while one runs. */
  trainStart(req: TrainStartRequest, opts: CallOptions = {}): Promise<TrainJob> {
    return this.call('POST', '/train/start', trainJobSchema, { timeoutMs: TIMEOUTS.batch, ...opts, body: req });
  }

  trainStatus(id: string, opts: CallOptions = {}): Promise<TrainJob> {
    return this.call('GET', `/train/status/${seg(id)}`, trainJobSchema, opts);
  }

  /** Cooperative: the job stops at its next step (poll trainStatus); a finished job answers as it is. */
  trainCancel(id: string, opts: CallOptions = {}): Promise<TrainJob> {
    return this.call('POST', `/train/cancel/${seg(id)}`, trainJobSchema, opts);
  }

  trainSummary(opts: CallOptions = {}): Promise<TrainSummary> {
    return this.call('GET', '/train/summary', trainSummarySchema, opts);
  }

  trainAdapters(opts: CallOptions = {}): Promise<AdapterInfo[]> {
    return this.call('GET', '/train/adapters', adaptersResponseSchema, opts).then((r) => r.adapters);
  }

  /** 409 for the adapter the local LLM provider uses (SIZA_ML_LLM_ADAPTER). */
  deleteAdapter(name: string, opts: CallOptions = {}): Promise<void> {
    return this.call('DELETE', `/train/adapters/${seg(name)}`, adapterDeletedSchema, opts).then(() => undefined);
  }

  recordMetric(event: MetricEvent, opts: CallOptions = {}): Promise<void> {
    return this.call('POST', '/metrics/record', metricAckSchema, { ...opts, body: event }).then(() => undefined);
  }

  metricsReport(since?: string, opts: CallOptions = {}): Promise<MetricsReport> {
    const q = since === undefined ? '' : `?since=${encodeURIComponent(since)}`;
    return this.call('GET', `/metrics/report${q}`, metricsReportSchema, opts);
  }

  /** Cached for 30 s after a success; any failed call drops the cache at once. */
  async isAvailable(): Promise<boolean> {
    if (this.now() < this.availableUntil) return true;
    try {
      await this.health({ timeoutMs: 2_000 });
      return true;
    } catch {
      return false;
    }
  }

  invalidate(): void {
    this.availableUntil = 0;
  }

  async call<S extends z.ZodType>(method: 'GET' | 'POST' | 'DELETE', path: string, schema: S, opts: CallOptions = {}): Promise<z.infer<S>> {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? TIMEOUTS.default);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let res;
    try {
      res = await request(`${this.endpoint.baseUrl}${path}`, {
        method,
        signal,
        headers: {
          authorization: `Bearer ${this.endpoint.token}`,
          ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
    } catch (e) {
      this.invalidate();
      if (timeout.aborted) throw new SidecarError('timeout', `${method} ${path} timed out`);
      throw new SidecarError('unavailable', `${method} ${path}: ${(e as Error).message}`);
    }
    const text = await res.body.text().catch(() => '');
    if (res.statusCode >= 400) {
      this.invalidate();
      const parsed = errorSchema.safeParse(safeJson(text));
      const detail = parsed.success ? JSON.stringify(parsed.data.detail) : text.slice(0, 200);
      throw new SidecarError('http', `${method} ${path} → ${res.statusCode}: ${detail}`, res.statusCode);
    }
    const parsed = schema.safeParse(safeJson(text));
    if (!parsed.success) {
      this.invalidate();
      throw new SidecarError('protocol', `${method} ${path}: unexpected response: ${parsed.error.message}`);
    }
    this.availableUntil = this.now() + AVAILABILITY_TTL_MS;
    return parsed.data;
  }
}

/** A collection name as one path segment (the sidecar validates the name itself). */
function seg(name: string): string {
  return encodeURIComponent(name);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
