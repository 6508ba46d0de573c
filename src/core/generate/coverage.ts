/**
 * Whether a library component covers what was asked, so the generator may compose from it without a model. It must
 * BE the kind asked for: the request's head term ("a large danger button labelled Delete" → button; "a kanban board
 * with cards" → board) is the component's category, a word of its name, a term of art the vocabulary gives for them
 * (core/similar/vocabulary.json: "dialog" for a modal), or, for a component (not a page), its tags. And it must hold
 * the parts the request names as terms of art ("a data grid with sorting": sort) and the modifiers of the head that
 * are known terms ("a chat message list": chat). Anything else is not covered: the closest components are offered as
 * they are, never renamed into the answer. Pure: the request, the ranking, the library's metadata and the vocabulary.
 */
import { stemmer } from 'stemmer';
import { CATEGORIES, type LibraryComponent, type MarkupNode } from '../library/types';
import { entriesIn, VOCABULARY_TERMS } from '../similar/vocabulary';
import { CATEGORY_WORDS, type Ranked } from './rank';
import { headTerm, isGeneric, readRequest } from './request';
import { pascalWords, singular } from './words';

export interface Coverage {
  covered: boolean;
  /** What the request asks for, in its own words ("kanban board"). */
  kind: string;
  /** The components that are what was asked and hold its parts, best ranked first (empty when not covered). */
  covering: Ranked[];
  /** The parts asked for that the closest component of the right kind lacks ("sort"). */
  missing: string[];
  /** One sentence for a person: why it is or is not covered. */
  reason: string;
}

type Words = readonly string[];
const split = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(singular);
/** Word roots: "sortable", "sorting" and "sort" meet, so do "notifications" and "notification". */
const root = (w: string) => stemmer(w.length > 6 ? w.replace(/(?:able|ible)$/, '') : w);
/** A term as the matcher compares it: its words' roots. */
const keyOf = (w: Words) => w.map(root).join(' ');

const VOCAB: readonly (readonly string[])[][] = VOCABULARY_TERMS.map((terms) => terms.map((t) => t.map(singular)));
/** Each vocabulary term (singular words) → the entries that hold it. */
const VOCAB_KEYS = new Map<string, number[]>();
VOCAB.forEach((terms, i) => terms.forEach((t) => VOCAB_KEYS.set(keyOf(t), [...(VOCAB_KEYS.get(keyOf(t)) ?? []), i])));

/** The library's categories and the words rank.ts takes for them. */
const CATEGORY_KEYS = new Set([...CATEGORIES, ...Object.values(CATEGORY_WORDS).flat()].map((w) => keyOf(split(w))));

interface Identity {
  /** Its name, name words, category and what its description calls it. */
  named: Set<string>;
  /** `named` and the category's synonyms (rank.ts): what the component is named for. */
  strong: Set<string>;
  /** Vocabulary entries named by its name or category. */
  entries: Set<number>;
  /** The roots of its tags' words (and of `strong`'s): what it is also called. */
  tagWords: Set<string>;
  /** Its tags as phrases ("add to cart"). */
  tags: Set<string>;
  /** Roots of every word it says: name, description, tags, props, markup text and elements, its entries' terms. */
  text: Set<string>;
}

const identities = new WeakMap<LibraryComponent, Identity>();

