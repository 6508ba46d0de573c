import { z } from 'zod';

/**
 * What every webview shares: the names of the views (one script each in src/webview-ui), the 'ready'
 * message each sends when its page loads, and how the host parses a message. Each feature's messages
 * are in its own protocol.ts (quality/, enhance/, similar/, generate/, metrics/, training/).
 */

export type WebviewName = 'score' | 'enhance' | 'similar' | 'generate' | 'metrics' | 'training';

/** Sent by every page when it has loaded; the host answers with the current model. Never trusted, always parsed. */
export const readyMessage = z.object({ type: z.literal('ready') }).strict();

/** A webview message, parsed; or why it does not fit the schema (for the log). */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; message: T } | { ok: false; error: string } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}
