/**
 * POST /llm/chat with `stream: true`: the sidecar's NDJSON lines read as they arrive. Each delta goes
 * to `onDelta`; the `done` line resolves, an `error` line (the stream had begun) or an HTTP error rejects
 * with a SidecarError of that status. Aborting the signal closes the connection, which ends the sidecar's
 * request to the model's endpoint too.
 */
import { request } from 'undici';
import { chatStreamLineSchema, errorSchema, type ChatRequest, type ChatStreamResult } from '../core/protocol/index';
import { readLines } from '../core/protocol/lines';
import { SidecarError } from './client';

export interface StreamEndpoint {
  baseUrl: string;
  token: string;
}

export async function streamChat(
  endpoint: StreamEndpoint,
  req: ChatRequest,
  onDelta: (text: string) => void,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<ChatStreamResult> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const what = 'POST /llm/chat (stream)';
  let res;
  try {
    res = await request(`${endpoint.baseUrl}/llm/chat`, {
      method: 'POST',
      signal,
      headers: { authorization: `Bearer ${endpoint.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...req, stream: true }),
    });
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    if (timeout.aborted) throw new SidecarError('timeout', `${what} timed out`);
    throw new SidecarError('unavailable', `${what}: ${(e as Error).message}`);
  }
  if (res.statusCode >= 400) {
    const text = await res.body.text().catch(() => '');
    const parsed = errorSchema.safeParse(safeJson(text));
    const detail = parsed.success ? JSON.stringify(parsed.data.detail) : text.slice(0, 200);
    throw new SidecarError('http', `${what} → ${res.statusCode}: ${detail}`, res.statusCode);
  }
  try {
    for await (const line of readLines(res.body)) {
      if (!line.trim()) continue;
      const parsed = chatStreamLineSchema.safeParse(safeJson(line));
      if (!parsed.success) throw new SidecarError('protocol', `${what}: unexpected line: ${line.slice(0, 120)}`);
      const msg = parsed.data;
      if (msg.type === 'delta') onDelta(msg.text);
      else if (msg.type === 'error') throw new SidecarError('http', `${what} → ${msg.status}: ${msg.detail}`, msg.status);
      else return { text: msg.text, provider: msg.provider, model: msg.model, ...(msg.finish_reason ? { finishReason: msg.finish_reason } : {}) };
    }
  } catch (e) {
    if (e instanceof SidecarError || opts.signal?.aborted) throw e;
    if (timeout.aborted) throw new SidecarError('timeout', `${what} timed out`);
    throw new SidecarError('unavailable', `${what}: ${(e as Error).message}`);
  } finally {
    // a reader that stopped early (an error line, a bad line) closes the connection
    res.body.destroy();
  }
  throw new SidecarError('protocol', `${what}: the stream ended without its done line`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
