/**
 * Hybrid retrieval over component cards: a lexical BM25+ index (minisearch) fused with the dense answers of
 * whichever tier embedded them, by reciprocal rank fusion, so both tiers' answers are fused the same way. The
 * lexical half finds the words a description shares with a card (a prop, a label, a term of art's plain
 * description); the dense half finds meaning without shared words. Which card fields the words matched is kept:
 * it is the "why it matched" a result shows.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { stemmer } from 'stemmer';
import { cardFields, CARD_FIELDS, type CardField } from './card';
import { READ_CHARS } from './query';

/** Words too common in descriptions to say anything (the lexical half would match every card on them). */
const STOP_WORDS = new Set(
  'a an and are as at be but by can for from has have how i in into is it its me my no not of on one or our so some that the their them then there these they this to up was we what when where which while who will with without you your'.split(' '),
);

/** RRF's constant (Cormack et al. 2009): ranks beyond the first few count for little. */
export const RRF_K = 60;

export interface LexicalHit {
  id: string;
  score: number;
  /** The query's words that matched, each with the card fields it matched in. */
  matched: Record<string, CardField[]>;
  metadata: Record<string, unknown>;
}

interface Doc extends Partial<Record<CardField, string>> {
  id: string;
  metadata: Record<string, unknown>;
}

const OPTIONS = {
  fields: [...CARD_FIELDS],
  storeFields: ['metadata'],
  processTerm: (term: string): string | null => {
    const t = term.toLowerCase();
    // Porter's stemmer: "pills" finds "pill", "loading" finds "loader"'s "load"
    return t.length < 2 || STOP_WORDS.has(t) ? null : stemmer(t);
  },
  searchOptions: { boost: { name: 2, means: 1.5 } as Partial<Record<CardField, number>> },
};

/** The lexical half: one document per component, its card split into fields. */
export class LexicalIndex {
  private ms: MiniSearch<Doc>;

  constructor(ms?: MiniSearch<Doc>) {
    this.ms = ms ?? new MiniSearch<Doc>(OPTIONS);
  }

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<Doc>(json, OPTIONS));
  }

  toJSON(): AsPlainObject {
    return this.ms.toJSON();
  }

  get size(): number {
    return this.ms.documentCount;
  }

  /** Adds or replaces a component's card. */
  set(id: string, card: string, metadata: Record<string, unknown> = {}): void {
    if (this.ms.has(id)) this.ms.discard(id);
    this.ms.add({ id, metadata, ...cardFields(card) });
  }

  remove(id: string): void {
    if (this.ms.has(id)) this.ms.discard(id);
  }

  clear(): void {
    this.ms.removeAll();
  }

  search(query: string, k: number): LexicalHit[] {
    if (!query.trim()) return [];
    return this.ms
      .search(query.slice(0, READ_CHARS))
      .slice(0, k)
      .map((r) => ({
        id: String(r.id),
        score: r.score,
        matched: Object.fromEntries(Object.entries(r.match).map(([term, fields]) => [term, fields as CardField[]])),
        metadata: (r['metadata'] as Record<string, unknown> | undefined) ?? {},
      }));
  }
}

/**
 * Reciprocal rank fusion of several rankings of ids (best first): each list adds weight / (RRF_K + rank) to an
 * id's score. Fused order, best first, with each id's fused score.
 */
export function fuseRankings(rankings: readonly (readonly string[])[], weights: readonly number[] = rankings.map(() => 1)): { id: string; score: number }[] {
  const score = new Map<string, number>();
  rankings.forEach((ids, l) => {
    const w = weights[l] ?? 1;
    ids.forEach((id, r) => score.set(id, (score.get(id) ?? 0) + w / (RRF_K + r + 1)));
  });
  return [...score].map(([id, s]) => ({ id, score: s })).sort((a, b) => b.score - a.score);
}

/** How many of each half's best are fused: enough that a component one half ranks low can still surface. */
export const HYBRID_POOL = 50;


/** Why a result matched, in the person's own words: the query's words whose stems the card shares, with the fields. */
export function matchedWords(query: string, matched: Record<string, readonly CardField[]>, max = 5): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const word of query.slice(0, READ_CHARS).split(/[^\p{L}\p{N}]+/u)) {
    const term = OPTIONS.processTerm(word);
    if (!term || seen.has(term) || !matched[term]) continue;
    seen.add(term);
    out.push(`${word.toLowerCase()} (${matched[term].join(', ')})`);
    if (out.length === max) break;
  }
  return out;
}

export interface HybridHit {
  id: string;
  metadata: Record<string, unknown>;
  /** The dense cosine similarity, where the dense half found it among its best. */
  similarity?: number;
  /** Words shared with the card, where the lexical half found it: "why it matched". */
  matched: string[];
}

/** The dense and lexical halves fused (RRF), best first, each result with what each half knew of it. */
export function fuseHits(query: string, dense: readonly { id: string; score: number; metadata: Record<string, unknown> }[], lexical: readonly LexicalHit[]): HybridHit[] {
  const d = new Map(dense.map((h) => [h.id, h]));
  const l = new Map(lexical.map((h) => [h.id, h]));
  const byScore = [...dense].sort((a, b) => b.score - a.score);
  return fuseRankings([byScore.map((h) => h.id), lexical.map((h) => h.id)]).map(({ id }) => {
    const dh = d.get(id);
    const lh = l.get(id);
    return {
      id,
      metadata: dh?.metadata ?? lh?.metadata ?? {},
      ...(dh ? { similarity: dh.score } : {}),
      matched: lh ? matchedWords(query, lh.matched) : [],
    };
  });
}
