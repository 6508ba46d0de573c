/**
 * A workspace's design tokens, read from its own files so a generated component uses them: the
 * theme extensions of tailwind.config.* (parsed as text, never run: a workspace's config is
 * untrusted code) and the CSS custom properties (`--x: value`) its stylesheets declare.
 */
export interface DesignToken {
  /** 'tailwind': a theme key (e.g. colors.brand.500); 'css': a custom property (e.g. --color-primary). */
  kind: 'tailwind' | 'css';
  name: string;
  value: string;
  /** Workspace-relative file it came from. */
  file: string;
}

/** At most this many tokens go into a prompt (a design system can declare hundreds). */
export const MAX_TOKENS = 40;
const MAX_VALUE = 80;

/** `--name: value` declarations; values cut at the first `;` or `}`. */
export function cssCustomProperties(css: string, file: string): DesignToken[] {
  const out: DesignToken[] = [];
  const seen = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/(?:^|[\s;{])(--[A-Za-z0-9_-]+)\s*:\s*([^;{}]+)/g)) {
    const name = m[1]!;
    const value = m[2]!.trim().replace(/\s+/g, ' ');
    if (!value || seen.has(name) || value.length > MAX_VALUE) continue;
    seen.add(name);
    out.push({ kind: 'css', name, value, file });
  }
  return out;
}

/**
 * The string leaves under `theme.extend` (or `theme` when there is no extend) of a tailwind.config
 * file, as dotted paths: `colors.brand.DEFAULT`, `spacing.18`. Functions, spreads and imports are skipped.
 */
export function tailwindThemeTokens(source: string, file: string): DesignToken[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const root = objectAfter(text, /\bextend\s*:\s*\{/) ?? objectAfter(text, /\btheme\s*:\s*\{/);
  if (root === undefined) return [];
  const out: DesignToken[] = [];
  walk(text, root, [], out, file);
  return out;
}

/** Index just after the `{` the pattern ends with. */
function objectAfter(text: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(text);
  return m ? m.index + m[0].length : undefined;
}

const KEY = /\s*(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)"|(\d+(?:\.\d+)?))\s*:\s*/y;
const STRING = /\s*(?:'([^']*)'|"([^"]*)"|`([^`$]*)`)/y;

/** Reads `key: value,` pairs from `at` until the object's `}`; returns the index after it. */
function walk(text: string, at: number, path: string[], out: DesignToken[], file: string): number {
  let i = at;
  while (i < text.length && out.length < 500) {
    i = skipSpace(text, i);
    if (text[i] === '}') return i + 1;
    if (text[i] === ',') {
      i++;
      continue;
    }
    KEY.lastIndex = i;
    const k = KEY.exec(text);
    if (!k) {
      i = skipValue(text, i); // a spread, a method, a computed key
      continue;
    }
    const key = k[1] ?? k[2] ?? k[3] ?? k[4]!;
    i = KEY.lastIndex;
    if (text[i] === '{') {
      i = walk(text, i + 1, [...path, key], out, file);
      continue;
    }
    STRING.lastIndex = i;
    const s = STRING.exec(text);
    if (s) {
      const value = (s[1] ?? s[2] ?? s[3]!).trim();
      if (value && value.length <= MAX_VALUE) out.push({ kind: 'tailwind', name: [...path, key].join('.'), value, file });
      i = STRING.lastIndex;
    } else i = skipValue(text, i);
  }
  return i;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Past one value (balanced brackets, strings respected) to the `,` or `}` that ends it. */
function skipValue(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      i = end < 0 ? text.length : end;
    } else if (ch === '{' || ch === '[' || ch === '(') depth++;
    else if (ch === '}' || ch === ']' || ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === ',' && depth === 0) return i;
  }
  return i;
}

/** The utility-class stem a theme key gives (`colors.brand.500` → `brand-500`, `DEFAULT` dropped). */
export function tailwindStem(name: string): string {
  return name
    .split('.')
    .slice(1)
    .filter((p) => p !== 'DEFAULT')
    .join('-');
}

const PREFIXES: Record<string, string[]> = {
  colors: ['bg', 'text', 'border'],
  spacing: ['p', 'm', 'gap'],
  borderRadius: ['rounded'],
  fontFamily: ['font'],
  fontSize: ['text'],
  boxShadow: ['shadow'],
};

/** " (classes bg-brand-500, text-brand-500…)" for the groups whose utilities are well known. */
function classHint(name: string): string {
  const prefixes = PREFIXES[name.split('.')[0]!];
  const stem = tailwindStem(name);
  if (!prefixes || !stem) return '';
  return ` (classes ${prefixes.map((p) => `${p}-${stem}`).join(', ')})`;
}

/** The lines of the prompt that list the tokens (empty when there are none). */
export function tokensForPrompt(tokens: readonly DesignToken[]): string {
  if (tokens.length === 0) return '';
  const tw = tokens.filter((t) => t.kind === 'tailwind').slice(0, MAX_TOKENS);
  const css = tokens.filter((t) => t.kind === 'css').slice(0, Math.max(0, MAX_TOKENS - tw.length));
  const lines: string[] = ['Design tokens of this project (use them instead of raw colours and sizes):'];
  for (const t of tw) lines.push(`- Tailwind theme ${t.name} = ${t.value}${classHint(t.name)}`);
  for (const t of css) lines.push(`- CSS ${t.name}: ${t.value} (use var(${t.name}))`);
  return lines.join('\n');
}
