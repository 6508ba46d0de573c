import { createServer } from 'node:net';

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(undefined));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const addr = srv.address();
      const got = typeof addr === 'object' && addr ? addr.port : undefined;
      srv.close(() => resolve(got));
    });
  });
}

/** The preferred port when it is free on 127.0.0.1, else one the OS picks. */
export async function choosePort(preferred: number): Promise<number> {
  const got = (await tryListen(preferred)) ?? (await tryListen(0));
  if (got === undefined) throw new Error('No free TCP port on 127.0.0.1');
  return got;
}
