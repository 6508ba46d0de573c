import { toPascal } from '../library/render';
import type { LibraryComponent, Literal, Prop } from '../library/types';
import { isStopWord, pascalWords, singular, tokens } from './words';

/**
 * Composes a component for a request from a library match, without an LLM: its name from the
 * request ("a delete button" → DeleteButton), the main text from a quoted phrase ('labelled "Save"'),
 * enum props from the words that name one of their values ("a large danger button"), boolean props
 * the request names ("a required field", "disabled"). Each change is listed, for the result's notes.
 */
export interface Adapted {
  component: LibraryComponent;
  /** "name: DeleteButton", 'label: "Save changes"', "variant: danger" … */
  changes: string[];
}

/** Words for enum values beyond the value itself. */
const VALUE_WORDS: Record<string, readonly string[]> = {
  xs: ['tiny', 'extra-small'],
  sm: ['small', 'compact'],
  md: ['medium', 'regular'],
  lg: ['large', 'big'],
  xl: ['huge', 'extra-large'],
  danger: ['destructive', 'delete', 'remove', 'red', 'error'],
  error: ['failure', 'red'],
  success: ['green', 'ok', 'done'],
  warning: ['yellow', 'amber', 'caution'],
  info: ['blue', 'information', 'informational'],
  neutral: ['gray', 'grey'],
  secondary: ['subtle'],
  outline: ['outlined', 'bordered'],
  ghost: ['transparent'],
  yearly: ['annual', 'annually'],
  monthly: [],
};

/** String props that hold a component's main visible text, most likely first. */
const TEXT_PROPS = /^(label|title|heading|headline|text|message|name|ctaLabel|buttonLabel|submitLabel)$/;

/** `skip`: words the request spent on something else (an enum value: "a large danger button" names no LargeDangerButton). */
export function deriveName(request: string, component: LibraryComponent, skip: ReadonlySet<string> = new Set()): string {
  const heads = new Set([component.category, ...pascalWords(component.name)].map(singular));
  // hyphenated words count by their parts ("sign-in form" → SignInForm)
  const plain = tokens(request).filter((w) => !w.includes('-')).map(singular);
  const at = plain.findIndex((w) => heads.has(w));
  if (at < 0) return component.name;
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && before.length < 2; i--) {
    const w = plain[i]!;
    if (skip.has(w)) continue;
    if (isStopWord(w) || /^\d/.test(w) || w.length < 3) break;
    before.unshift(w);
  }
  // the head may be several words ("data table", "profile card")
  let end = at;
  while (end + 1 < plain.length && heads.has(plain[end + 1]!)) end++;
  const head = plain.slice(at, end + 1);
  // "a card" alone says less than the library's own name (ProfileCard)
  if (before.length === 0 && head.length < 2) return component.name;
  const name = toPascal([...before, ...head].join(' '));
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : component.name;
}

/** The first phrase in quotes ("…", '…', “…”, ‘…’), if any. */
export function quotedPhrase(request: string): string | undefined {
  const m = /"([^"]{1,80})"|“([^”]{1,80})”|‘([^’]{1,80})’|(?:^|\s)'([^']{1,80})'(?=\s|$|[.,;:!?])/.exec(request);
  const text = m?.slice(1).find((g) => g !== undefined)?.trim();
  return text ? text : undefined;
}

export function adaptComponent(component: LibraryComponent, request: string): Adapted {
  const changes: string[] = [];
  const words = new Set(tokens(request).map(singular));
  const spent = new Set<string>();
  for (const p of component.props) {
    if (p.type !== 'enum') continue;
    for (const v of p.values) for (const w of [v, ...(VALUE_WORDS[v] ?? [])]) if (words.has(w)) spent.add(w);
  }
  const name = deriveName(request, component, spent);
  if (name !== component.name) changes.push(`name: ${name}`);
  const quoted = quotedPhrase(request);
  let textProp = quoted ? component.props.find((p) => p.type === 'string' && TEXT_PROPS.test(p.name)) : undefined;
  const props = component.props.map((p): Prop => {
    if (textProp && p === textProp) {
      textProp = undefined;
      changes.push(`${p.name}: "${quoted}"`);
      return withValue(p, quoted!);
    }
    if (p.type === 'enum') {
      const hits = p.values.filter((v) => [v, ...(VALUE_WORDS[v] ?? [])].some((w) => words.has(w) || words.has(singular(w))));
      if (hits.length === 1 && hits[0] !== p.default) {
        changes.push(`${p.name}: ${hits[0]}`);
        return { ...p, default: hits[0]! };
      }
    }
    if (p.type === 'boolean' && p.default !== true) {
      const own = pascalWords(p.name.replace(/^[a-z]/, (c) => c.toUpperCase()));
      if (own.length === 1 && words.has(own[0]!)) {
        changes.push(`${p.name}: true`);
        return { ...p, default: true };
      }
    }
    return p;
  });
  return { component: { ...component, name, props }, changes };
}

function withValue(p: Prop, value: Literal): Prop {
  if (p.type !== 'string') return p;
  return 'required' in p && p.required ? { ...p, example: String(value) } : { ...p, default: String(value) };
}
