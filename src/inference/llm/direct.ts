/**
 * The in-process tier's LLM: the same Ollama (/api/chat, NDJSON lines) and OpenAI-compatible
 * (/v1/chat/completions, server-sent events ending in `data: [DONE]`) endpoints the sidecar calls,
 * streamed from the extension host when the sidecar is not running. Aborting the signal (Cancel, the
 * time budget) destroys the request, so the endpoint sees the connection close and stops writing.
 */
import { request } from 'undici';
import type { ChatRequest, ChatStreamResult } from '../../core/protocol/index';
import { readLines } from '../../core/protocol/lines';

export interface DirectLlm {
  provider: 'ollama' | 'openai';
  /** http(s) base URL ("http://host:11434", "https://host/v1" also accepted for OpenAI). */
  url: string;
  model: string;
  /** Sent as a bearer token, only to the origin it was saved for (sidecar/apiKey.ts decides). */
  key?: string;
  timeoutMs: number;
}

/** A failure of the endpoint, said as a person can act on it; `status` when it answered HTTP. */
export class LlmHttpError extends Error {
  override readonly name = 'LlmHttpError';
  constructor(
    message: string,
    readonly status?: number,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** A reply is small; more than this is a misbehaving endpoint, not an answer (as the sidecar's MAX_RESPONSE_BYTES). */
const MAX_STREAM_CHARS = 2 * 1024 * 1024;

export function endpointUrl(cfg: Pick<DirectLlm, 'provider' | 'url'>): string {
  const base = cfg.url.replace(/\/+$/, '');
  if (cfg.provider === 'ollama') return `${base}/api/chat`;
  return `${base.replace(/\/v1$/, '')}/v1/chat/completions`;
}

function body(cfg: DirectLlm, req: ChatRequest): unknown {
  const maxTokens = req.max_tokens ?? 1024;
  const temperature = req.temperature ?? 0.2;
  if (cfg.provider === 'ollama') return { model: cfg.model, messages: req.messages, stream: true, options: { temperature, num_predict: maxTokens } };
  return { model: cfg.model, messages: req.messages, stream: true, max_tokens: maxTokens, temperature };
}

interface Piece {
  text: string;
  finish?: string;
  done: boolean;
}

/** One streamed line as text (undefined: a keep-alive, a comment, an empty line). */
export function parseStreamLine(provider: DirectLlm['provider'], line: string): Piece | undefined {
  if (provider === 'ollama') {
    if (!line.trim()) return undefined;
    const d = json(line) as { message?: { content?: string }; done?: boolean; done_reason?: string; error?: string };
    if (d.error) throw new LlmHttpError(`ollama: ${d.error}`);
    return { text: d.message?.content ?? '', ...(d.done && d.done_reason ? { finish: d.done_reason } : {}), done: Boolean(d.done) };
  }
  if (!line.startsWith('data:')) return undefined;
  const data = line.slice(5).trim();
  if (data === '[DONE]') return { text: '', done: true };
  const d = json(data) as { choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[]; error?: { message?: string } };
  if (d.error) throw new LlmHttpError(`openai: ${d.error.message ?? 'error'}`);
  const c = d.choices?.[0];
  if (!c) return undefined;
  return { text: c.delta?.content ?? '', ...(c.finish_reason ? { finish: c.finish_reason } : {}), done: false };
}

function json(text: string): unknown {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'object' && v !== null) return v;
  } catch {
    // fall through
  }
  throw new LlmHttpError(`the endpoint streamed malformed JSON: ${text.slice(0, 80)}`);
}

export async function streamDirect(cfg: DirectLlm, req: ChatRequest, onDelta: (text: string) => void, signal?: AbortSignal): Promise<ChatStreamResult> {
  const timeout = AbortSignal.timeout(cfg.timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const target = endpointUrl(cfg);
  const late = () => new LlmHttpError(`${cfg.provider} did not finish within ${Math.round(cfg.timeoutMs / 1000)} s`, undefined, true);
  let res;
  try {
    res = await request(target, {
      method: 'POST',
      signal: both,
      headers: { 'content-type': 'application/json', ...(cfg.key ? { authorization: `Bearer ${cfg.key}` } : {}) },
      body: JSON.stringify(body(cfg, req)),
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    if (timeout.aborted) throw late();
    throw new LlmHttpError(`cannot reach ${cfg.provider} at ${cfg.url}: ${(e as Error).message}`);
  }
  let text = '';
  let finish: string | undefined;
  try {
    if (res.statusCode !== 200) {
      const detail = (await res.body.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
      throw new LlmHttpError(`${cfg.provider} answered HTTP ${res.statusCode}: ${detail}`, res.statusCode);
    }
    for await (const line of readLines(res.body)) {
      const p = parseStreamLine(cfg.provider, line);
      if (!p) continue;
      if (p.text) {
        text += p.text;
        if (text.length > MAX_STREAM_CHARS) throw new LlmHttpError(`${cfg.provider} streamed more than ${MAX_STREAM_CHARS} characters`);
        onDelta(p.text);
      }
      finish = p.finish ?? finish;
      if (p.done) break;
    }
  } catch (e) {
    if (e instanceof LlmHttpError || signal?.aborted) throw e;
    if (timeout.aborted) throw late();
    throw new LlmHttpError(`${cfg.provider} stream failed: ${(e as Error).message}`);
  } finally {
    res.body.destroy();
  }
  return { text, provider: cfg.provider, model: `${cfg.provider}:${cfg.model}`, ...(finish ? { finishReason: finish } : {}) };
}
