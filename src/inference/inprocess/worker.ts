/** Entry of dist/embed-worker.js: a worker_threads Worker that owns the model, so the host never blocks. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEncoder, ModelLoadError, type Encoder } from './encoder';
import type { EmbedWorkerConfig, HostToWorker, WorkerToHost } from './messages';

const port = parentPort;
if (!port) throw new Error('embed-worker.js runs only as a worker thread');
const config = workerData as EmbedWorkerConfig;
let encoder: Promise<Encoder> | undefined;

function post(msg: WorkerToHost): void {
  port!.postMessage(msg, msg.type === 'vectors' ? [msg.data.buffer as ArrayBuffer] : []);
}

function load(): Promise<Encoder> {
  if (!encoder) {
    const started = performance.now();
    encoder = loadEncoder(config).then((enc) => {
      post({ type: 'loaded', manifest: enc.manifest, loadMs: Math.round(performance.now() - started) });
      return enc;
    });
  }
  return encoder;
}

// Messages are handled one at a time (the host sends one batch at a time), in arrival order.
port.on('message', (msg: HostToWorker) => {
  void (async () => {
    let enc: Encoder;
    try {
      enc = await load();
    } catch (e) {
      const message = e instanceof ModelLoadError ? e.message : `the embedding model failed to load: ${String(e)}`;
      post({ type: 'failed', id: msg.id, message, fatal: true });
      return;
    }
    try {
      const data = await enc.encode(msg.texts);
      post({ type: 'vectors', id: msg.id, data, dimensions: enc.manifest.dimensions });
    } catch (e) {
      post({ type: 'failed', id: msg.id, message: `embedding failed: ${e instanceof Error ? e.message : String(e)}`, fatal: false });
    }
  })();
});
