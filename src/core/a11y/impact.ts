import { ANALYSERS } from './analysers';
import type { Impact } from './finding';

/**
 * The impact of an analyser's finding by its rule id (`jsx-a11y/alt-text` → axe-core's image-alt →
 * critical), or undefined when the id is no analyser's. An analyser rule its map does not list is
 * 'moderate': a real finding of unknown weight.
 */
export function analyserImpact(ruleId: string): Impact | undefined {
  for (const { prefix, map } of ANALYSERS) {
    if (!ruleId.startsWith(prefix)) continue;
    const f = map.lookup(ruleId.slice(prefix.length));
    return f.axe?.impact ?? f.impact ?? 'moderate';
  }
  return undefined;
}
