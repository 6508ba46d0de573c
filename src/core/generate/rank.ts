import type { LibraryComponent } from '../library/types';
import { contentWords, pascalWords, singular, tokens } from './words';

/**
 * Ranks library components for a request: the embedding similarity of the request to each
 * component's text (from the library collection), plus what the metadata says outright: the
 * request names the component's category or kind ("a login form" is a form), or its tags.
 */
export interface Ranked {
  component: LibraryComponent;
  /** The blended score used to order (similarity + metadata bonus). */
  score: number;
  /** Cosine similarity from the vector search (0 when the component was not among the hits). */
  similarity: number;
  /** The request's words that matched the metadata, for the result's "why". */
  matched: string[];
}

/** A category named in the request outweighs a few points of cosine; tags nudge. */
const CATEGORY_BONUS = 0.15;
const NAME_BONUS = 0.08;
const TAG_BONUS = 0.03;
const MAX_TAG_BONUS = 0.12;

/** Synonyms people use for a category (the category's own words always count). */
export const CATEGORY_WORDS: Record<string, readonly string[]> = {
  button: ['btn', 'cta-button'],
  modal: ['dialog', 'popup', 'lightbox'],
  navbar: ['nav', 'navigation', 'menu-bar', 'topbar', 'header-nav'],
  table: ['grid', 'datagrid', 'spreadsheet'],
  input: ['field', 'textbox', 'text-field'],
  toast: ['snackbar', 'notification'],
  dropdown: ['menu', 'popover'],
  hero: ['jumbotron', 'splash'],
  form: ['login', 'signup', 'register'],
  pricing: ['plan', 'plans', 'tier', 'tiers', 'subscription'],
  switch: ['toggle'],
  spinner: ['loader', 'loading'],
  progress: ['progressbar'],
  badge: ['tag', 'chip', 'pill', 'label'],
  avatar: ['profile-picture', 'user-image'],
  tabs: ['tab'],
  accordion: ['faq', 'collapse', 'collapsible'],
  footer: [],
  sidebar: ['drawer', 'side-nav'],
};

export function rankLibrary(request: string, similarity: ReadonlyMap<string, number>, library: readonly LibraryComponent[]): Ranked[] {
  const words = new Set(contentWords(request));
  const phrase = ` ${tokens(request).join(' ')} `;
  const ranked = library.map((component) => {
    const matched = new Set<string>();
    let bonus = 0;
    const category = [component.category, ...(CATEGORY_WORDS[component.category] ?? [])];
    const hit = category.find((c) => has(words, phrase, c));
    if (hit) {
      bonus += CATEGORY_BONUS;
      matched.add(hit);
    }
    const nameWords = pascalWords(component.name).filter((w) => w !== component.category && !matched.has(w));
    for (const w of nameWords) {
      if (words.has(singular(w))) {
        bonus += NAME_BONUS;
        matched.add(w);
      }
    }
    let tagBonus = 0;
    for (const tag of component.tags) {
      if (matched.has(tag) || !has(words, phrase, tag)) continue;
      tagBonus += TAG_BONUS;
      matched.add(tag);
    }
    if (component.variant && has(words, phrase, component.variant)) {
      tagBonus += TAG_BONUS;
      matched.add(component.variant);
    }
    bonus += Math.min(tagBonus, MAX_TAG_BONUS);
    const sim = similarity.get(component.name) ?? 0;
    return { component, score: sim + bonus, similarity: sim, matched: [...matched] };
  });
  return ranked.sort((a, b) => b.score - a.score || a.component.name.localeCompare(b.component.name));
}

/** A one-word term matches a word of the request; a hyphenated one matches its words in order. */
function has(words: ReadonlySet<string>, phrase: string, term: string): boolean {
  if (!term.includes('-')) return words.has(singular(term));
  return phrase.includes(` ${term.split('-').join(' ')} `) || phrase.includes(` ${term} `);
}
