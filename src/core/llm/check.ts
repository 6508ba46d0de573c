/**
 * "Check the LLM endpoint": is the configured Ollama or OpenAI-compatible server reachable, does it have the model,
 * and does it answer a one-line request? Each step says exactly what is wrong and what to do, so setting up a model
 * is a guided step and not a guess. Pure: the HTTP client is passed in (global fetch in the extension).
 */
import { z } from 'zod';

export type CheckProvider = 'ollama' | 'openai';

export interface CheckInput {
  provider: CheckProvider;
  /** The base URL as configured (an OpenAI-compatible one with or without /v1). */
  url: string;
  model: string;
  apiKey?: string;
  /** Per request. */
  timeoutMs: number;
  fetch: typeof fetch;
  signal?: AbortSignal;
}

export type StepName = 'reachable' | 'model' | 'reply';

export interface CheckStep {
  step: StepName;
  ok: boolean;
  /** What was found, in a sentence. */
  detail: string;
}

export interface CheckResult {
  ok: boolean;
  steps: CheckStep[];
  /** The first failure's fix, in a sentence; absent when every step passed. */
  fix?: string;
  /** The models the server lists, where it lists them. */
  models?: string[];
  /** The test reply, where there was one. */
  reply?: string;
}

/** The one-line request: short, so that even a small local model answers in seconds. */
export const TEST_PROMPT = 'Reply with the single word: ready';

const OllamaTags = z.object({ models: z.array(z.object({ name: z.string() })) });
const OpenAiModels = z.object({ data: z.array(z.object({ id: z.string() })) });
const OllamaChat = z.object({ message: z.object({ content: z.string() }) });
const OpenAiChat = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1) });

class StepFailure extends Error {
  constructor(
    readonly detail: string,
    readonly fix: string,
  ) {
    super(detail);
  }
}

/** Both "http://host" and "http://host/v1" are common spellings of an OpenAI-compatible base URL (as the sidecar reads it). */
function openAiBase(url: string): string {
  const base = url.replace(/\/+$/, '');
  return base.endsWith('/v1') ? base : `${base}/v1`;
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code;
  if (err.name === 'TimeoutError') return 'no answer within the time limit';
  if (code === 'ECONNREFUSED') return 'the connection was refused (nothing listens there)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code && /CERT|SSL|TLS/.test(code)) return `the TLS certificate was refused (${code})`;
  return err.cause?.message ?? err.message ?? String(e);
}

