/**
 * The few Python built-ins the rule engines rely on, with Python's exact semantics, so that the
 * in-process tier gives the sidecar's results to the last digit (see python/siza_ml/rules/README.md).
 */

// str.isspace() in CPython (Unicode 6.3+): not JavaScript's \s, which adds U+FEFF and lacks U+001C–U+001F and U+0085.
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${SPACE}]+`, 'g');
const IS_SPACE = new RegExp(`^[${SPACE}]$`);
const NOT_SPACE = new RegExp(`[^${SPACE}]`);
// str.splitlines() boundaries (\r\n counts once).
const BREAKS = '\\n\\r\\v\\f\\x1c-\\x1e\\x85\\u2028\\u2029';
const LINE_BREAK = new RegExp(`\\r\\n|[${BREAKS}]`);
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** `s.strip()` (scanned by index: an anchored `\s+$` regex is quadratic on long text). */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && IS_SPACE.test(s[start]!)) start++;
  while (end > start && IS_SPACE.test(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/** `bool(s.strip())`. */
export function hasNonSpace(s: string): boolean {
  return NOT_SPACE.test(s);
}

/** `" ".join(s.split())`: whitespace runs collapsed to one space, ends trimmed. */
export function collapseSpace(s: string): string {
  return pyStrip(s).replace(SPACE_RUN, ' ');
}

/** `sum(1 for line in s.splitlines() if line.strip())`. */
export function countNonBlankLines(s: string): number {
  return s.split(LINE_BREAK).filter(hasNonSpace).length;
}

/** `len(s)`: code points, not UTF-16 units. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts as one, as in Python.
    if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** `s[:n]` by code points. */
export function codePointPrefix(s: string, n: number): string {
  if (s.length <= n) return s;
  let out = '';
  let i = 0;
  for (const c of s) {
    if (i++ >= n) break;
    out += c;
  }
  return out;
}

/**
 * The text with each astral code point (a surrogate pair) replaced by one private-use BMP unit,
 * so that a RegExp without the `u` flag counts and steps like Python's `re`: indices become code
 * point indices and `[^<]{0,40}` sees one character per emoji. The rules' patterns are ASCII, so
 * any non-ASCII, non-space, non-word unit behaves exactly like the character it stands for.
 */
export function oneUnitPerCodePoint(s: string): string {
  return s.replace(SURROGATE_PAIR, '\uE000');
}

/** `min(a, b)` and `max(a, b)` keep the first argument on ties (it matters for -0.0). */
export function pyMin(a: number, b: number): number {
  return b < a ? b : a;
}
export function pyMax(a: number, b: number): number {
  return b > a ? b : a;
}

/** `sum(xs)` of floats as CPython 3.10–3.11 computes it: left to right, from 0. */
export function pySum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

/** `sum(xs)` of floats as CPython 3.12+ computes it (Neumaier compensated summation). */
export function pySum312(xs: readonly number[]): number {
  let total = 0;
  let c = 0;
  for (const x of xs) {
    const t = total + x;
    c += Math.abs(total) >= Math.abs(x) ? total - t + x : x - t + total;
    total = t;
  }
  return c !== 0 && Number.isFinite(c) ? total + c : total;
}

/** |x| as mant * 2^exp, exactly. */
function binaryParts(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  return biased === 0 ? { mant: frac, exp: -1074 } : { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/**
 * `round(x, digits)` for a float: half-even on the exact binary value, as CPython does
 * (round(0.125, 2) == 0.12, round(2.675, 2) == 2.67), unlike toFixed, which rounds ties up.
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const { mant, exp } = binaryParts(x);
  const scale = 10n ** BigInt(digits);
  let k: bigint;
  if (exp >= 0) {
    k = (mant << BigInt(exp)) * scale;
  } else {
    const num = mant * scale;
    const den = 1n << BigInt(-exp);
    k = num / den;
    const twice = (num % den) * 2n;
    if (twice > den || (twice === den && (k & 1n) === 1n)) k += 1n;
  }
  // Parsing a decimal string is correctly rounded in JS, as strtod is in CPython.
  const value = Number(`${k}e-${digits}`);
  return x < 0 ? -value : value;
}