function identity(c: LibraryComponent): Identity {
  const known = identities.get(c);
  if (known) return known;
  const name = pascalWords(c.name).map(singular);
  // what its description says it is ("A menu button: …" → menu button)
  const described = headTerm(readRequest(c.description).head, (w) => VOCAB_KEYS.has(keyOf(w)) || CATEGORY_KEYS.has(keyOf(w))).term ?? [];
  const named = new Set<string>([name, ...name.map((w) => [w]), split(c.category), described, described.slice(-1).filter((w) => !isGeneric(w))].filter((w) => w.length).map(keyOf));
  const strong = new Set<string>([...named, ...(CATEGORY_WORDS[c.category] ?? []).map((w) => keyOf(split(w)))]);
  // the entries of its category, and of its whole name ("IconButton": icon button); a name's single words may be anything ("HeroSplit")
  const entries = new Set([...entriesIn(split(c.category)), ...(VOCAB_KEYS.get(keyOf(name)) ?? [])]);
  const tags = new Set(c.tags.map((t) => keyOf(split(t))));
  const synonyms = (CATEGORY_WORDS[c.category] ?? []).flatMap(split);
  const tagWords = new Set([...c.tags.flatMap(split), ...name, ...split(c.category), ...synonyms].map(root));
  const said: string[] = [...synonyms, ...name, ...split(c.category), ...split(c.variant ?? ''), ...split(c.description), ...c.tags.flatMap(split)];
  for (const p of c.props) said.push(...split(p.name.replace(/([a-z])([A-Z])/g, '$1 $2')), ...split(p.description), ...literalWords(p));
  markupWords([c.markup], said);
  for (const e of entries) for (const t of VOCAB[e]!) said.push(...t);
  const id: Identity = { named, strong, entries, tagWords, tags, text: new Set(said.map(root)) };
  identities.set(c, id);
  return id;
}

function literalWords(p: LibraryComponent['props'][number]): string[] {
  const v = 'default' in p ? p.default : undefined;
  const ex = 'example' in p ? p.example : undefined;
  return [v, ex].flatMap((x) => (typeof x === 'string' ? split(x) : Array.isArray(x) ? split(JSON.stringify(x)) : []));
}

/** Element names, static text and attribute values: what the rendered component shows and is made of. */
function markupWords(nodes: readonly MarkupNode[], out: string[]): void {
  for (const n of nodes) {
    if ('tag' in n) {
      out.push(...split(n.tag));
      for (const v of Object.values(n.attrs ?? {})) if (typeof v === 'string') out.push(...split(v));
      markupWords(n.children ?? [], out);
    } else if ('text' in n) {
      if (typeof n.text === 'string') out.push(...split(n.text));
    } else if ('if' in n) {
      markupWords([...n.then, ...(n.else ?? [])], out);
    } else if ('each' in n) {
      markupWords(n.children, out);
    } else if ('slot' in n) {
      markupWords(n.fallback ?? [], out);
    }
  }
}

/** A term the library or the vocabulary knows: a term of art, a category or name, a tag. */
function knownIn(library: readonly LibraryComponent[]): (w: Words) => boolean {
  const lib = new Set(library.flatMap((c) => [...identity(c).strong, ...identity(c).tags]));
  return (w) => VOCAB_KEYS.has(keyOf(w)) || lib.has(keyOf(w));
}

/** The component is the kind the term names: by its name or category (or their entries), else (not a page) its tags. */
function isKind(c: LibraryComponent, term: Words, page: boolean): boolean {
  const id = identity(c);
  const key = keyOf(term);
  if (id.strong.has(key) || (VOCAB_KEYS.get(key) ?? []).some((e) => id.entries.has(e))) return true;
  return !page && (id.tags.has(key) || term.every((w) => id.tagWords.has(root(w))));
}

/** The component says something of this term: a word of it, or a whole term of the same vocabulary entry. */
function says(c: LibraryComponent, term: Words): boolean {
  const { text } = identity(c);
  if (term.some((w) => text.has(root(w)))) return true;
  return (VOCAB_KEYS.get(keyOf(term)) ?? []).some((e) => VOCAB[e]!.some((t) => t.every((w) => text.has(root(w)))));
}

/** The terms `known` finds in `words`, longest first, not overlapping. */
function termsIn(words: Words, known: (w: Words) => boolean): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; ) {
    let len = Math.min(4, words.length - i);
    for (; len > 0; len--) if (known(words.slice(i, i + len))) break;
    if (len > 0) out.push(words.slice(i, i + len));
    i += Math.max(1, len);
  }
  return out;
}

/**
 * Terms of art that are also everyday words: in a request's clauses ("that reveals more content", "with a short text")
 * they name no part a component must have. In the head they still count ("a code input" is not a text input).
 */
