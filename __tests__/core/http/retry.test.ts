/*
 * The one retry policy and Retry-After parser (http/retry.ts), which the fetch layer and the
 * GitHub client's request hook both use.
 */
import {
  backoffDelayMs,
  parseRetryAfter,
  RETRY_POLICY,
  TransientFailure,
  withRetries,
} from '../../../src/core/http/retry.js';

describe('parseRetryAfter', () => {
  const now = () => Date.parse('2026-12-07T14:00:00Z');
  it('reads delay-seconds, scaled by the unit', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 7 ', now, 10)).toBe(70);
    expect(parseRetryAfter('0', now)).toBe(0);
  });
  it('reads an IMF-fixdate as the time left, none for a past date', () => {
    expect(parseRetryAfter('Mon, 07 Dec 2026 14:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 07 Dec 2026 13:00:00 GMT', now)).toBe(0);
  });
  it('refuses every other form (RFC 9110 §10.2.3)', () => {
    for (const bad of [undefined, null, '', '1.5', '-3', '2026-12-07T14:00:30Z', 'soon', '7s']) {
      expect(parseRetryAfter(bad, now)).toBeUndefined();
    }
  });
});

describe('the backoff policy', () => {
  it('doubles from the first wait', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(RETRY_POLICY.backoffMs, n))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });
  it('withRetries waits the policy, or what the server asked for', async () => {
    const waits: number[] = [];
    let tries = 0;
    const result = await withRetries(
      { backoffMs: 10, sleep: async (ms) => void waits.push(ms) },
      async () => {
        tries++;
        if (tries === 2) throw new TransientFailure('429', 3);
        if (tries < 4) throw new TransientFailure('503');
        return 'ok';
      },
      { exhausted: () => new Error('exhausted'), waitTooLong: () => new Error('too long') },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([10, 3, 40]);
  });
  it("gives up after the policy's tries, handing the last failure on", async () => {
    let tries = 0;
    const failure = withRetries(
      { backoffMs: 1, sleep: async () => undefined },
      async () => {
        tries++;
        throw new TransientFailure(`try ${tries}`);
      },
      { exhausted: (n, last) => new Error(`${n}: ${last}`), waitTooLong: () => new Error('too long') },
    );
    await expect(failure).rejects.toThrow(`${RETRY_POLICY.attempts}: try ${RETRY_POLICY.attempts}`);
  });
});
