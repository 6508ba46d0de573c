import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { SidecarClient, AVAILABILITY_TTL_MS } from '../../src/sidecar/client';
import { choosePort } from '../../src/sidecar/port';
import { healthSchema, readySchema } from '../../src/core/protocol/index';
import { errorOf, SIDECAR_TOKEN, startSidecar, waitFor } from './helpers';

const TOKEN = SIDECAR_TOKEN;


describe('HTTP client against the real sidecar (contract)', function () {
  this.timeout(60_000);
  let sidecar: { proc: ChildProcess; baseUrl: string };

  before(async () => {
    sidecar = await startSidecar();
  });
  after(() => {
    sidecar.proc.kill('SIGTERM');
  });

  it('parses /health and /ready with the shared schemas', async () => {
    const client = new SidecarClient({ baseUrl: sidecar.baseUrl, token: TOKEN });
    const health = await client.health();
    assert.equal(health.status, 'ok');
    assert.equal(health.pid, sidecar.proc.pid);
    const ready = await client.ready();
    assert.equal(ready.ready, true);
    assert.match(ready.python, /^3\.\d+\.\d+$/);
    assert.ok(ready.models.some((m) => m.name === 'embeddings'));
    assert.ok(ready.memory.rss_mb > 0);
    assert.equal(ready.versions.fastapi !== null, true);
  });

  it('a wrong token is a 401 error, not a result', async () => {
    const bad = new SidecarClient({ baseUrl: sidecar.baseUrl, token: 'wrong' });
    const err = await errorOf(bad.health());
    assert.equal(err.kind, 'http');
    assert.equal(err.status, 401);
    assert.equal(await bad.isAvailable(), false);
  });

  it('reports unknown routes, oversized bodies and unexpected shapes as typed errors', async () => {
    const client = new SidecarClient({ baseUrl: sidecar.baseUrl, token: TOKEN });
    assert.equal((await errorOf(client.call('GET', '/no-such-route', healthSchema))).status, 404);
    const huge = 'x'.repeat(11 * 1024 * 1024);
    assert.equal((await errorOf(client.call('POST', '/health', healthSchema, { body: { huge } }))).status, 413);
    assert.equal((await errorOf(client.call('GET', '/health', readySchema))).kind, 'protocol');
  });

  it('caches availability for 30 s and drops the cache at the first failure', async () => {
    const own = await startSidecar();
    let now = 1_000_000;
    const client = new SidecarClient({ baseUrl: own.baseUrl, token: TOKEN }, () => now);
    assert.equal(await client.isAvailable(), true);
    own.proc.kill('SIGKILL');
    await waitFor(() => own.proc.exitCode !== null || own.proc.signalCode !== null, 10_000, 'exit');
    assert.equal(await client.isAvailable(), true, 'cached: no request within the TTL');
    now += AVAILABILITY_TTL_MS + 1;
    assert.equal(await client.isAvailable(), false, 'expired: probed, and the sidecar is gone');

    const err = await errorOf(client.health());
    assert.equal(err.kind, 'unavailable');
  });

  it('a failed call drops a fresh availability cache at once', async () => {
    const own = await startSidecar();
    const client = new SidecarClient({ baseUrl: own.baseUrl, token: TOKEN }, () => 0);
    assert.equal(await client.isAvailable(), true);
    own.proc.kill('SIGKILL');
    await waitFor(() => own.proc.signalCode !== null, 10_000, 'exit');
    await errorOf(client.ready());
    assert.equal(await client.isAvailable(), false);
  });
});

describe('HTTP client timeouts', () => {
  let server: Server;
  let port: number;
  before(async () => {
    server = createServer(() => undefined); // accepts, never answers
    port = await choosePort(0);
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  });
  after(() => {
    server.close();
  });

  it('gives up after the per-call timeout with a timeout error', async () => {
    const client = new SidecarClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't' });
    const err = await errorOf(client.health({ timeoutMs: 300 }));
    assert.equal(err.kind, 'timeout');
  });

  it('honours the caller\'s cancellation', async () => {
    const client = new SidecarClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't' });
    const err = await errorOf(client.health({ signal: AbortSignal.timeout(100), timeoutMs: 10_000 }));
    assert.equal(err.kind, 'unavailable');
  });
});
