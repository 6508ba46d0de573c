import type { Settings } from '../../config';
import { llmEndpoint } from '../../sidecar/apiKey';
import type { DirectLlm } from './direct';

/**
 * The in-process tier's LLM from the settings: an Ollama or OpenAI-compatible endpoint with a model,
 * and the key only for the origin it was saved for (the same rule as the sidecar's launch).
 */
export function directLlmFrom(llm: () => Settings['llm'], key: () => Promise<string | undefined>): { configured(): boolean; endpoint(): Promise<DirectLlm | undefined> } {
  const usable = (l: Settings['llm']): l is Settings['llm'] & { provider: 'ollama' | 'openai' } =>
    (l.provider === 'ollama' || l.provider === 'openai') && Boolean(llmEndpoint(l)) && Boolean(l.model);
  return {
    configured: () => usable(llm()),
    endpoint: async () => {
      const l = llm();
      if (!usable(l)) return undefined;
      const k = await key();
      return { provider: l.provider, url: llmEndpoint(l), model: l.model, ...(k ? { key: k } : {}), timeoutMs: l.timeoutSeconds * 1000 };
    },
  };
}
