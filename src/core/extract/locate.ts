/** Finding a component again in a file that may have changed since its position was recorded. */
import type { Component } from './types';

/** The component called `name` whose start is nearest to 0-based `line`; undefined when none has that name. */
export function closestNamed<C extends Pick<Component, 'name' | 'range'>>(components: readonly C[], name: string, line: number): C | undefined {
  let best: C | undefined;
  for (const c of components) {
    if (c.name !== name) continue;
    if (!best || Math.abs(c.range.start.line - line) < Math.abs(best.range.start.line - line)) best = c;
  }
  return best;
}
