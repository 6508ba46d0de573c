/// <reference lib="dom" />
import type { SimilarFromWebview, SimilarState, SimilarToWebview } from '../similar/protocol';
import { dom, onHostMessage, vscodeApi, type Dom } from './dom';
import { MAX_QUERY_CHARS } from '../core/similar/query';
import { renderOption, renderStatus } from './similarList';

/** The Find Similar sidebar: a search box (Enter or a 300 ms pause searches), a status line and a listbox. */

export const DEBOUNCE_MS = 300;

/** What the webview keeps with vscode.setState: the host's last state and the user's unsent draft. */
export interface SavedState {
  state: SimilarState;
  draft: string;
}

export interface SimilarViewOptions {
  post(message: SimilarFromWebview): void;
  save(saved: SavedState): void;
  saved?: SavedState;
  debounceMs?: number;
}

export interface SimilarView {
  element: HTMLElement;
  setState(state: SimilarState): void;
}

export function heading(title: string): string {
  return /^similar\b/i.test(title) ? title : `Similar to ${title}`;
}

export function createSimilarView(d: Dom, o: SimilarViewOptions): SimilarView {
  let state: SimilarState = o.saved?.state ?? { query: '', status: 'idle', results: [] };
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = state.query;

  const input = d.h('textarea', {
    id: 'query',
    class: 'query',
    rows: 2,
    placeholder: 'Describe a component or paste code…',
    'aria-label': 'Describe a component or paste code; Enter searches, Shift+Enter starts a new line',
    spellcheck: 'false',
  });
  input.value = o.saved?.draft ?? state.query;
  const progress = d.h('div', { class: 'progress', 'aria-hidden': 'true' });
  const status = d.h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const title = d.h('h2', { class: 'results-title' });
  const list = d.h('ul', { class: 'results', role: 'listbox', tabindex: 0, 'aria-label': 'Similar components' });
  const head = d.h('div', { class: 'head' }, d.h('div', { class: 'search' }, input), progress, status);
  const element = d.h('div', { class: 'similar-view' }, head, title, list);

  const save = () => o.save({ state, draft: input.value });

  /** Enter searches now, even the same text again; typing searches after a pause, only when the text changed. */
  function search(now: boolean): void {
    clearTimeout(timer);
    const send = () => {
      if (!now && input.value.trim() === lastSent.trim()) return;
      lastSent = input.value;
      const q = input.value;
      // a paste over the limit is cut here (the host says so), never refused in silence
      o.post(q.length > MAX_QUERY_CHARS ? { type: 'search', query: q.slice(0, MAX_QUERY_CHARS), length: q.length } : { type: 'search', query: q });
    };
    if (now) send();
    else timer = setTimeout(send, o.debounceMs ?? DEBOUNCE_MS);
  }

  function open(index: number): void {
    const r = state.results[index];
    if (r) o.post({ type: 'open', id: r.id });
  }

  function setActive(index: number): void {
    const n = state.results.length;
    active = n === 0 || index < 0 ? -1 : Math.min(n - 1, index);
    list.querySelectorAll('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    if (active < 0) list.removeAttribute('aria-activedescendant');
    else {
      list.setAttribute('aria-activedescendant', `result-${active}`);
      list.querySelector(`#result-${active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  function render(): void {
    element.classList.toggle('searching', state.status === 'searching');
    status.replaceChildren(...renderStatus(d, state));
    title.hidden = !state.title;
    title.textContent = state.title ? heading(state.title) : '';
    list.replaceChildren(...state.results.map((r, i) => renderOption(d, r, i, i === active)));
    list.hidden = state.results.length === 0;
    setActive(active);
  }

  input.addEventListener('input', () => {
    save();
    search(false);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      search(true);
    } else if (e.key === 'ArrowDown' && state.results.length > 0 && input.selectionStart === input.value.length) {
      e.preventDefault();
      list.focus();
    }
  });
  list.addEventListener('focus', () => {
    if (active < 0) setActive(0);
  });
  list.addEventListener('keydown', (e) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: state.results.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      if (e.key === 'ArrowUp' && active <= 0) return input.focus();
      setActive(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(active);
    }
  });
  list.addEventListener('click', (e) => {
    const option = (e.target as Element | null)?.closest?.('[role="option"]');
    if (!option) return;
    const index = Array.from(list.children).indexOf(option);
    setActive(index);
    open(index);
  });

  render();
  return {
    element,
    setState(next: SimilarState): void {
      // new results: the first is active only while the list has focus
      if (next.status !== state.status || next.query !== state.query || next.title !== state.title) {
        active = list === d.doc.activeElement && next.results.length > 0 ? 0 : -1;
      }
      // a component's neighbours replace the search: its text would describe other results
      if (next.title && next.title !== state.title) input.value = '';
      state = next;
      if (next.status !== 'searching') lastSent = next.query;
      render();
      save();
    },
  };
}

function main(): void {
  const api = vscodeApi<SimilarFromWebview, SavedState>();
  if (!api) return; // imported by a unit test, not in a webview
  const d: Dom = dom(document);
  const saved = api.getState();
  const view = createSimilarView(d, { post: (m) => api.postMessage(m), save: (s) => api.setState(s), saved });
  document.getElementById('app')!.replaceChildren(view.element);
  onHostMessage<SimilarToWebview>((m) => {
    if (m.type === 'state') view.setState(m.state);
  });
  api.postMessage({ type: 'ready', query: saved?.state.query || undefined });
}

main();
