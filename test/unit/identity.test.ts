import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { MemoryLogger } from './memoryLogger';
import { SidecarClient } from '../../src/sidecar/client';
import { probeSidecar } from '../../src/sidecar/identity';
import { Supervisor, type SupervisorState } from '../../src/sidecar/supervisor';
import { ROOT, SIDECAR_TOKEN, startSidecar, waitFor } from './helpers';

const FAKE = path.join(ROOT, 'test', 'unit', 'fixtures', 'fake-sidecar.mjs');

describe('sidecar identity', function () {
  this.timeout(60_000);

  describe('against the real sidecar', () => {
    let sidecar: { proc: ChildProcess; baseUrl: string };
    before(async () => {
      sidecar = await startSidecar();
    });
    after(() => {
      sidecar?.proc.kill('SIGTERM');
    });

    it('is proven by the spawned process with its token', async () => {
      assert.deepEqual(await probeSidecar(sidecar.baseUrl, SIDECAR_TOKEN, sidecar.proc.pid!), { ok: true });
    });

    it('fails for another pid or another token', async () => {
      const wrongPid = await probeSidecar(sidecar.baseUrl, SIDECAR_TOKEN, sidecar.proc.pid! + 1);
      assert.equal(wrongPid.ok, false);
      assert.match((wrongPid as { reason: string }).reason, new RegExp(`held by pid ${sidecar.proc.pid}`));
      const wrongToken = await probeSidecar(sidecar.baseUrl, 'another-launch-token', sidecar.proc.pid!);
      assert.equal(wrongToken.ok, false);
      assert.match((wrongToken as { reason: string }).reason, /does not hold this launch's token/);
    });
  });

  describe('an impostor on the port', () => {
    /** A scripted HTTP server that answers /health like the real sidecar and records every request. */
    interface Seen {
      url: string;
      headers: IncomingHttpHeaders;
    }
    let impostor: Server;
    let port: number;
    let seen: Seen[];
    let claimPid: () => number;
    beforeEach(async () => {
      seen = [];
      claimPid = () => process.pid;
      impostor = createServer((req, res) => {
        seen.push({ url: req.url ?? '', headers: req.headers });
        const body = req.url?.startsWith('/health/identity')
          ? { pid: claimPid(), proof: randomBytes(32).toString('hex') }
          : { status: 'ok', version: '0.1.0', pid: claimPid(), uptime_s: 1 };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
      await new Promise<void>((r) => impostor.listen(0, '127.0.0.1', r));
      port = (impostor.address() as AddressInfo).port;
    });
    afterEach(async () => {
      await new Promise((r) => impostor.close(r));
    });

    /** The supervisor spawns a process that never binds (the port is taken) and probes the impostor's port. */
    function supervise() {
      const log = new MemoryLogger();
      const states: SupervisorState[] = [];
      const token = randomBytes(32).toString('base64url');
      const sup = new Supervisor({
        log,
        prepare: () =>
          Promise.resolve({
            command: process.execPath,
            args: [FAKE, String(port)],
            env: { ...process.env, FAKE_MODE: 'no-listen', SIZA_ML_TOKEN: token },
            endpoint: { baseUrl: `http://127.0.0.1:${port}`, token },
          }),
        probe: async (endpoint, signal) => {
          await new SidecarClient(endpoint).health({ signal });
          return true;
        },
        readyTimeoutMs: 1_500,
        backoffInitialMs: 50,
        crashLimit: 2,
      });
      sup.onDidChangeState((s) => states.push(s));
      return { sup, log, states, token };
    }

    for (const [what, pid] of [
      ['claiming the spawned child’s pid', 'child'],
      ['reporting its own pid', 'own'],
    ] as const) {
      it(`${what}: never considered up, never sent the token`, async () => {
        const { sup, log, states, token } = supervise();
        if (pid === 'child') claimPid = () => sup.pid ?? -1;
        try {
          await sup.start();
          await waitFor(() => sup.state.kind === 'failed', 20_000, 'the supervisor to give up');
        } finally {
          await sup.stop();
        }
        assert.ok(!states.some((s) => s.kind === 'ready'), 'never ready');
        assert.ok(seen.length > 0, 'the impostor was asked');
        assert.ok(seen.every((r) => r.url.startsWith('/health/identity?challenge=')), 'only the identity route was asked');
        for (const r of seen) {
          assert.equal(r.headers.authorization, undefined);
          assert.ok(!JSON.stringify(r).includes(token), 'the token appears nowhere in what the impostor received');
        }
        const expected = pid === 'child' ? /token withheld: pid \d+ at .* does not hold this launch's token/ : /token withheld: port \d+ is held by pid \d+/;
        assert.ok(log.lines.some((l) => expected.test(l)), log.lines.join('\n'));
        assert.equal(sup.pid, undefined, 'no child left');
      });
    }
  });
});
