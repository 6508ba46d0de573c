/** Words of a request, for matching it against the library's metadata: lower case, simple singulars. */

const STOP = new Set(
  ('a an the and or with without for to of in on at by from into that which who whose this these those it its is are be ' +
    'i me my we our you your please can could would should need want make create generate build give write add show ' +
    'component components ui simple nice good modern clean beautiful pretty basic small-ish some one using use has have ' +
    'tailwind tailwindcss react vue svelte angular html tsx jsx sfc standalone responsive accessible style styled looking like')
    .split(' '),
);

/** Lower-cased word tokens (letters and digits), hyphenated words kept whole and split. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z0-9]+(?:-[a-z0-9]+)*/g)) {
    out.push(m[0]);
    if (m[0].includes('-')) out.push(...m[0].split('-'));
  }
  return out;
}

/** A crude singular: "buttons" → "button", "categories" → "category", "boxes" → "box"; short words and "-ss" stay. */
export function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The words that carry meaning, singular. */
export function contentWords(text: string): string[] {
  return tokens(text).filter((w) => !STOP.has(w)).map(singular);
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** "PricingCard" → ["pricing", "card"]. */
export function pascalWords(name: string): string[] {
  return name.split(/(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase());
}
