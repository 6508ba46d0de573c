import { z } from 'zod';

/**
 * A rules-file pattern `{"regex", "flags"}` compiled to a JavaScript RegExp that matches exactly
 * what Python's `re.compile(regex, flags | re.ASCII)` matches (python/siza_ml/rules/README.md).
 * Run it over `oneUnitPerCodePoint(text)` so that both engines step one code point at a time.
 */
export const patternSpecSchema = z.object({
  regex: z.string().min(1),
  flags: z
    .string()
    .regex(/^[ims]*$/, 'flags are a subset of i, m, s')
    .optional(),
});
export type PatternSpec = z.infer<typeof patternSpecSchema>;

// Python's ASCII \s; JavaScript's \s also matches U+00A0, U+FEFF, U+2028 and other spaces.
const WS = '\\t\\n\\v\\f\\r ';
const NON_WS = '\\x00-\\x08\\x0e-\\x1f!-\\uffff';
const FRAGMENT = /\{\{(\w+)\}\}/g;

/** `{{name}}` replaced by `fragments[name]`; an unknown name is an error, as in Python. */
export function expand(regex: string, fragments: Readonly<Record<string, string>>): string {
  return regex.replace(FRAGMENT, (_m, name: string) => {
    if (!Object.hasOwn(fragments, name)) throw new Error(`unknown fragment {{${name}}} in ${JSON.stringify(regex)}`);
    return fragments[name]!;
  });
}

/**
 * The JavaScript source with Python's meaning. Without `u`, `i` already folds ASCII only, and
 * \w \b \d are ASCII; what differs is rewritten: \s and \S (ASCII in Python), `.` (Python: any but
 * \n), `^`/`$` with `m` (Python: \n only), and `$` without `m` (Python: also before a final \n).
 */
export function toJsSource(regex: string, flags: string): string {
  const multiline = flags.includes('m');
  const dotAll = flags.includes('s');
  let out = '';
  let inClass = false;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i]!;
    if (c === '\\') {
      const next = regex[++i];
      if (next === undefined) throw new Error(`trailing backslash in ${JSON.stringify(regex)}`);
      if (next === 's') out += inClass ? WS : `[${WS}]`;
      else if (next === 'S') out += inClass ? NON_WS : `[^${WS}]`;
      else out += c + next;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (regex[i + 1] === '^') out += regex[++i];
      // Python reads a leading ']' as a literal, JavaScript as the end of an empty class.
      if (regex[i + 1] === ']') throw new Error(`not portable: a class starting with ']' in ${JSON.stringify(regex)}`);
    } else if (c === '.') {
      out += dotAll ? '[\\s\\S]' : '[^\\n]';
    } else if (c === '^') {
      out += multiline ? '(?<![^\\n])' : '^';
    } else if (c === '$') {
      out += multiline ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
    } else {
      out += c;
    }
  }
  return out;
}

/** A compiled rules pattern: `search` is `bool(p.search(s))`, `finditer` yields every match. */
export class RulePattern {
  private readonly once: RegExp;
  private readonly every: RegExp;

  constructor(readonly source: string, flags: string) {
    const jsFlags = flags.includes('i') ? 'i' : '';
    const js = toJsSource(source, flags);
    this.once = new RegExp(js, jsFlags);
    this.every = new RegExp(js, `${jsFlags}g`);
  }

  search(text: string): RegExpExecArray | null {
    return this.once.exec(text);
  }

  /** `p.sub(fn, text)`: every match replaced by fn's result (arguments as String.replace gives them). */
  sub(text: string, fn: (match: string, ...groups: string[]) => string): string {
    return text.replace(this.every, fn);
  }

  /** matchAll clones the RegExp, so nested or interleaved iterations never share lastIndex. */
  finditer(text: string): IterableIterator<RegExpExecArray> {
    return text.matchAll(this.every);
  }
}

export function compilePattern(spec: PatternSpec, fragments: Readonly<Record<string, string>> = {}): RulePattern {
  return new RulePattern(expand(spec.regex, fragments), spec.flags ?? '');
}