const PLAIN = new Set(['more', 'text', 'title', 'heading', 'row', 'column', 'box', 'section', 'panel', 'page', 'level', 'container', 'stack', 'split', 'status', 'label', 'link', 'copy', 'share', 'message', 'actions', 'steps', 'figure', 'rule', 'overflow', 'code', 'tag', 'token', 'hint', 'ghost', 'placeholder', 'more actions'].map((t) => keyOf(t.split(' '))));
/** Words of looks, not of kind: "a blue picker" is still a picker. */
const LOOKS = new Set('red orange yellow green blue purple pink gray grey black white dark light big small large tiny huge little wide narrow round square tall short flat'.split(' '));

const vocabKnown = (w: Words) => VOCAB_KEYS.has(keyOf(w));
const partKnown = (w: Words) => vocabKnown(w) && !PLAIN.has(keyOf(w));

/**
 * How well the head phrase names the component: its name words the head says ("primary … button": PrimaryButton 2,
 * IconButton 1), then whether its name ends on the head term, then the head's words its tags say ("vertical side
 * navigation": Sidebar's side-nav, vertical-nav).
 */
function headHits(c: LibraryComponent, head: Words, term: Words): [number, number, number] {
  const said = new Set(head.map(root));
  const { tagWords } = identity(c);
  const name = pascalWords(c.name).map(singular);
  // an English compound's head comes last: "a subscribe button" is a …Button before a ButtonGroup
  const headFinal = root(name[name.length - 1]!) === root(term[term.length - 1]!) ? 1 : 0;
  return [name.filter((w) => said.has(root(w))).length, headFinal, [...said].filter((w) => tagWords.has(w)).length];
}

export function decideCoverage(request: string, ranked: readonly Ranked[], library: readonly LibraryComponent[]): Coverage {
  const req = readRequest(request);
  const kind = req.head.join(' ') || request.trim().slice(0, 60);
  const known = knownIn(library);
  const { term, at, page } = headTerm(req.head, known);
  if (!term) return { covered: false, kind, covering: [], missing: [], reason: `No built-in component is a ${kind}` };
  // the head's other terms of art ("chat" in "chat message list") and the parts' must be said by the component; a word
  // that only names what it is for ("a delete account button", "a subscribe button") asks nothing of it
  const modifiers = termsIn(req.head.slice(0, at), vocabKnown);
  const parts = req.parts.flatMap((p) => termsIn(p, partKnown));
  // "a seat picker", "a floor plan": a word the library does not know before a head matched only through a synonym, a tag or
  // a term of art (Select is a picker, PricingTable a plan) names another thing, unless the component says that word
  const before = term.length === 1 && at > 0 ? req.head[at - 1] : undefined;
  const compound = before !== undefined && !known([before]) && !LOOKS.has(before) && !/(?:ed|ing|al|ful|ous|ive|ic|ish|less|y)$/.test(before);
  const ofKind = ranked.filter(
    (r) => isKind(r.component, term, page) && !(compound && !identity(r.component).named.has(keyOf(term)) && !says(r.component, [before])),
  );
  const covering: Ranked[] = [];
  let missing: string[] = [];
  for (const r of ofKind) {
    const lacks = [...modifiers, ...parts].filter((t) => !says(r.component, t)).map((t) => t.join(' '));
    if (lacks.length === 0) covering.push(r);
    else if (missing.length === 0 && covering.length === 0) missing = [...new Set(lacks)];
  }
  // the component the head names outright first ("primary … button" is PrimaryButton before IconButton), then by rank
  const order = new Map(covering.map((r, i) => [r, i]));
  const hits = new Map(covering.map((r) => [r, headHits(r.component, req.head, term)]));
  const byHits = (a: Ranked, b: Ranked) => hits.get(b)!.map((h, i) => h - hits.get(a)![i]!).find((d) => d !== 0) ?? 0;
  covering.sort((a, b) => byHits(a, b) || order.get(a)! - order.get(b)!);
  if (covering.length) return { covered: true, kind, covering, missing: [], reason: `${covering[0]!.component.name} is a ${term.join(' ')}` };
  if (ofKind.length === 0) return { covered: false, kind, covering: [], missing: [], reason: `No built-in component is a ${compound ? `${before} ${term.join(' ')}` : kind}` };
  return { covered: false, kind, covering: [], missing, reason: `${ofKind[0]!.component.name} is the closest ${term.join(' ')}, but it has no ${missing.join(', ')}` };
}
