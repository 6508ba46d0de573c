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
}

export const chatResponseSchema = z.object({
  text: z.string(),
  provider: z.string(),
  model: z.string(),
});
export type ChatResponse = z.infer<typeof chatResponseSchema>;
