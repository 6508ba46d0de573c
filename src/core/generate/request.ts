/**
 * What a request asks for, read as a person writes it: the head noun phrase names the kind of component ("a kanban
 * board with three columns" → "kanban board"), the clauses after it name its parts ("with sorting and pagination").
 * No parser, no model: boundary words end the head phrase, a container ("a grid of …") hands the head to what follows
 * "of", and (headTerm) a generic head ("a … section", "a … page") gives way to the word before it.
 */
import { isStopWord, singular } from './words';

export interface RequestKind {
  /** The head phrase's content words, singular, in order ("kanban", "board"); empty when none was found. */
  head: string[];
  /** "a grid of product cards": the container word ("grid"), when the head came after "of". */
  container?: string;
  /** The content words of the clauses that name parts ("with …", "showing …", "and …"), singular. */
  parts: string[][];
}

/** Words that end the head phrase. */
const BOUNDARY = new Set(
  ('with without for that which where who whose when while showing shows containing contains including includes having has have ' +
    'labelled labeled called named titled saying reading to of in on at from by like using listing lists displaying displays ' +
    'allowing allows letting lets so plus and or but except inside within under above below beside next into via ' +
    'before after until if once during about across per around')
    .split(' '),
);
/** Clauses that say what the component is for or where it goes, not what it contains. */
const PURPOSE = new Set(
  ('for to so when while in on at from by like using inside within under above below beside next into via labelled labeled called named titled ' +
    'saying reading before after until if once during about across per around')
    .split(' '),
);
/** A "that …" clause led by one of these says what the component does to something else ("a button that opens a modal"). */
const ACTS_ON = new Set('open opens trigger triggers launch launches link links go goes navigate navigates redirect redirects lead leads close closes submit submits take takes send sends'.split(' '));
/** Heads that say "many of": the kind is what follows "of". */
const CONTAINERS = new Set('grid list row set group collection column stack pair couple number series bunch lot array'.split(' '));
/** Heads that name a whole page or screen. */
const PAGES = new Set('page screen view website site app application dashboard template layout portal shell interface homepage webpage'.split(' '));
/** Heads that say nothing about the kind ("a … section", "a … widget"). */
const GENERIC = new Set('section component widget element block area thing box panel module piece part control bit unit container wrapper snippet markup item something one stuff'.split(' '));
/** Words before the head that are not part of it: quantities, sizes, looks. */
const LEADING = new Set('let just quick new me us here i d like need want some kind sort type very really little big'.split(' '));

/** Word tokens, lower case; hyphenated and slashed compounds stay one token ("sign-in", "on/off"). */
function rawTokens(text: string): string[] {
  return [...text.toLowerCase().replace(/[’']/g, '').matchAll(/[a-z0-9]+(?:[-/][a-z0-9]+)*|[,;:.!?()]/g)].map((m) => m[0]);
}

const isPunct = (t: string) => /^[,;:.!?()]$/.test(t);

/** The content words of a token: a compound's parts, singular, without stop words and numbers. */
function content(t: string): string[] {
  return t
    .split(/[-/]/)
    .filter((w) => w && !isStopWord(w) && !/^\d+$/.test(w))
    .map(singular);
}

export function readRequest(request: string): RequestKind {
  const toks = rawTokens(request);
  let i = 0;
  // leading filler: "I need", "please make me", "a", "an"
  while (i < toks.length && (isPunct(toks[i]!) || isStopWord(toks[i]!) || LEADING.has(toks[i]!)) && !CONTAINERS.has(toks[i]!)) i++;
  let head: string[] = [];
  let container: string | undefined;
  const parts: string[][] = [];
  let clause: string[] | undefined;
  let skipClause = false;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    const boundary = isPunct(t) || BOUNDARY.has(t);
    if (clause === undefined) {
      if (t === 'of' && head.length > 0 && CONTAINERS.has(head[head.length - 1]!) && container === undefined) {
        container = head[head.length - 1];
        head = [];
        continue;
      }
      if (boundary && head.length > 0) {
        clause = [];
        skipClause = PURPOSE.has(t);
        continue;
      }
      if (!boundary) head.push(...content(t));
      continue;
    }
    if (boundary) {
      if (clause.length && !skipClause) parts.push(clause);
      clause = [];
      skipClause = PURPOSE.has(t);
      continue;
    }
    if (clause.length === 0 && ACTS_ON.has(t)) skipClause = true;
    clause.push(...content(t));
  }
  if (clause?.length && !skipClause) parts.push(clause);
  return { head, ...(container ? { container } : {}), parts };
}

/**
 * The term of art the head ends on, the longest `known` one ("date picker" before "picker"); a generic or page word at
 * the end gives way to the words before it unless a longer term ends on it ("side panel", "search box"). `page`: a
 * page or screen word was given way ("a login page"). `at`: where the term starts in `head`. No term: the head
 * names nothing the library knows.
 */
export function headTerm(head: readonly string[], known: (words: readonly string[]) => boolean): { term?: string[]; at: number; page: boolean } {
  const h = [...head];
  let page = false;
  while (h.length > 0) {
    const last = h[h.length - 1]!;
    const generic = GENERIC.has(last) || PAGES.has(last);
    for (let len = Math.min(4, h.length); len >= 1; len--) {
      if (len === 1 && generic) break;
      const s = h.slice(-len);
      if (known(s)) return { term: s, at: h.length - len, page };
    }
    if (!generic) return { at: h.length, page };
    if (PAGES.has(last)) page = true;
    h.pop();
  }
  return { at: 0, page };
}

/** A head word that names no kind by itself ("section", "page"). */
export function isGeneric(word: string): boolean {
  return GENERIC.has(word) || PAGES.has(word);
}