export async function checkEndpoint(input: CheckInput): Promise<CheckResult> {
  const steps: CheckStep[] = [];
  const result: CheckResult = { ok: false, steps };
  const name = input.provider === 'ollama' ? 'Ollama' : 'the OpenAI-compatible endpoint';
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(input.apiKey ? { authorization: `Bearer ${input.apiKey}` } : {}) };
  const call = async (url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown; text: string }> => {
    let res: Response;
    try {
      const signals = [AbortSignal.timeout(input.timeoutMs), ...(input.signal ? [input.signal] : [])];
      res = await input.fetch(url, { ...init, headers, signal: AbortSignal.any(signals) });
    } catch (e) {
      if (input.signal?.aborted) throw e;
      throw new StepFailure(`${url}: ${describe(e)}`, fixForUnreachable(input));
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text };
  };
  const fail = (step: StepName, e: unknown): CheckResult => {
    if (!(e instanceof StepFailure)) throw e;
    steps.push({ step, ok: false, detail: e.detail });
    result.fix = e.fix;
    return result;
  };

  if (!input.url) {
    steps.push({ step: 'reachable', ok: false, detail: 'No URL is set.' });
    result.fix = 'Set siza.llm.url to the base URL of the endpoint (for example https://api.example.com).';
    return result;
  }
  // 1. reachable, and the kind of server it should be: its model list
  const listUrl = input.provider === 'ollama' ? `${input.url.replace(/\/+$/, '')}/api/tags` : `${openAiBase(input.url)}/models`;
  try {
    const r = await call(listUrl);
    refused(r.status, input, listUrl);
    const parsed = (input.provider === 'ollama' ? OllamaTags : OpenAiModels).safeParse(r.body);
    if (r.status !== 200 || !parsed.success) {
      throw new StepFailure(
        `${listUrl} answered ${r.status}${r.body === undefined ? ' with something that is not JSON' : ' but not with a model list'} (${snippet(r.text)})`,
        `siza.llm.url does not look like ${name}'s base URL: ${input.provider === 'ollama' ? 'Ollama listens on http://127.0.0.1:11434 by default' : 'it is the part before /v1/chat/completions'}.`,
      );
    }
    result.models = 'models' in parsed.data ? parsed.data.models.map((m) => m.name) : parsed.data.data.map((m) => m.id);
    steps.push({ step: 'reachable', ok: true, detail: `${name} answers at ${input.url} and lists ${result.models.length} model${result.models.length === 1 ? '' : 's'}.` });
  } catch (e) {
    return fail('reachable', e);
  }
  // 2. the model is there
  if (!input.model) {
    steps.push({ step: 'model', ok: false, detail: 'No model is set.' });
    result.fix = `Set siza.llm.model to one of the models the server lists${result.models.length ? `: ${result.models.slice(0, 8).join(', ')}` : ''}.`;
    return result;
  }
  const present = result.models.some((m) => sameModel(m, input.model, input.provider));
  if (!present) {
    steps.push({ step: 'model', ok: false, detail: `The server does not list the model "${input.model}"${result.models.length ? `; it lists ${result.models.slice(0, 8).join(', ')}${result.models.length > 8 ? ', …' : ''}` : '; it lists none'}.` });
    result.fix = input.provider === 'ollama' ? `Pull it: ollama pull ${input.model} (or set siza.llm.model to one it has).` : 'Set siza.llm.model to a model the endpoint lists.';
    return result;
  }
  steps.push({ step: 'model', ok: true, detail: `The model "${input.model}" is there.` });
  // 3. a one-line reply
  const messages = [{ role: 'user', content: TEST_PROMPT }];
  const chatUrl = input.provider === 'ollama' ? `${input.url.replace(/\/+$/, '')}/api/chat` : `${openAiBase(input.url)}/chat/completions`;
  const payload = input.provider === 'ollama' ? { model: input.model, messages, stream: false, options: { num_predict: 8, temperature: 0 } } : { model: input.model, messages, max_tokens: 8, temperature: 0 };
  try {
    const t0 = Date.now();
    const r = await call(chatUrl, { method: 'POST', body: JSON.stringify(payload) });
    refused(r.status, input, chatUrl);
    const parsed = input.provider === 'ollama' ? OllamaChat.safeParse(r.body) : OpenAiChat.safeParse(r.body);
    if (r.status !== 200 || !parsed.success) {
      throw new StepFailure(`${chatUrl} answered ${r.status} without a reply (${snippet(r.text)})`, 'The server lists the model but does not answer with it: its message above says why (the model may still be loading, or too large for the machine).');
    }
    const reply = ('message' in parsed.data ? parsed.data.message.content : (parsed.data.choices[0]!.message.content ?? '')).trim();
    if (!reply) throw new StepFailure(`${chatUrl} answered with an empty reply`, 'The model answers nothing: try another model.');
    result.reply = reply;
    steps.push({ step: 'reply', ok: true, detail: `It replied "${snippet(reply, 60)}" in ${((Date.now() - t0) / 1000).toFixed(1)} s.` });
  } catch (e) {
    return fail('reply', e);
  }
  result.ok = true;
  return result;
}

function refused(status: number, input: CheckInput, url: string): void {
  if (status !== 401 && status !== 403) return;
  throw new StepFailure(
    `${url} answered ${status}: ${input.apiKey ? 'the API key was refused' : 'it needs an API key and none is set for this URL'}`,
    input.apiKey ? 'Set the right key with "Siza Gen: Set LLM API Key".' : 'Set one with "Siza Gen: Set LLM API Key" (it is kept in the OS keychain, sent only to this URL).',
  );
}

function fixForUnreachable(input: CheckInput): string {
  return input.provider === 'ollama'
    ? `Start Ollama (ollama serve) or set siza.llm.url to where it runs (default http://127.0.0.1:11434).`
    : 'Check siza.llm.url (scheme, host, port) and that the server is running and reachable from this machine.';
}

/** Ollama names a model "name:tag" and "name" means "name:latest". */
function sameModel(listed: string, wanted: string, provider: CheckProvider): boolean {
  if (listed === wanted) return true;
  return provider === 'ollama' && (listed === `${wanted}:latest` || `${listed}:latest` === wanted);
}

function snippet(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t || 'empty';
}
