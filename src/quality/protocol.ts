import { z } from 'zod';
import type { Tier } from '../core/inference';
import type { CalibratedScore } from '../core/quality/calibrate';
import { readyMessage } from '../webviews/protocol';

/**
 * The score panel: the messages to and from its webview (src/webview-ui/score.ts), defined once.
 * The browser side imports the types; the host parses what the webview sends with the schema.
 */

export interface ScoreView {
  title: string;
  uri?: string;
  fileLabel?: string;
  component?: string;
  /** 0-based document line where the scored code starts; violations' lines are 1-based within it. */
  startLine?: number;
  result: CalibratedScore & { tier: Tier };
}

/** What the score webview renders: the view minus the document location, plus whether lines are links. */
export type ScoreModel = Omit<ScoreView, 'uri' | 'startLine'> & { canReveal: boolean };
export type ScoreToWebview = { type: 'show'; model: ScoreModel };

export const scoreFromWebview = z.discriminatedUnion('type', [
  readyMessage,
  z.object({ type: z.literal('reveal'), line: z.number().int().min(1).max(10_000_000) }).strict(),
]);
export type ScoreFromWebview = z.infer<typeof scoreFromWebview>;
