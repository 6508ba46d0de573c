import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { MemoryLogger } from './memoryLogger';
import { SidecarClient } from '../../src/sidecar/client';
import { choosePort } from '../../src/sidecar/port';
import { isAlive } from '../../src/sidecar/process';
import { Supervisor, type SupervisorOptions, type SupervisorState } from '../../src/sidecar/supervisor';
import { ROOT, waitFor } from './helpers';

const FAKE = path.join(ROOT, 'test', 'unit', 'fixtures', 'fake-sidecar.mjs');

/** A supervisor over real child processes; `modes` gives each successive launch its behaviour. */
function supervise(modes: string[], overrides: Partial<SupervisorOptions> = {}) {
  const log = new MemoryLogger();
  const states: SupervisorState[] = [];
  const pids: number[] = [];
  let launches = 0;
  const sup = new Supervisor({
    log,
    prepare: async () => {
      const mode = modes[Math.min(launches++, modes.length - 1)]!;
      const port = await choosePort(0);
      const token = randomBytes(16).toString('hex');
      return {
        command: process.execPath,
        args: [FAKE, String(port)],
        env: { ...process.env, FAKE_MODE: mode, SIZA_ML_TOKEN: token },
        endpoint: { baseUrl: `http://127.0.0.1:${port}`, token },
      };
    },
    probe: async (endpoint, signal) => {
      await new SidecarClient(endpoint).health({ signal });
      return true;
    },
    readyTimeoutMs: 3_000,
    backoffInitialMs: 50,
    backoffMaxMs: 400,
    stopGraceMs: 1_000,
    ...overrides,
  });
  sup.onDidChangeState((s) => {
    states.push(s);
    if (s.kind === 'ready') pids.push(s.pid);
  });
  return { sup, log, states, pids, launches: () => launches };
}

describe('supervisor (real child processes)', function () {
  this.timeout(30_000);
  const running: Supervisor[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });
  const track = <T extends { sup: Supervisor }>(t: T) => (running.push(t.sup), t);

  it('starts, reports ready with the pid, and stops with SIGTERM', async () => {
    const { sup, pids } = track(supervise(['ok']));
    await sup.start();
    const ready = await sup.whenReady(10_000);
    assert.equal(ready.pid, pids[0]);
    assert.ok(isAlive(ready.pid));
    await sup.stop();
    assert.equal(sup.state.kind, 'stopped');
    await waitFor(() => !isAlive(ready.pid), 5_000, 'the child to exit');
  });

  it('restarts a process killed with SIGKILL', async () => {
    const { sup, pids } = track(supervise(['ok']));
    await sup.start();
    const first = await sup.whenReady(10_000);
    process.kill(first.pid, 'SIGKILL');
    await waitFor(() => pids.length >= 2, 10_000, 'a second ready');
    assert.notEqual(pids[1], first.pid);
    assert.equal(sup.state.kind, 'ready');
  });

  it('backs off exponentially and stops after the crash limit', async () => {
    const { sup, states, launches } = track(supervise(['crash-start'], { crashLimit: 4 }));
    await sup.start();
    await waitFor(() => sup.state.kind === 'failed', 10_000, 'failed');
    const delays = states.flatMap((s) => (s.kind === 'backoff' ? [s.delayMs] : []));
    assert.deepEqual(delays, [50, 100, 200]);
    assert.equal(launches(), 4);
    assert.match((sup.state as { reason: string }).reason, /crashed 4 times/);
  });

  it('recovers when crashes stop before the limit', async () => {
    const { sup, pids } = track(supervise(['crash-start', 'crash-later', 'ok']));
    await sup.start();
    await waitFor(() => pids.length >= 2 && sup.state.kind === 'ready', 10_000, 'ready on the third launch');
  });

  it('kills a process that never answers its health check, and retries', async () => {
    const { sup, log, launches } = track(supervise(['hang', 'ok'], { readyTimeoutMs: 800 }));
    await sup.start();
    await sup.whenReady(10_000);
    assert.equal(launches(), 2);
    assert.ok(log.lines.some((l) => l.includes('did not answer its health check')));
  });

  it('kills a ready process that stops answering (liveness), and restarts it', async () => {
    const { sup, log, pids } = track(supervise(['go-silent', 'ok'], { livenessIntervalMs: 200, livenessFailures: 2, livenessTimeoutMs: 300 }));
    await sup.start();
    const first = await sup.whenReady(10_000);
    await waitFor(() => pids.length >= 2, 10_000, 'a restart after the hang');
    assert.ok(!isAlive(first.pid));
    assert.ok(log.lines.some((l) => l.includes('stopped answering')));
  });

  it('kills a process that ignores SIGTERM after the grace period', async () => {
    const { sup, log } = track(supervise(['stubborn'], { stopGraceMs: 300 }));
    await sup.start();
    const ready = await sup.whenReady(10_000);
    await sup.stop();
    assert.ok(!isAlive(ready.pid));
    assert.ok(log.lines.some((l) => l.includes('did not stop within')));
  });

  it('serialises restarts: many at once leave exactly one live process', async () => {
    const { sup, pids } = track(supervise(['ok']));
    await sup.start();
    await sup.whenReady(10_000);
    await Promise.all([sup.restart(), sup.restart(), sup.restart()]);
    const last = await sup.whenReady(10_000);
    const alive = pids.filter((p) => isAlive(p));
    assert.deepEqual(alive, [last.pid]);
  });

  it('a command that cannot be spawned counts as a crash at once (no wait for the health deadline)', async () => {
    const { sup, log } = track(
      supervise(['ok'], {
        crashLimit: 2,
        readyTimeoutMs: 60_000,
        prepare: () =>
          Promise.resolve({ command: '/nonexistent/python', args: [], env: process.env, endpoint: { baseUrl: 'http://127.0.0.1:9', token: 't' } }),
      }),
    );
    await sup.start();
    await waitFor(() => sup.state.kind === 'failed', 5_000, 'failed');
    assert.ok(log.lines.some((l) => l.includes('could not be started')));
  });

  it('a stopped supervisor does not restart its process', async () => {
    const { sup, launches } = track(supervise(['crash-later']));
    await sup.start();
    await sup.whenReady(10_000);
    await sup.stop();
    const n = launches();
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(launches(), n);
    assert.equal(sup.state.kind, 'stopped');
  });
});
