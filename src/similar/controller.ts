import type { Logger } from '../core/logger';
import type { Tier } from '../core/inference';
import { prepareQuery } from '../core/similar/query';
import type { SimilarFromWebview, SimilarItem, SimilarResult, SimilarState } from './protocol';

/**
 * The Find Similar sidebar's host-side logic, free of `vscode` so the unit tier runs it: the state,
 * the results by id (the webview only ever names one), and one search at a time (a new one aborts the last).
 */

/** What the sidebar searches with (src/similar/search.ts implements it over the index and the library). */
export interface SimilarBackend {
  search(query: string, signal: AbortSignal): Promise<{ tier: Tier; results: SimilarResult[] }>;
  open(result: SimilarResult): Promise<void>;
}

export const IDLE: SimilarState = Object.freeze({ query: '', status: 'idle', results: [] });

function item({ uri: _uri, range: _range, ...rest }: SimilarResult): SimilarItem {
  return rest;
}

/** What the controller tells its view (src/similar/view.ts): every new state. */
export interface SimilarStateView {
  showState(state: SimilarState): void;
}

export class SimilarController {
  private current: SimilarState = IDLE;
  private view: SimilarStateView | undefined;
  private results = new Map<string, SimilarResult>();
  private inFlight: AbortController | undefined;

  constructor(
    private readonly backend: SimilarBackend,
    private readonly log: Logger,
  ) {}

  /** The view that shows the states; built over this controller, so it is attached after. */
  attach(view: SimilarStateView): void {
    this.view = view;
  }

  get state(): SimilarState {
    return this.current;
  }

  handle(m: SimilarFromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        // a webview restored from its own saved state after the host lost its own: search that again
        if (this.current === IDLE && m.query?.trim()) return this.search(m.query);
        this.view?.showState(this.current);
        return Promise.resolve();
      case 'search':
        return this.search(m.query, m.length);
      case 'open':
        return this.open(m.id);
    }
  }

  showResults(title: string, results: SimilarResult[], tier: Tier): void {
    this.abort();
    this.setResults(results);
    this.update({ query: '', title, status: 'done', tier, results: results.map(item) });
  }

  /** `length`: the whole pasted text's length, when the webview cut it. */
  async search(query: string, length?: number): Promise<void> {
    this.abort();
    if (!query.trim()) {
      this.setResults([]);
      return this.update({ ...IDLE, query });
    }
    const prepared = prepareQuery(query, length);
    const notices = prepared.notices.length ? { notices: prepared.notices } : {};
    if (prepared.kind === 'unsearchable') {
      this.setResults([]);
      return this.update({ query, status: 'done', results: [], ...notices });
    }
    const controller = new AbortController();
    this.inFlight = controller;
    // keep a search's previous results on screen while the next one runs; a component's neighbours go
    const previous = this.current.title ? [] : this.current.results;
    this.update({ query, status: 'searching', results: previous, tier: this.current.tier, ...notices });
    try {
      const { tier, results } = await this.backend.search(prepared.text, controller.signal);
      if (controller.signal.aborted) return;
      this.setResults(results);
      this.update({ query, status: 'done', tier, results: results.map(item), ...notices });
    } catch (e) {
      if (controller.signal.aborted) return;
      const message = (e as Error)?.message || String(e);
      this.log.warn(`Find Similar: the search failed: ${message}`);
      this.setResults([]);
      this.update({ query, status: 'error', results: [], error: message });
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  private async open(id: string): Promise<void> {
    const result = this.results.get(id);
    if (!result) {
      this.update({ ...this.current, status: 'error', error: 'That result is out of date: search again.' });
      return;
    }
    try {
      await this.backend.open(result);
    } catch (e) {
      this.log.warn(`Find Similar: could not open ${result.uri}: ${(e as Error).message}`);
      this.update({ ...this.current, status: 'error', error: `Could not open ${result.name}: ${(e as Error).message}` });
    }
  }

  private abort(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private setResults(results: SimilarResult[]): void {
    this.results = new Map(results.map((r) => [r.id, r]));
  }

  private update(state: SimilarState): void {
    this.current = state;
    this.view?.showState(state);
  }

  dispose(): void {
    this.abort();
  }
}
