/** Request/response over a worker_threads Worker: lazy start, per-call abort, restart after a crash. */
import { Worker, type MessagePort } from 'node:worker_threads';
import type { Logger } from '../core/logger';

export type RpcReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: string };

interface Pending<R> {
  resolve(v: R): void;
  reject(e: Error): void;
}

export class RpcWorker<Req, Res> {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending<Res>>();
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly name: string,
    private readonly log: Logger,
    private readonly workerData?: unknown,
  ) {}

  call(request: Req, signal?: AbortSignal): Promise<Res> {
    if (this.disposed) return Promise.reject(new Error(`${this.name} is disposed`));
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    return new Promise<Res>((resolve, reject) => {
      const onAbort = () => {
        // The worker finishes the job anyway (it is short); the caller just stops waiting.
        this.pending.delete(id);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (v) => (done(), resolve(v)),
        reject: (e) => (done(), reject(e)),
      });
      this.ensure().postMessage({ id, request });
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.failAll(new Error(`${this.name} is disposed`));
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script, { workerData: this.workerData });
    w.unref(); // never keeps the extension host alive on its own
    w.on('message', (reply: RpcReply<Res>) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(reply.error));
    });
    w.on('error', (e) => {
      this.log.error(`${this.name} crashed: ${e.message}`);
      this.failAll(new Error(`${this.name} crashed: ${e.message}`));
      if (this.worker === w) this.worker = undefined; // the next call starts a fresh one
    });
    w.on('exit', (code) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      if (!this.disposed) this.failAll(new Error(`${this.name} exited with code ${code}`));
    });
    this.worker = w;
    return w;
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}

function abortError(): Error {
  return new DOMException('the request was aborted', 'AbortError');
}

/** The worker side: answers each `{id, request}` with the handler's value or its error. */
export function serveRpc<Req, Res>(port: MessagePort, handle: (r: Req) => Res | Promise<Res>): void {
  port.on('message', ({ id, request }: { id: number; request: Req }) => {
    void (async () => {
      try {
        port.postMessage({ id, ok: true, value: await handle(request) } satisfies RpcReply<Res>);
      } catch (e) {
        port.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies RpcReply<Res>);
      }
    })();
  });
}
