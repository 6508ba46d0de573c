import type { Impact } from './finding';
import { JSX_A11Y_AXE } from './lint';
import type { AxeMap } from './axeMap';

/** Each analyser's rule-id prefix and its map to axe-core (`<name>.axe.json`); one line per analyser. */
const MAPS: ReadonlyMap<string, AxeMap> = new Map([['jsx-a11y/', JSX_A11Y_AXE]]);

/**
 * The impact of an analyser's finding by its rule id (`jsx-a11y/alt-text` → axe-core's image-alt →
 * critical), or undefined when the id is no analyser's. An analyser rule its map does not list is
 * 'moderate': a real finding of unknown weight.
 */
export function analyserImpact(ruleId: string): Impact | undefined {
  for (const [prefix, map] of MAPS) {
    if (!ruleId.startsWith(prefix)) continue;
    const f = map.lookup(ruleId.slice(prefix.length));
    return f.axe?.impact ?? f.impact ?? 'moderate';
  }
  return undefined;
}
