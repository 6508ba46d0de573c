import * as assert from 'node:assert/strict';
import { SidecarClient } from '../../src/sidecar/client';
import { SidecarSession } from '../../src/sidecar/session';

/** One launch of the sidecar as a disposal scope: what is tied to it ends with it, newest first, once. */

function session(): SidecarSession {
  // a client of a port nothing listens on: no request is made here, the session only carries it
  return new SidecarSession(new SidecarClient({ baseUrl: 'http://127.0.0.1:9', token: 't' }));
}

describe('SidecarSession (src/sidecar/session.ts)', () => {
  it('disposes what it owns once, newest first, and aborts its signal', () => {
    const s = session();
    const order: string[] = [];
    s.own({ dispose: () => order.push('first') });
    s.own({ dispose: () => order.push('second') });
    assert.equal(s.ended, false);
    assert.equal(s.signal.aborted, false);
    s.end();
    s.end();
    assert.deepEqual(order, ['second', 'first']);
    assert.equal(s.ended, true);
    assert.equal(s.signal.aborted, true);
  });

  it('disposes at once what is tied to it after it ended', () => {
    const s = session();
    s.end();
    let disposed = 0;
    s.own({ dispose: () => disposed++ });
    assert.equal(disposed, 1);
  });

  it('cancels a timer of the launch when the launch ends first', async () => {
    const s = session();
    let ran = 0;
    s.after(20, () => ran++);
    s.end();
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(ran, 0);
    const t = session();
    t.after(1, () => ran++);
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(ran, 1);
    t.end();
  });

  it('disposes the rest when one disposable throws, and reports every failure', () => {
    const s = session();
    let disposed = 0;
    s.own({ dispose: () => disposed++ });
    s.own({
      dispose: () => {
        throw new Error('boom');
      },
    });
    s.own({ dispose: () => disposed++ });
    assert.throws(
      () => s.end(),
      (e: unknown) => e instanceof AggregateError && e.errors.length === 1 && (e.errors[0] as Error).message === 'boom',
    );
    assert.equal(disposed, 2);
  });
});
