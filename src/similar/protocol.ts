import { z } from 'zod';
import type { Range } from '../core/extract/types';
import type { Tier } from '../core/inference';
import { MAX_QUERY_CHARS } from '../core/similar/query';

/**
 * The Find Similar sidebar: the messages to and from its webview (src/webview-ui/similar.ts), defined once.
 * The browser side imports the types; the host parses what the webview sends with the schema.
 */

export interface SimilarResult {
  id: string;
  name: string;
  fileLabel: string;
  uri: string;
  range: Range;
  /** Cosine similarity of meaning, where the dense half found it among its best (absent for a match on words alone). */
  similarity?: number;
  /** Why it matched: the query's words the component's card shares, with the card fields ("chip (name, means)"). */
  matched?: string[];
  score?: number;
  framework: string;
  preview: string;
  duplicate?: boolean;
  source: 'workspace' | 'library';
}

/** A result as the sidebar shows it: where it lives stays on the host, which opens it by id. */
export type SimilarItem = Omit<SimilarResult, 'uri' | 'range'>;
export interface SimilarState {
  query: string;
  /** "Similar to <name>" when the results are a component's neighbours rather than a search. */
  title?: string;
  status: 'idle' | 'searching' | 'done' | 'error';
  tier?: Tier;
  results: SimilarItem[];
  error?: string;
  /** What the person should know about how the query was read (cut short, another script, …). */
  notices?: string[];
}
export type SimilarToWebview = { type: 'state'; state: SimilarState };

export { MAX_QUERY_CHARS };

export const similarFromWebview = z.discriminatedUnion('type', [
  // the query the webview restored from its own state, so a reloaded host can search it again
  z.object({ type: z.literal('ready'), query: z.string().max(MAX_QUERY_CHARS).optional() }).strict(),
  // `length`: the pasted text's whole length, when the webview cut it to MAX_QUERY_CHARS
  z.object({ type: z.literal('search'), query: z.string().max(MAX_QUERY_CHARS), length: z.number().int().positive().optional() }).strict(),
  z.object({ type: z.literal('open'), id: z.string().min(1).max(1000) }).strict(),
]);
export type SimilarFromWebview = z.infer<typeof similarFromWebview>;
