import { z } from 'zod';

/** POST /llm/chat (python/siza_ml/schemas/llm.py): one reply of the configured LLM. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  max_tokens?: number;
  temperature?: number;
  /** The reply as NDJSON lines while the model writes (SidecarClient.chatStream sets it). */
  stream?: boolean;
}

export const chatResponseSchema = z.object({
  text: z.string(),
  provider: z.string(),
  model: z.string(),
});
export type ChatResponse = z.infer<typeof chatResponseSchema>;

/**
 * POST /llm/chat with `stream: true`: NDJSON lines (python/siza_ml/schemas/llm.py ChatStreamLine),
 * deltas while the model writes, then `done` with the whole text, or `error` once the 200 was sent.
 */
export const chatStreamLineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('done'), text: z.string(), provider: z.string(), model: z.string(), finish_reason: z.string().nullable().optional() }),
  z.object({ type: z.literal('error'), status: z.union([z.literal(502), z.literal(504)]), detail: z.string() }),
]);
export type ChatStreamLine = z.infer<typeof chatStreamLineSchema>;

/** A streamed reply once it finished (`finishReason` 'length': cut at max_tokens). */
export interface ChatStreamResult extends ChatResponse {
  finishReason?: string;
}
