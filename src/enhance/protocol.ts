import { z } from 'zod';
import type { Range } from '../core/extract/types';
import type { Tier } from '../core/inference';
import type { EnhanceResponse } from '../core/protocol/score';
import { readyMessage } from '../webviews/protocol';

/**
 * The enhance panel: the messages to and from its webview (src/webview-ui/enhance.ts), defined once.
 * The browser side imports the types; the host parses what the webview sends with the schema.
 */

export interface EnhanceView {
  original: string;
  result: EnhanceResponse & { tier: Tier };
  replace?: { uri: string; range: Range };
}

export type EnhanceModel = Omit<EnhanceView, 'replace'> & { canReplace: boolean; replaceLabel?: string };
export type EnhanceAction = 'copy' | 'replace' | 'openUntitled';
export type EnhanceToWebview =
  | { type: 'show'; model: EnhanceModel }
  | { type: 'actionDone'; action: EnhanceAction; ok: boolean; message: string };

export const enhanceFromWebview = z.discriminatedUnion('type', [
  readyMessage,
  z.object({ type: z.literal('copy') }).strict(),
  z.object({ type: z.literal('replace') }).strict(),
  z.object({ type: z.literal('openUntitled') }).strict(),
]);
export type EnhanceFromWebview = z.infer<typeof enhanceFromWebview>;
