import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { request } from 'undici';
import { z } from 'zod';

/** The one sidecar route answered without the token (python/siza_ml/routers/health.py). */
export const IDENTITY_PATH = '/health/identity';
const PREFIX = 'siza-identity:';

export const identitySchema = z.object({ pid: z.number().int(), proof: z.string().regex(/^[0-9a-f]{64}$/) });
export type Identity = z.infer<typeof identitySchema>;

export type IdentityResult = { ok: true } | { ok: false; reason: string };

/** hex HMAC-SHA256(token, "siza-identity:" + challenge), as the sidecar computes it. */
export function identityProof(token: string, challenge: string): string {
  return createHmac('sha256', token).update(PREFIX + challenge).digest('hex');
}

/**
 * Asks whoever listens at `baseUrl` to prove it is the process we spawned: its pid must be `expectedPid`
 * and it must answer a fresh random challenge with an HMAC keyed by this launch's token. The token itself
 * is never sent, so a process that grabbed the port learns nothing; only after this passes does anything
 * carry the token there.
 */
export async function probeSidecar(baseUrl: string, token: string, expectedPid: number, signal?: AbortSignal): Promise<IdentityResult> {
  const challenge = randomBytes(32).toString('hex');
  const url = new URL(IDENTITY_PATH, baseUrl);
  url.searchParams.set('challenge', challenge);
  let body: unknown;
  try {
    const res = await request(url, { method: 'GET', signal, headersTimeout: 2_000, bodyTimeout: 2_000 });
    if (res.statusCode !== 200) {
      await res.body.dump();
      return { ok: false, reason: `identity check answered HTTP ${res.statusCode}` };
    }
    body = await res.body.json();
  } catch (e) {
    return { ok: false, reason: `identity check failed: ${(e as Error).message}` };
  }
  const parsed = identitySchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'identity check: malformed answer' };
  if (parsed.data.pid !== expectedPid) return { ok: false, reason: `port ${url.port} is held by pid ${parsed.data.pid}, not the sidecar (pid ${expectedPid})` };
  const expected = Buffer.from(identityProof(token, challenge), 'hex');
  const got = Buffer.from(parsed.data.proof, 'hex');
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return { ok: false, reason: `pid ${expectedPid} at ${baseUrl} does not hold this launch's token` };
  return { ok: true };
}
