/*
 * The Sigstore emulator's injected faults, over HTTP: each one must really happen on the wire
 * (a status with its Retry-After, a connection reset with no answer, an answer held past the
 * client's timeout), be counted as applied only when it fired, and be dropped by clearFaults.
 */
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { causeChain } from '../../src/core/errors.js';
import { useServer } from '../helpers/servers.js';

const sigstore = useServer('sigstore', startSigstore);

/** A token request as the runner's client makes it. */
function tokenRequest(signal?: AbortSignal): Promise<Response> {
  return fetch(`${sigstore.oidcRequestURL}?audience=sigstore`, {
    headers: { authorization: `Bearer ${sigstore.oidcRequestToken}` },
    signal: signal ?? AbortSignal.timeout(10_000),
  });
}

/** The error codes in a fetch failure's cause chain (ECONNRESET, …). */
function codes(error: unknown): string[] {
  return causeChain(error).map((e) => String((e as { code?: unknown }).code ?? ''));
}

afterEach(() => sigstore.clearFaults());

describe('Sigstore emulator faults', () => {
  it('status: answers the next requests with the status and Retry-After, then serves again', async () => {
    const before = sigstore.applied.oidc;
    sigstore.fault('oidc', { kind: 'status', status: 429, retryAfter: 1, times: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await tokenRequest();
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('1');
      await res.body?.cancel();
    }
    expect(sigstore.applied.oidc - before).toBe(2);
    expect(sigstore.faultsFired()).toBe(true);
    const ok = await tokenRequest();
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
  });

  it('failNext still answers with a status (no Retry-After), and counts as applied', async () => {
    const before = sigstore.applied.fulcio;
    sigstore.failNext('fulcio', 503, 1);
    const res = await fetch(`${sigstore.fulcioURL}/api/v2/signingCert`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeNull();
    await res.body?.cancel();
    expect(sigstore.applied.fulcio - before).toBe(1);
  });

  it('reset: the connection is reset with no answer, and nothing is issued', async () => {
    const issued = sigstore.issued.length;
    const before = sigstore.applied.oidc;
    sigstore.fault('oidc', { kind: 'reset' });
    const error = await tokenRequest().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(codes(error)).toContain('ECONNRESET');
    expect(sigstore.issued.length).toBe(issued);
    expect(sigstore.applied.oidc - before).toBe(1);
    // Once: the next request is served.
    const ok = await tokenRequest();
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
  });

  it('reset on Rekor: the entry POST gets no answer at all', async () => {
    sigstore.fault('rekor', { kind: 'reset' });
    const before = sigstore.applied.rekor;
    await expect(
      fetch(`${sigstore.rekorURL}/api/v1/log/entries`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
    expect(sigstore.applied.rekor - before).toBe(1);
  });

  it('slow: a client with a shorter timeout gets nothing and nothing is issued; a patient one gets the answer late', async () => {
    const issued = sigstore.issued.length;
    sigstore.fault('oidc', { kind: 'slow', delayMs: 600 });
    const started = Date.now();
    await expect(tokenRequest(AbortSignal.timeout(150))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(550);
    // Give the held request time to see its client gone: it must not issue a token then.
    await new Promise((r) => setTimeout(r, 700));
    expect(sigstore.issued.length).toBe(issued);

    sigstore.fault('oidc', { kind: 'slow', delayMs: 400 });
    const t0 = Date.now();
    const res = await tokenRequest();
    expect(res.status).toBe(200);
    await res.body?.cancel();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
    expect(sigstore.issued.length).toBe(issued + 1);
  });

  it('lost: the token is issued, then the connection is reset instead of the answer', async () => {
    const issued = sigstore.issued.length;
    sigstore.fault('oidc', { kind: 'lost' });
    const error = await tokenRequest().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(codes(error)).toContain('ECONNRESET');
    expect(sigstore.issued.length).toBe(issued + 1);
  });

  it('lost on Rekor: the entry is logged; the same entry again gets 409 naming it, and that entry can be read', async () => {
    // A real entry: sign something and log it through the emulator, then replay its body.
    const { SigningSession } = await import('../../src/core/sigstore/sign.js');
    const { staticIdentityProvider } = await import('../../src/core/sigstore/oidc.js');
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, retries: 0 },
      staticIdentityProvider(sigstore.issueToken()),
    );
    const bundle = await session.signMessage(Buffer.from('logged once'));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    const body = Buffer.from(entry.canonicalizedBody, 'base64').toString('utf8');
    const post = () =>
      fetch(`${sigstore.rekorURL}/api/v1/log/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const conflict = await post();
    expect(conflict.status).toBe(409);
    const location = conflict.headers.get('location') ?? '';
    await conflict.body?.cancel();
    expect(location).toMatch(/^\/api\/v1\/log\/entries\/[0-9a-f]+$/);
    const read = await fetch(`${sigstore.rekorURL}${location}`);
    expect(read.status).toBe(200);
    const logged = (await read.json()) as Record<string, { logIndex: number }>;
    expect(Object.values(logged)[0].logIndex).toBe(Number(entry.logIndex));
    const missing = await fetch(`${sigstore.rekorURL}/api/v1/log/entries/00ff`);
    expect(missing.status).toBe(404);
    await missing.body?.cancel();

    // lost: a new entry is logged but its answer never arrives. sigstore-js's retry then meets
    // the 409 and reads the entry: POST (lost), POST (409), GET. One entry, not two.
    const retrying = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, retries: 1, backoffMs: 1 },
      staticIdentityProvider(sigstore.issueToken()),
    );
    const before = sigstore.counts.rekor;
    sigstore.fault('rekor', { kind: 'lost' });
    const other = await retrying.signMessage(Buffer.from('logged, answer lost'));
    expect(sigstore.counts.rekor - before).toBe(3);
    expect(sigstore.faultsFired()).toBe(true);
    expect(other.verificationMaterial.tlogEntries).toHaveLength(1);
  });

  it('truncate: the headers promise the whole answer, the body stops after `bytes`', async () => {
    const issued = sigstore.issued.length;
    sigstore.fault('oidc', { kind: 'truncate', bytes: 10 });
    const res = await tokenRequest();
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(10);
    await expect(res.text()).rejects.toThrow();
    // Acted on: the token was issued, only its delivery was cut.
    expect(sigstore.issued.length).toBe(issued + 1);
  });

  it('faultsFired is false while a fault is pending, and clearFaults drops fault() and failNext alike', async () => {
    sigstore.clearFaults();
    sigstore.fault('fulcio', { kind: 'reset' });
    sigstore.failNext('rekor', 500, 3);
    expect(sigstore.faultsFired()).toBe(false);
    sigstore.clearFaults();
    const res = await tokenRequest();
    expect(res.status).toBe(200);
    await res.body?.cancel();
    // Cleared faults never fire: a Rekor request is served by the log, not answered 500.
    const rekor = await fetch(`${sigstore.rekorURL}/api/v1/log/entries`, { method: 'POST', body: '{}' });
    expect(rekor.status).not.toBe(500);
    await rekor.body?.cancel();
  });

  it('refuses a fault that could never fire', () => {
    expect(() => sigstore.fault('tsa', { kind: 'reset', times: 0 })).toThrow(/times >= 1/);
  });
});
