import { z } from 'zod';
import { axeRef } from './axeRules';
import { IMPACTS, type A11yFinding } from './finding';

/**
 * An analyser's rule → axe-core map (`<name>.axe.json` beside it): an axe rule id, or, for a rule with
 * no axe-core counterpart, the impact judged for it. Validated on load: an id axe-core does not know
 * is an error, so an axe-core upgrade that renames a rule fails loudly instead of losing the cap.
 */
const entry = z.union([z.string().min(1), z.object({ impact: z.enum(IMPACTS), why: z.string().min(1) }).strict()]);
const mapSchema = z.object({ axe: z.record(z.string(), entry) }).loose();

export type AxeFields = Pick<A11yFinding, 'axe' | 'impact'>;

export interface AxeMap {
  /** The rules the map lists (without the analyser's prefix). */
  readonly rules: readonly string[];
  /**
   * What a finding of `rule` (without prefix) carries: its axe-core rule, or its judged impact; {} when unlisted.
   * A key `rule:qualifier` (an element, a messageId) refines it: the first qualifier the map has wins.
   */
  lookup(rule: string, qualifiers?: readonly (string | undefined)[]): AxeFields;
}

/** The element a finding starts at, when `text` has `<element` at `offset` (attribute findings start elsewhere). */
export function elementAt(text: string, offset: number): string | undefined {
  return /^<([A-Za-z][\w-]*)/.exec(text.slice(offset, offset + 64))?.[1]?.toLowerCase();
}

export function loadAxeMap(json: unknown, name: string): AxeMap {
  const parsed = mapSchema.parse(json);
  const fields = new Map<string, AxeFields>();
  for (const [rule, e] of Object.entries(parsed.axe)) {
    if (typeof e === 'string') {
      const ref = axeRef(e);
      if (!ref) throw new Error(`${name}.axe.json: ${rule} → ${e}, which axe-core does not have`);
      fields.set(rule, { axe: ref });
    } else fields.set(rule, { impact: e.impact });
  }
  const lookup = (rule: string, qualifiers: readonly (string | undefined)[] = []): AxeFields => {
    for (const q of qualifiers) {
      const refined = q === undefined ? undefined : fields.get(`${rule}:${q}`);
      if (refined) return refined;
    }
    return fields.get(rule) ?? {};
  };
  return { rules: [...fields.keys()], lookup };
}
