import type { SidecarClient } from './client';

interface Disposable {
  dispose(): void;
}

/**
 * One launch of the sidecar, from ready until it stops, crashes or restarts: its client, and what
 * features tie to that launch (timers, in-flight requests, per-launch state). The manager creates it
 * when the sidecar is ready and ends it when that process is gone, which disposes everything it owns
 * (newest first); the next launch gets a new session. No `vscode` here, so the unit tier tests it.
 */
export class SidecarSession {
  private readonly owned: Disposable[] = [];
  private readonly abort = new AbortController();

  constructor(readonly client: SidecarClient) {}

  /** Aborted when the session ends: pass it to the requests made for this launch. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get ended(): boolean {
    return this.abort.signal.aborted;
  }

  /** Ties `d` to this launch; owned after the end, it is disposed at once. */
  own<T extends Disposable>(d: T): T {
    if (this.ended) d.dispose();
    else this.owned.push(d);
    return d;
  }

  /** Runs `fn` after `ms`, unless the launch has ended by then. */
  after(ms: number, fn: () => void): void {
    const t = setTimeout(fn, ms);
    this.own({ dispose: () => clearTimeout(t) });
  }

  /** Called once by the manager; a throwing disposable does not keep the others alive. */
  end(): void {
    if (this.ended) return;
    this.abort.abort(new Error('The sidecar session ended'));
    const errors: unknown[] = [];
    for (const d of this.owned.splice(0).reverse()) {
      try {
        d.dispose();
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length) throw new AggregateError(errors, 'Disposing the sidecar session failed');
  }
}
