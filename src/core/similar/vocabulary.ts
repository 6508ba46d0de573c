/**
 * UI terms of art (vocabulary.json): a component named with one ("Skeleton", "Kebab", "ChipGroup") gets, on its
 * card, the other names the same thing goes by and what it is in plain words, so a description that never uses
 * the term still finds it, in the lexical and the dense half alike.
 */
import { z } from 'zod';
import vocabularyJson from './vocabulary.json';

const vocabulary = z
  .object({ entries: z.array(z.object({ terms: z.array(z.string().min(1)).min(1), means: z.string().min(1) })) })
  .parse(vocabularyJson).entries;

/** At most this many entries per component: the name's own terms first, then its folders'. */
const MAX_ENTRIES = 3;

const tokens = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const termTokens = vocabulary.map((e) => e.terms.map(tokens));

/** Each entry's terms as lower-case word sequences ("date picker" → ["date", "picker"]), for other readers of the data. */
export const VOCABULARY_TERMS: readonly (readonly (readonly string[])[])[] = termTokens;

/** The entries (their indices) with a term found in `words`, the longest match first. */
export function entriesIn(words: readonly string[]): number[] {
  const list = [...words];
  return vocabulary
    .map((_, i) => ({ i, n: longestMatch(list, i) }))
    .filter((m) => m.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((m) => m.i);
}

/** Whether `seq` occurs in `words` as consecutive words. */
function occursIn(words: string[], seq: string[]): boolean {
  for (let i = 0; i + seq.length <= words.length; i++) if (seq.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/** The longest term of an entry found in `words` (its word count), 0 when none is. */
function longestMatch(words: string[], entry: number): number {
  let best = 0;
  for (const seq of termTokens[entry]!) if (seq.length > best && occursIn(words, seq)) best = seq.length;
  return best;
}

/**
 * The card line for a component whose name or path words hold terms of art: "also called: …; means: …". Longer
 * terms win ("split button" before "button"); the name's terms before the path's. Empty when no term is known.
 */
export function meaningsOf(nameWords: string, pathWords: readonly string[]): string {
  const name = tokens(nameWords);
  const where = tokens(pathWords.join(' '));
  const ranked = vocabulary
    .map((_, i) => ({ i, inName: longestMatch(name, i), inPath: longestMatch(where, i) }))
    .filter((m) => m.inName > 0 || m.inPath > 0)
    .sort((a, b) => b.inName - a.inName || b.inPath - a.inPath || a.i - b.i)
    .slice(0, MAX_ENTRIES);
  return ranked.map(({ i }) => `${vocabulary[i]!.terms.join(', ')}: ${vocabulary[i]!.means}`).join('. ');
}
