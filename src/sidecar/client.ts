import { request } from 'undici';
import type { z } from 'zod';
import { errorSchema, healthSchema, readySchema, type Health, type Ready } from './protocol';

/** Per-call timeouts, as in the seed: quick calls 5 s, LLM calls 10 s, batches longer. */
export const TIMEOUTS = { default: 5_000, llm: 10_000, batch: 60_000 } as const;
export const AVAILABILITY_TTL_MS = 30_000;

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

  health(opts: CallOptions = {}): Promise<Health> {
    return this.call('GET', '/health', healthSchema, opts);
  }

  ready(opts: CallOptions = {}): Promise<Ready> {
    return this.call('GET', '/ready', readySchema, opts);
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
