/** Where the enhancer's additions sit in the enhanced prompt: plain string search, no markup. Pure. */

export interface Segment {
  text: string;
  added: boolean;
}

/**
 * Splits `enhanced` into runs, marking each addition's first occurrence not already marked
 * (so a repeated addition marks its next copy). Overlapping or touching marks merge; an
 * addition that is not in the text marks nothing.
 */
export function highlightAdditions(enhanced: string, additions: readonly string[]): Segment[] {
  const marks: [number, number][] = [];
  const covered = (s: number, e: number) => marks.some(([ms, me]) => ms <= s && e <= me);
  for (const a of additions) {
    if (!a) continue;
    let at = enhanced.indexOf(a);
    while (at >= 0 && covered(at, at + a.length)) at = enhanced.indexOf(a, at + 1);
    if (at >= 0) marks.push([at, at + a.length]);
  }
  marks.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of marks) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const segments: Segment[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) segments.push({ text: enhanced.slice(pos, s), added: false });
    segments.push({ text: enhanced.slice(s, e), added: true });
    pos = e;
  }
  if (pos < enhanced.length) segments.push({ text: enhanced.slice(pos), added: false });
  return segments;
}

/** The additions that do not occur in the text (an LLM may paraphrase); the view lists them apart. */
export function missingAdditions(enhanced: string, additions: readonly string[]): string[] {
  return additions.filter((a) => a && !enhanced.includes(a));
}
