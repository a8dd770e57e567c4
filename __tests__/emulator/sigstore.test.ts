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
