/**
 * Near-duplicate detection for components: MinHash over token 3-grams of the code with comments,
 * whitespace and the component's own name taken out, so a copy that was renamed or re-commented
 * still matches, while embeddings (which read the name and the prose) only say "alike".
 */

export const SIGNATURE_SIZE = 64;
/** Estimated Jaccard similarity of the 3-gram sets above which two components are the same code. */
export const DUPLICATE_JACCARD = 0.8;

const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|<!--[\s\S]*?-->/g;
const TOKENS = /[A-Za-z_$][\w$-]*|\d+(?:\.\d+)?|\S/g;

/**
 * Tokens of the code without comments; the component's name becomes one placeholder, and so does its props type
 * (`ButtonProps`, a renamed copy's `LegacyButtonProps`: a rename carries it along). Other identifiers that hold the
 * name stay as they are: thin wrappers (`<BackToTopBase {...props} />`, `<DropdownBase {...props} />`) differ by them.
 */
export function codeTokens(code: string, name?: string): string[] {
  const tokens = code.replace(COMMENTS, ' ').match(TOKENS) ?? [];
  if (!name) return tokens;
  const props = `${name}Props`;
  return tokens.map((t) => (t === name ? '$NAME' : t === props ? '$NAMEProps' : t));
}

/** FNV-1a, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A 32-bit mix of a hash with one of the signature's seeds (murmur3's finaliser). */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9, i + 1));

/** The MinHash signature of the code's token 3-grams; empty for code with fewer than 3 tokens. */
export function signature(code: string, name?: string): number[] {
  const t = codeTokens(code, name);
  if (t.length < 3) return [];
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + 2 < t.length; i++) {
    const h = fnv1a(`${t[i]}\u0000${t[i + 1]}\u0000${t[i + 2]}`);
    for (let j = 0; j < SIGNATURE_SIZE; j++) {
      const v = mix(h, SEEDS[j]!);
      if (v < sig[j]!) sig[j] = v;
    }
  }
  return sig;
}

/**
 * Below this many tokens a component is mostly its framework's boilerplate (a forwardRef wrapper, a styled div
 * around children): two of them that differ in one class name share most 3-grams without being copies.
 */
export const SMALL_COMPONENT_TOKENS = 100;

/**
 * Whether another component is a near-copy of this one (its MinHash signature `mine`, of `myTokens` tokens): the
 * same code after renaming and re-commenting for a small one, Jaccard ≥ DUPLICATE_JACCARD for the rest.
 */
export function isNearCopy(mine: readonly number[], theirs: readonly number[], myTokens: number): boolean {
  return jaccard(mine, theirs) >= (myTokens < SMALL_COMPONENT_TOKENS ? 1 : DUPLICATE_JACCARD);
}

/** Estimated Jaccard similarity of two signatures (0 when either is empty or they differ in size). */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
