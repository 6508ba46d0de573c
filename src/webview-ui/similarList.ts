/// <reference lib="dom" />
import type { SimilarItem, SimilarState } from '../similar/protocol';
import { tierText, type Dom } from './dom';

/** The Find Similar sidebar's status line and result rows; the keyboard and messages live in similar.ts. */

export const PREVIEW_LINES = 8;

export function previewText(preview: string): string {
  return preview
    .split(/\r?\n/)
    .slice(0, PREVIEW_LINES)
    .map((l) => l.trimEnd())
    .join('\n');
}

export function percent(similarity: number): string {
  return `${Math.round(Math.min(1, Math.max(0, similarity)) * 100)}%`;
}

/** How the query was read (cut short, another script, not text), under the status. */
function notices(d: Dom, s: SimilarState): HTMLElement[] {
  return (s.notices ?? []).map((n) => d.h('div', { class: 'notice' }, d.icon('info'), ` ${n}`));
}

export function renderStatus(d: Dom, s: SimilarState): HTMLElement[] {
  return [...statusLine(d, s), ...notices(d, s)];
}

function statusLine(d: Dom, s: SimilarState): HTMLElement[] {
  const n = s.results.length;
  const count = `${n} result${n === 1 ? '' : 's'}`;
  switch (s.status) {
    case 'idle':
      return [d.h('span', { class: 'hint' }, 'Describe a component or paste code, then press Enter.')];
    case 'searching': {
      const spinner = d.icon('loading');
      spinner.classList.add('codicon-modifier-spin');
      return [spinner, d.h('span', {}, ' Searching…')];
    }
    case 'error':
      return [d.icon('error'), d.h('span', { class: 'error' }, ` ${s.error ?? 'The search failed.'}`)];
    case 'done':
      return [
        d.h('span', {}, count),
        s.tier ? d.h('span', { class: 'badge tier', title: tierText(s.tier) }, s.tier) : null,
      ].filter((e): e is HTMLElement => e !== null);
  }
}

function badges(d: Dom, r: SimilarItem): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (r.duplicate) out.push(d.h('span', { class: 'badge duplicate', title: 'Likely a duplicate of your code' }, 'duplicate'));
  if (r.source === 'library') out.push(d.h('span', { class: 'badge library', title: 'From the built-in component library' }, d.icon('library'), ' library'));
  return out;
}

/** How close it is: its similarity of meaning, or, found on shared words alone, that it was. */
function closeness(d: Dom, r: SimilarItem): HTMLElement {
  return r.similarity === undefined
    ? d.h('span', { class: 'similarity words', title: 'Found by the words it shares with your description' }, 'words')
    : d.h('span', { class: 'similarity', title: 'Similarity of meaning' }, percent(r.similarity));
}

export function renderOption(d: Dom, r: SimilarItem, index: number, active: boolean): HTMLLIElement {
  const close = r.similarity === undefined ? 'matched on words' : `${percent(r.similarity)} similar`;
  const why = r.matched?.length ? `, matched ${r.matched.join(', ')}` : '';
  const label = `${r.name}, ${close}, ${r.fileLabel}${r.duplicate ? ', duplicate' : ''}${r.source === 'library' ? ', from the library' : ''}${why}`;
  return d.h(
    'li',
    { id: `result-${index}`, role: 'option', class: 'result', 'aria-selected': active ? 'true' : 'false', 'aria-label': label },
    d.h(
      'div',
      { class: 'row' },
      d.h('span', { class: 'name' }, r.name),
      ...badges(d, r),
      closeness(d, r),
    ),
    d.h(
      'div',
      { class: 'row details' },
      d.h('span', { class: 'file' }, r.fileLabel),
      d.h('span', { class: 'framework' }, r.framework),
      r.score !== undefined && d.h('span', { class: 'quality', title: 'Quality score out of 10' }, d.icon('star-full'), ` ${r.score.toFixed(1)}`),
    ),
    r.matched?.length ? d.h('div', { class: 'row why', title: 'The words of your description this component shares, and where' }, `matched: ${r.matched.join(' · ')}`) : null,
    d.h('pre', { class: 'preview', 'aria-hidden': 'true' }, previewText(r.preview)),
  );
}
