import type { Settings } from '../config';

/** Where the LLM API key lives: VS Code's secret storage (the OS keychain), never a setting or a file. */
export const LLM_API_KEY_SECRET = 'siza.llm.apiKey';

/** The sidecar's own default for an Ollama provider without a URL (python/siza_ml/services/llm/service.py). */
export const OLLAMA_DEFAULT_URL = 'http://127.0.0.1:11434';

/** The providers that send the key (as a bearer token); `none` and `local` never see it. */
const KEYED_PROVIDERS: ReadonlySet<Settings['llm']['provider']> = new Set(['ollama', 'openai']);

/** The subset of vscode.SecretStorage used here, so this module tests in plain Node. */
export interface SecretStore {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
}

type Llm = Pick<Settings['llm'], 'provider' | 'url'>;

/** What is stored: the key and the origin (scheme://host:port) of the endpoint it was saved for. */
interface BoundKey {
  v: 1;
  origin: string;
  key: string;
}

/** The URL the sidecar will send LLM requests to for these settings ('' when there is none). */
export function llmEndpoint(llm: Llm): string {
  if (!KEYED_PROVIDERS.has(llm.provider)) return '';
  return llm.url || (llm.provider === 'ollama' ? OLLAMA_DEFAULT_URL : '');
}

/** scheme://host:port of an http(s) URL, the port always written out; undefined for anything else. */
export function originOf(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  return `${u.protocol}//${u.hostname}:${port}`;
}

export type SaveResult = { ok: true; origin: string } | { ok: false; reason: string };

/** Stores the key bound to the current endpoint's origin; refuses when there is no http(s) endpoint to bind to. */
export async function saveApiKey(secrets: SecretStore, key: string, llm: Llm): Promise<SaveResult> {
  const origin = originOf(llmEndpoint(llm));
  if (!origin) {
    return { ok: false, reason: 'Set siza.llm.provider to ollama or openai and siza.llm.url to its http(s) address first: the key is only ever sent to the endpoint it was saved for.' };
  }
  const value: BoundKey = { v: 1, origin, key };
  await secrets.store(LLM_API_KEY_SECRET, JSON.stringify(value));
  return { ok: true, origin };
}

export async function deleteApiKey(secrets: SecretStore): Promise<void> {
  await secrets.delete(LLM_API_KEY_SECRET);
}

/**
 * The key for this launch: given only when the provider sends one and its endpoint has the origin the key
 * was saved for. Otherwise `withheld` says why (undefined when there is simply no key or no keyed provider).
 * A key stored by an earlier version (a bare string, no origin) is never sent: it is unbound until the
 * user sets it again with Siza Gen: Set LLM API Key, which binds it to the endpoint configured then.
 */
export async function apiKeyFor(secrets: SecretStore, llm: Llm): Promise<{ key?: string; withheld?: string }> {
  const raw = await secrets.get(LLM_API_KEY_SECRET);
  if (!raw || !KEYED_PROVIDERS.has(llm.provider)) return {};
  const stored = parse(raw);
  if (!stored) return { withheld: 'The saved LLM API key is not bound to an endpoint (it was saved by an earlier version), so it is not sent. Set it again to use it.' };
  const target = originOf(llmEndpoint(llm));
  if (target !== stored.origin) {
    return { withheld: `The LLM API key was saved for ${stored.origin}, not ${target ?? 'this endpoint'} (siza.llm.url), so it is not sent. Set it again for the new endpoint.` };
  }
  return { key: stored.key };
}

function parse(raw: string): BoundKey | undefined {
  try {
    const v = JSON.parse(raw) as Partial<BoundKey> | null;
    if (v && v.v === 1 && typeof v.origin === 'string' && typeof v.key === 'string' && v.key) return v as BoundKey;
  } catch {
    // a bare key from an earlier version
  }
  return undefined;
}
