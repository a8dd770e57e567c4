/*
 * Timeouts and retries of the Sigstore requests (Fulcio, Rekor, the runner's OIDC endpoint),
 * at the wire against the emulator's connection faults: a service slower than the timeout is
 * given up on in time (never waited out), a reset or a slow answer is retried, and the
 * SEALED_RELEASE_* variables shorten the waits without changing the defaults users get.
 */
import { startSigstore } from '../../../src/emulator/sigstore/index.js';
import {
  OidcUnavailableError,
  runnerIdentityProvider,
  staticIdentityProvider,
} from '../../../src/core/sigstore/oidc.js';
import {
  SigningSession,
  sigstoreFetchOptions,
  SIGSTORE_TIMEOUT_MS,
} from '../../../src/core/sigstore/sign.js';
import { failureMessage } from '../../../src/core/action/run.js';
import { messageWithCauses } from '../../../src/core/errors.js';
import { useServer } from '../../helpers/servers.js';

const sigstore = useServer('sigstore', startSigstore);

afterEach(() => sigstore.clearFaults());

/** A session with a short timeout and backoff; `retries` as given. */
function session(retries: number, timeoutMs = 300): SigningSession {
  return new SigningSession(
    { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, timeoutMs, retries, backoffMs: 5 },
    staticIdentityProvider(sigstore.issueToken()),
  );
}

describe('sigstoreFetchOptions', () => {
  it('keeps the defaults for users: 30 s per request, 3 retries from 1 s doubling', () => {
    expect(sigstoreFetchOptions({}, {})).toEqual({
      timeout: SIGSTORE_TIMEOUT_MS,
      retry: { retries: 3, minTimeout: 1000, factor: 2 },
    });
    expect(SIGSTORE_TIMEOUT_MS).toBe(30_000);
  });

  it('takes the shortened waits from the environment, and ignores anything but digits', () => {
    const env = { SEALED_RELEASE_REQUEST_TIMEOUT_MS: '1500', SEALED_RELEASE_RETRY_MS: '20' };
    expect(sigstoreFetchOptions({}, env)).toEqual({
      timeout: 1500,
      retry: { retries: 3, minTimeout: 20, factor: 2 },
    });
    const bogus = { SEALED_RELEASE_REQUEST_TIMEOUT_MS: '1e3', SEALED_RELEASE_RETRY_MS: '-5' };
    expect(sigstoreFetchOptions({}, bogus).timeout).toBe(30_000);
    expect(sigstoreFetchOptions({}, bogus).retry.minTimeout).toBe(1000);
    // An explicit option wins over the environment.
    expect(sigstoreFetchOptions({ timeoutMs: 7, retries: 0, backoffMs: 1 }, env)).toEqual({
      timeout: 7,
      retry: { retries: 0, minTimeout: 1, factor: 2 },
    });
  });
});

describe('signing under connection faults', () => {
  it('gives up on a Fulcio slower than the timeout, in time, when no retry is left', async () => {
    sigstore.fault('fulcio', { kind: 'slow', delayMs: 5000 });
    const started = Date.now();
    const error = await session(0)
      .signMessage(Buffer.from('x'))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(messageWithCauses(error)).toMatch(/signing certificate: network timeout/);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('retries a slow Fulcio and a slow Rekor once each, and signs', async () => {
    const before = { ...sigstore.counts };
    sigstore.fault('fulcio', { kind: 'slow', delayMs: 2000 });
    sigstore.fault('rekor', { kind: 'slow', delayMs: 2000 });
    // 1 s: far below the fault's 2 s, and room for the good answer on a loaded machine (300 ms
    // was not always enough for Fulcio to issue a certificate there).
    const bundle = await session(1, 1000).signMessage(Buffer.from('x'));
    expect(sigstore.faultsFired()).toBe(true);
    expect(sigstore.counts.fulcio - before.fulcio).toBe(2);
    expect(sigstore.counts.rekor - before.rekor).toBe(2);
    // The abandoned attempt logged nothing: the bundle carries the one entry that answered.
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
  });

  it('retries a reset of Fulcio and of Rekor, and fails when resets outlast the retries', async () => {
    // A reset needs no short timeout; a generous one keeps a slow answer on a loaded machine
    // from spending the one retry the reset is meant to use.
    sigstore.fault('fulcio', { kind: 'reset' });
    sigstore.fault('rekor', { kind: 'reset' });
    await expect(session(1, 20_000).signMessage(Buffer.from('y'))).resolves.toBeDefined();
    expect(sigstore.faultsFired()).toBe(true);
    sigstore.fault('rekor', { kind: 'reset', times: 2 });
    await expect(session(1, 20_000).signMessage(Buffer.from('z'))).rejects.toThrow(/tlog entry/);
  });
});

describe("the runner's OIDC endpoint under connection faults", () => {
  it('honours SEALED_RELEASE_REQUEST_TIMEOUT_MS: a slow endpoint is given up on in time, as an outage', async () => {
    sigstore.fault('oidc', { kind: 'slow', delayMs: 5000 });
    const env = {
      ...sigstore.runnerEnv(),
      SEALED_RELEASE_REQUEST_TIMEOUT_MS: '200',
      SEALED_RELEASE_RETRY_MS: '1',
    };
    const started = Date.now();
    const error = await runnerIdentityProvider('sigstore', env, { retries: 0 })
      .getToken()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(OidcUnavailableError);
    expect((error as OidcUnavailableError).code).toBe('UNREACHABLE');
    expect(failureMessage(error)).toMatch(
      /^The runner's OIDC endpoint did not answer after 1 attempt\(s\) \(.*timeout/,
    );
  });

  it('retries a reset and a slow answer, and hands out the token that answered', async () => {
    const env = {
      ...sigstore.runnerEnv(),
      SEALED_RELEASE_REQUEST_TIMEOUT_MS: '200',
      SEALED_RELEASE_RETRY_MS: '1',
    };
    sigstore.fault('oidc', { kind: 'reset' });
    expect(await runnerIdentityProvider('sigstore', env).getToken()).toMatch(/^ey/);
    const issued = sigstore.issued.length;
    sigstore.fault('oidc', { kind: 'slow', delayMs: 1000 });
    const token = await runnerIdentityProvider('sigstore', env).getToken();
    expect(sigstore.faultsFired()).toBe(true);
    // Let the held request see its client gone: only the answered attempt issued a token.
    await new Promise((r) => setTimeout(r, 1100));
    expect(sigstore.issued.slice(issued)).toEqual([token]);
  });

  it('reports the reason of the last attempt when resets outlast the retries', async () => {
    sigstore.fault('oidc', { kind: 'reset', times: 3 });
    const provider = runnerIdentityProvider('sigstore', sigstore.runnerEnv(), { retries: 2, backoffMs: 1 });
    await expect(provider.getToken()).rejects.toThrow(
      /after 3 attempt\(s\) \(.*(ECONNRESET|other side|reset)/,
    );
  });
});
