import { z } from 'zod';
import { FRAMEWORKS } from '../core/frameworks';
import type { Tier } from '../core/inference';
import { readyMessage } from '../webviews/protocol';
import type { Generation } from './types';

/**
 * The generate panel: the messages to and from its webview (src/webview-ui/generate.ts), defined once.
 * The browser side imports the types; the host parses what the webview sends with the schema.
 */

/** A generation as the result panel shows it (src/generate/types.ts Generation, minus the component data and with a short score). */
export type GenerationView = Pick<
  Generation,
  'name' | 'description' | 'enhanced' | 'framework' | 'fileName' | 'code' | 'source' | 'basedOn' | 'changes' | 'llm' | 'validation' | 'retrievalTier' | 'ms' | 'coverage'
> & { score?: { score: number; tier: Tier; violations: number; source: string } };

export interface GenerateModel {
  generation: GenerationView;
  /** The preview document (the component's HTML snapshot + its Tailwind CSS) for a sandboxed iframe's srcdoc. */
  previewHtml?: string;
  /** Why there is no preview (LLM code in a framework the preview cannot render). */
  previewNote?: string;
  /** Where Insert at Cursor writes ("Card.tsx:12"), if there is an editor to write into. */
  insertTarget?: string;
  /** Where Save as File would write (workspace-relative), if there is a workspace folder. */
  saveTarget?: string;
}
export type GenerateAction = 'insert' | 'save' | 'copy' | 'regenerate' | 'reject' | 'showScore';

/** A generation while it runs: the stage, the library retrieval as soon as it is known, the LLM's text so far. */
export interface GenerateProgressView {
  description: string;
  framework: Generation['framework'];
  stage: 'retrieving' | 'writing' | 'checking' | 'repairing' | 'cancelled' | 'failed';
  /** 0: the first reply; 1 and 2: repair rounds. */
  round: number;
  basedOn?: Generation['basedOn'];
  /** The current reply as streamed so far (its tail, when long). */
  text: string;
  /** Why it stopped (stage 'failed'). */
  message?: string;
  seconds: number;
}

export type GenerateToWebview =
  | { type: 'show'; model: GenerateModel }
  | { type: 'progress'; progress: GenerateProgressView }
  | { type: 'busy'; message: string }
  | { type: 'actionDone'; action: GenerateAction | 'framework' | 'openLibrary' | 'setupModel'; ok: boolean; message: string };

export const generateFromWebview = z.discriminatedUnion('type', [
  readyMessage,
  z.object({ type: z.literal('insert') }).strict(),
  z.object({ type: z.literal('save') }).strict(),
  z.object({ type: z.literal('copy') }).strict(),
  z.object({ type: z.literal('regenerate') }).strict(),
  z.object({ type: z.literal('reject') }).strict(),
  z.object({ type: z.literal('showScore') }).strict(),
  z.object({ type: z.literal('cancel') }).strict(),
  z.object({ type: z.literal('framework'), framework: z.enum(FRAMEWORKS) }).strict(),
  // not covered: open one of the closest library components as it is, or set up a model
  z.object({ type: z.literal('openLibrary'), name: z.string().regex(/^[A-Z][A-Za-z0-9]{0,79}$/) }).strict(),
  z.object({ type: z.literal('setupModel') }).strict(),
]);
export type GenerateFromWebview = z.infer<typeof generateFromWebview>;
